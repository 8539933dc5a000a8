// A draft order's totals follow its lines (lines are composed by hand on the draft's page).
import type { Tx } from '../../db/transaction.js';
import { NotFound } from '../errors.js';

export async function recalculateDraft(tx: Tx, draftOrderId: number) {
  const draft = await tx.draftOrder.findUnique({ where: { id: draftOrderId }, include: { lines: { orderBy: { id: 'asc' } } } });
  if (!draft) throw new NotFound(`Draft order ${draftOrderId} does not exist.`);
  const subtotalCents = draft.lines.reduce((n, l) => n + l.unitPriceCents * l.quantity, 0);
  // never a negative total: a discount left bigger than the lines (items removed) counts up to them, and
  // completing such a draft is refused until the discount is corrected
  const totalCents = subtotalCents - Math.min(draft.discountCents, subtotalCents) + draft.shippingCents + draft.taxCents;
  if (subtotalCents === draft.subtotalCents && totalCents === draft.totalCents) return draft;
  return tx.draftOrder.update({ where: { id: draft.id }, data: { subtotalCents, totalCents }, include: { lines: { orderBy: { id: 'asc' } } } });
}
