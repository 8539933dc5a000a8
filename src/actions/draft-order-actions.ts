import type { CounterContext } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { completeDraftOrder } from '../services/drafts/complete.js';
import { sendDraftInvoice } from '../services/drafts/invoice.js';
import { formatMoney } from '../services/money.js';
import { recordFormAction } from './record-form-action.js';

const open = (p: Record<string, unknown>) => p.status !== 'COMPLETED';

export const completeDraftAction = (ctx: CounterContext) =>
  recordFormAction(ctx, {
    icon: 'CheckCircle',
    component: Components.OrderActionForm,
    intro: 'Turn this draft into an order: it gets its number and its items are reserved in stock.',
    fields: [{ name: 'markPaid', label: 'The customer has paid (record the payment)', type: 'checkbox', defaultValue: false }],
    showFor: open,
    run: async (c, { orderId: draftOrderId, payload, staffUserId }) => {
      const order = await completeDraftOrder(c.shop, { draftOrderId, staffUserId, markPaid: payload.markPaid === 'true' || payload.markPaid === true });
      return { message: `Order ${order.name} created.`, redirectUrl: `${c.rootPath}/resources/Order/records/${order.id}/show` };
    },
  });

export const sendInvoiceAction = (ctx: CounterContext) =>
  recordFormAction(ctx, {
    icon: 'Send',
    component: Components.OrderActionForm,
    intro: 'Email the customer the items and the amount due.',
    sendsMail: true,
    showFor: open,
    run: async (c, { orderId: draftOrderId, staffUserId }) => {
      const sent = await sendDraftInvoice(c.shop, { draftOrderId, staffUserId, mailMode: c.mail.mode });
      const { currency } = await c.shop.prisma.draftOrder.findUniqueOrThrow({ where: { id: Number(draftOrderId) }, select: { currency: true } });
      return `Invoice for ${formatMoney(sent.totalCents, currency)} sent to ${sent.to}.`;
    },
  });
