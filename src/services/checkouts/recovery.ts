// Recovery emails for abandoned checkouts: only to customers who accepted marketing, never
// twice within 24 hours, never once the checkout became an order.
import { chunks, ID_BATCH, inTransaction, type Shop } from '../../db/transaction.js';
import { queueMail, type MailMode } from '../mail/outbox.js';
import { recoveryMail } from '../mail/templates.js';
import { missingOrders, parseOrderIds, type BulkResult } from '../orders/bulk.js';

export const RECOVERY_INTERVAL_MS = 24 * 60 * 60 * 1000;

export async function sendRecoveryEmails(shop: Shop, input: { checkoutIds: unknown; mailMode: MailMode; staffUserId?: number | null; now?: Date }): Promise<BulkResult> {
  const ids = parseOrderIds(input.checkoutIds);
  const now = input.now ?? new Date();
  const since = new Date(now.getTime() - RECOVERY_INTERVAL_MS);
  return inTransaction(shop, async (tx) => {
    const checkouts = [];
    for (const part of chunks(ids, ID_BATCH)) {
      checkouts.push(...(await tx.abandonedCheckout.findMany({ where: { id: { in: part } }, include: { customer: { select: { acceptsMarketing: true } }, lines: true } })));
    }
    const found = new Set(checkouts.map((c) => c.id));
    const result: BulkResult = { done: [], skipped: missingOrders(ids, found).map((s) => ({ ...s, name: `checkout ${s.id}` })) };
    for (const c of checkouts.sort((a, b) => a.id - b.id)) {
      const ref = { id: c.id, name: c.email };
      if (c.recoveryState === 'RECOVERED' || c.recoveredOrderId) result.skipped.push({ ...ref, reason: 'already recovered' });
      else if (!c.customer?.acceptsMarketing) result.skipped.push({ ...ref, reason: 'no marketing consent' });
      else if (c.recoveryEmailSentAt && c.recoveryEmailSentAt > since) result.skipped.push({ ...ref, reason: 'emailed less than 24 hours ago' });
      else {
        // The guard is in the UPDATE: two staff pressing at once send one email.
        const claim = await tx.abandonedCheckout.updateMany({
          where: { id: c.id, recoveredOrderId: null, OR: [{ recoveryEmailSentAt: null }, { recoveryEmailSentAt: { lte: since } }] },
          data: { recoveryState: 'SENT', recoveryEmailSentAt: now },
        });
        if (claim.count === 0) {
          result.skipped.push({ ...ref, reason: 'emailed less than 24 hours ago' });
          continue;
        }
        await queueMail(tx, input.mailMode, [{ kind: 'checkout-recovery', to: c.email, ...recoveryMail({ totalCents: c.totalCents, currency: c.currency, lines: c.lines.map((l) => ({ title: l.title, quantity: l.quantity })) }) }]);
        await tx.auditEvent.create({ data: { action: 'checkout.recovery_sent', subjectType: 'AbandonedCheckout', subjectId: String(c.id), staffUserId: input.staffUserId ?? null, message: `Recovery email sent to ${c.email}` } });
        result.done.push(ref);
      }
    }
    return result;
  });
}
