// "Send invoice": the customer gets the draft's items and the amount due by email.
import { inTransaction, type Shop } from '../../db/transaction.js';
import { InvalidInput, Refused } from '../errors.js';
import { queueMail, type MailMode } from '../mail/outbox.js';
import { invoiceMail } from '../mail/templates.js';
import { recalculateDraft } from './totals.js';

export async function sendDraftInvoice(shop: Shop, input: { draftOrderId: unknown; mailMode: MailMode; staffUserId?: number | null }) {
  const id = Number(input.draftOrderId);
  if (!Number.isInteger(id) || id <= 0) throw new InvalidInput('Choose a draft order.');
  return inTransaction(shop, async (tx) => {
    const draft = await recalculateDraft(tx, id);
    if (draft.status === 'COMPLETED') throw new Refused(`Draft order ${draft.name} is completed; there is nothing to invoice.`);
    if (!draft.email) throw new InvalidInput(`Draft order ${draft.name} has no email to send the invoice to.`);
    if (!draft.lines.length) throw new InvalidInput(`Draft order ${draft.name} has no items.`);
    await queueMail(tx, input.mailMode, [{
      kind: 'draft-invoice', to: draft.email,
      ...invoiceMail({ name: draft.name, totalCents: draft.totalCents, currency: draft.currency, lines: draft.lines.map((l) => ({ title: l.title, quantity: l.quantity })) }),
    }]);
    await tx.draftOrder.update({ where: { id }, data: { status: 'INVOICE_SENT', invoiceSentAt: new Date() } });
    await tx.auditEvent.create({ data: { action: 'draft.invoice_sent', subjectType: 'DraftOrder', subjectId: String(id), staffUserId: input.staffUserId ?? null, message: `Invoice sent to ${draft.email}` } });
    return { to: draft.email, totalCents: draft.totalCents };
  });
}
