import type { CounterContext } from '../plugins/api.js';
import { fulfilOrders } from '../services/orders/fulfil.js';
import { orderBulkAction } from './order-bulk-action.js';

export const fulfilOrdersAction = (ctx: CounterContext) =>
  orderBulkAction(ctx, {
    icon: 'Truck',
    verb: 'fulfilled',
    intro: 'Ship every unfulfilled item of these orders and email each customer a shipping confirmation.',
    fields: [
      { name: 'carrier', label: 'Carrier', placeholder: 'e.g. Colissimo' },
      { name: 'trackingNumber', label: 'Tracking number' },
    ],
    sendsMail: true,
    run: (c, { orderIds, payload, staffUserId }) =>
      fulfilOrders(c.shop, {
        orderIds, staffUserId, mailMode: c.mail.mode,
        carrier: payload.carrier as string | undefined, trackingNumber: payload.trackingNumber as string | undefined,
        notifyCustomer: payload.notifyCustomer !== 'false',
      }),
  });
