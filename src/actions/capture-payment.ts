import type { CounterContext } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { formatMoney, parseAmount } from '../services/money.js';
import { InvalidInput } from '../services/errors.js';
import { capturePayment } from '../services/orders/capture.js';
import { recordFormAction } from './record-form-action.js';

export const capturePaymentAction = (ctx: CounterContext) =>
  recordFormAction(ctx, {
    icon: 'CreditCard',
    component: Components.OrderActionForm,
    intro: 'Capture all or part of the authorized amount. Leave the amount empty to capture everything that remains.',
    fields: [{ name: 'amount', label: 'Amount to capture', type: 'money' }],
    showFor: (p) => p.financialStatus === 'AUTHORIZED' || p.financialStatus === 'PARTIALLY_PAID',
    run: async (c, { orderId, payload, staffUserId }) => {
      const order = await c.shop.prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { currency: true } });
      let amountCents: number | undefined;
      try {
        if (payload.amount !== undefined && typeof payload.amount !== 'string' && typeof payload.amount !== 'number') throw new InvalidInput('The amount to capture must be an amount such as 12.50.');
        amountCents = payload.amount ? parseAmount(String(payload.amount), order.currency) : undefined;
      } catch (error) {
        throw new InvalidInput((error as Error).message);
      }
      const r = await capturePayment(c.shop, { orderId, amountCents, staffUserId, idempotencyKey: (payload.idempotencyKey as string | undefined) || null });
      return `Captured ${formatMoney(r.capturedCents, order.currency)}.`;
    },
  });
