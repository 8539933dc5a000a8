import type { CounterContext } from '../plugins/api.js';
import { captureOrders } from '../services/orders/capture.js';
import { orderBulkAction } from './order-bulk-action.js';

export const capturePaymentsAction = (ctx: CounterContext) =>
  orderBulkAction(ctx, {
    icon: 'CreditCard',
    verb: 'captured',
    intro: 'Capture the whole remaining authorized amount of each order.',
    run: (c, { orderIds, staffUserId }) => captureOrders(c.shop, { orderIds, staffUserId }),
  });
