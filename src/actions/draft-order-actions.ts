import type { CounterContext } from '../plugins/api.js';
import { Components } from '../components/index.js';
import { completeDraftOrder } from '../services/drafts/complete.js';
import { sendDraftInvoice } from '../services/drafts/invoice.js';
import { formatMoney } from '../services/money.js';
import { recordFormAction } from './record-form-action.js';
import { Refused } from '../services/errors.js';

const open = (p: Record<string, unknown>) => p.status !== 'COMPLETED';

export const completeDraftAction = (ctx: CounterContext) =>
  recordFormAction(ctx, {
    icon: 'CheckCircle',
    component: Components.OrderActionForm,
    intro: 'Turn this draft into an order: it gets its number and its items are reserved in stock.',
    fields: [{ name: 'markPaid', label: 'The customer has paid (record the payment)', type: 'checkbox', defaultValue: false }],
    showFor: open,
    run: async (c, { orderId: draftOrderId, payload, staffUserId }) => {
      const markPaid = payload.markPaid === 'true' || payload.markPaid === true;
      // recording a payment is a money operation: owners and managers only, as capture is
      const role = markPaid && staffUserId ? (await c.shop.prisma.staffUser.findUnique({ where: { id: staffUserId }, select: { role: true } }))?.role : null;
      if (markPaid && role !== 'OWNER' && role !== 'MANAGER') throw new Refused('Only an owner or a manager can record a payment; complete the draft without it.');
      const order = await completeDraftOrder(c.shop, { draftOrderId, staffUserId, markPaid });
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
