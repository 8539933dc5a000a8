import type { CounterContext } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { InvalidInput } from '../services/errors.js';
import { InvalidAmount, parseAmount } from '../services/money.js';
import { refundOrder } from '../services/orders/refund.js';
import { recordFormAction } from './record-form-action.js';
import { moneyIn } from './notices.js';
import { t } from '../shared/i18n.js';
import { readFlag } from '../services/input.js';

const refuse = (message: string) => new InvalidInput(message);

/** The form sends its lines as JSON text, like every multipart field. */
function parseLines(value: unknown) {
  if (value === undefined || value === '') return [];
  try {
    return JSON.parse(String(value));
  } catch {
    throw new InvalidInput('The refund lines could not be read.');
  }
}

/** Shipping is typed as a decimal ("4.90") on the form. */
function shipping(value: unknown, currency: string): number | undefined {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  try {
    return parseAmount(String(value), currency);
  } catch (error) {
    if (error instanceof InvalidAmount) throw new InvalidInput(`Shipping: ${error.message}`);
    throw error;
  }
}

export const refundOrderAction = (ctx: CounterContext) =>
  recordFormAction(ctx, {
    icon: 'RotateCcw',
    details: true,
    component: Components.RefundOrder,
    sendsMail: true,
    showFor: (p) => p.financialStatus !== 'PENDING' && p.financialStatus !== 'REFUNDED',
    run: async (c, { orderId, payload, staffUserId, language }) => {
      const order = await c.shop.prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { currency: true } });
      const result = await refundOrder(c.shop, {
        orderId, staffUserId, mailMode: c.mail.mode,
        lines: parseLines(payload.lines),
        shippingCents: shipping(payload.shipping, order.currency) ?? (payload.shippingCents as number | undefined) ?? 0,
        restock: readFlag(payload.restock, 'Restock', refuse),
        notifyCustomer: readFlag(payload.notifyCustomer, 'Notify the customer', refuse),
        reason: (payload.reason as string | undefined) || null,
        idempotencyKey: (payload.idempotencyKey as string | undefined) || null,
      });
      const amount = moneyIn(language, result.amountCents, order.currency);
      const key = !result.restockedUnits ? 'refunded' : result.restockedUnits === 1 ? 'refundedRestockedOne' : 'refundedRestocked';
      return t(language, `notices.${key}`, { amount, units: result.restockedUnits });
    },
  });
