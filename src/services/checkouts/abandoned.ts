// When a checkout counts as abandoned: an AbandonedCheckout row (the storefront records one when a
// customer who gave an email leaves) that is an hour old and has not become an order. The sweep
// announces each once (checkout.abandoned), marking it with a timeline event in the same transaction.
import { chunks, ID_BATCH, inTransaction, type Shop } from '../../db/transaction.js';
import { emitAfterCommit } from '../../plugins/events.js';

export const ABANDONED_AFTER_MS = 60 * 60 * 1000;
/** Older checkouts are not announced any more (a plugin added later does not get years of them). */
const LOOK_BACK_MS = 7 * 24 * 60 * 60 * 1000;
const BATCH = 500;

/** Announces the checkouts abandoned since the last sweep; resolves to how many. */
export async function announceAbandonedCheckouts(shop: Shop, now = new Date()): Promise<number> {
  const candidates = await shop.prisma.abandonedCheckout.findMany({
    where: { recoveredOrderId: null, createdAt: { lte: new Date(now.getTime() - ABANDONED_AFTER_MS), gte: new Date(now.getTime() - LOOK_BACK_MS) } },
    select: { id: true, email: true, totalCents: true, currency: true },
    orderBy: { id: 'asc' },
  });
  let announced = 0;
  for (const part of chunks(candidates, Math.min(BATCH, ID_BATCH))) {
    announced += await inTransaction(shop, async (tx) => {
      const seen = await tx.auditEvent.findMany({
        where: { subjectType: 'AbandonedCheckout', action: 'checkout.abandoned', subjectId: { in: part.map((c) => String(c.id)) } },
        select: { subjectId: true },
      });
      const done = new Set(seen.map((e) => e.subjectId));
      const fresh = part.filter((c) => !done.has(String(c.id)));
      if (!fresh.length) return 0;
      await tx.auditEvent.createMany({
        data: fresh.map((c) => ({ action: 'checkout.abandoned', subjectType: 'AbandonedCheckout', subjectId: String(c.id), message: `Checkout abandoned by ${c.email}` })),
      });
      for (const c of fresh) emitAfterCommit(tx, { type: 'checkout.abandoned', checkoutId: c.id, email: c.email, totalCents: c.totalCents, currency: c.currency });
      return fresh.length;
    });
  }
  return announced;
}
