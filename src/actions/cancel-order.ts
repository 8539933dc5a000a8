import type { CounterContext } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { cancelOrder, CANCEL_REASONS } from '../services/orders/cancel.js';
import { recordFormAction } from './record-form-action.js';
import { moneyIn } from './notices.js';
import { t } from '../shared/i18n.js';

export const cancelOrderAction = (ctx: CounterContext) =>
  recordFormAction(ctx, {
    icon: 'XCircle',
    variant: 'danger',
    component: Components.OrderActionForm,
    intro: 'Cancelling is final. Unshipped items go back to stock (if you restock), captured money is refunded and an authorization is voided.',
    fields: [
      { name: 'reason', label: 'Reason', type: 'select', options: CANCEL_REASONS.map((r) => ({ value: r, label: r.charAt(0) + r.slice(1).toLowerCase() })), defaultValue: 'CUSTOMER' },
      { name: 'restock', label: 'Restock the items', type: 'checkbox', defaultValue: true },
      { name: 'notifyCustomer', label: 'Email the customer', type: 'checkbox', defaultValue: true },
    ],
    sendsMail: true,
    showFor: (p) => !p.cancelledAt && p.fulfillmentStatus === 'UNFULFILLED',
    run: async (c, { orderId, payload, staffUserId, language }) => {
      const r = await cancelOrder(c.shop, {
        orderId, staffUserId, mailMode: c.mail.mode, reason: payload.reason,
        restock: payload.restock !== 'false' && payload.restock !== false,
        notifyCustomer: payload.notifyCustomer === 'true' || payload.notifyCustomer === true,
        idempotencyKey: (payload.idempotencyKey as string | undefined) || null,
      });
      const order = await c.shop.prisma.order.findUniqueOrThrow({ where: { id: orderId }, select: { currency: true, name: true } });
      const key = r.refundedCents ? 'cancelledRefunded' : r.voidedCents ? 'cancelledVoided' : 'cancelled';
      return t(language, `notices.${key}`, { name: order.name, amount: moneyIn(language, r.refundedCents, order.currency) });
    },
  });
