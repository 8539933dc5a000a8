import type { CounterContext } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { InvalidInput } from '../services/errors.js';
import { fulfilItems, type FulfilItemsRequest } from '../services/orders/fulfil-items.js';
import { readFlag } from '../services/input.js';
import { recordFormAction } from './record-form-action.js';
import { t } from '../shared/i18n.js';

const refuse = (message: string) => new InvalidInput(message);

/** The form sends its lines as JSON text; left out, everything that remains ships. */
function parseLines(value: unknown): unknown {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw new InvalidInput('The lines to ship could not be read.');
  }
}

const optionalText = (value: unknown, what: string) => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new InvalidInput(`${what} must be text.`);
  return value;
};

export const fulfilItemsAction = (ctx: CounterContext) =>
  recordFormAction(ctx, {
    icon: 'Truck',
    details: true,
    component: Components.FulfilItems,
    sendsMail: true,
    showFor: (p) => !p.cancelledAt && p.fulfillmentStatus !== 'FULFILLED',
    run: async (c, { orderId, payload, staffUserId, language }) => {
      const r = await fulfilItems(c.shop, {
        orderId, staffUserId, mailMode: c.mail.mode,
        lines: parseLines(payload.lines) as FulfilItemsRequest['lines'],
        carrier: optionalText(payload.carrier, 'Carrier'),
        trackingNumber: optionalText(payload.trackingNumber, 'Tracking number'),
        notifyCustomer: readFlag(payload.notifyCustomer, 'Notify the customer', refuse, true),
        confirmUnpaid: readFlag(payload.confirmUnpaid, 'Ship although unpaid', refuse),
        idempotencyKey: (payload.idempotencyKey as string | undefined) || null,
      });
      const shipped = t(language, r.units === 1 ? 'notices.shippedOne' : 'notices.shipped', { units: r.units, name: r.name });
      const rest = r.left === 0 ? t(language, 'notices.nowFulfilled', { name: r.name }) : t(language, r.left === 1 ? 'notices.leftToShipOne' : 'notices.leftToShip', { left: r.left });
      return `${shipped} ${rest}`;
    },
  });
