// Completing a draft order: it becomes an order (number, stock commitment, payment pending or
// paid), once. A second completion finds the draft completed and changes nothing.
import { inTransaction, type Shop } from '../../db/transaction.js';
import { InvalidInput, Refused } from '../errors.js';
import { placeOrderIn } from '../orders/place.js';
import { recalculateDraft } from './totals.js';

export interface CompleteDraftInput {
  draftOrderId: unknown;
  markPaid?: boolean;
  staffUserId?: number | null;
}

export async function completeDraftOrder(shop: Shop, input: CompleteDraftInput) {
  const id = Number(input.draftOrderId);
  if (!Number.isInteger(id) || id <= 0) throw new InvalidInput('Choose a draft order.');
  return inTransaction(shop, async (tx) => {
    const draft = await recalculateDraft(tx, id);
    if (draft.status === 'COMPLETED') throw new Refused(`Draft order ${draft.name} is already completed.`);
    if (!draft.email) throw new InvalidInput(`Draft order ${draft.name} needs a customer or an email before it can be completed.`);
    if (!draft.lines.length) throw new InvalidInput(`Draft order ${draft.name} has no items.`);
    const items = await tx.inventoryItem.findMany({
      where: { OR: draft.lines.map((l) => (l.variantId ? { variantId: l.variantId } : { productId: l.productId ?? -1, variantId: null })) },
      select: { id: true, productId: true, variantId: true },
    });
    const lines = draft.lines.map((l) => {
      const item = items.find((i) => (l.variantId ? i.variantId === l.variantId : i.productId === l.productId && i.variantId === null));
      if (!item) throw new InvalidInput(`${l.title} is no longer sold (no stock item); remove it from the draft.`);
      return { inventoryItemId: item.id, quantity: l.quantity, unitPriceCents: l.unitPriceCents };
    });
    // Claim the draft first: of two completions at once, only one passes this line.
    const claim = await tx.draftOrder.updateMany({ where: { id, status: { not: 'COMPLETED' } }, data: { status: 'COMPLETED', completedAt: new Date() } });
    if (claim.count === 0) throw new Refused(`Draft order ${draft.name} is already completed.`);
    const order = await placeOrderIn(shop, tx, {
      email: draft.email, customerId: draft.customerId, currency: draft.currency, lines,
      shippingCents: draft.shippingCents, taxCents: draft.taxCents, discountCents: draft.discountCents,
      payment: input.markPaid ? 'sale' : 'none', tags: draft.tags, staffUserId: input.staffUserId ?? null,
    });
    await tx.order.update({ where: { id: order.id }, data: { note: draft.note } });
    await tx.draftOrder.update({ where: { id }, data: { orderId: order.id } });
    await tx.auditEvent.create({
      data: { action: 'draft.completed', subjectType: 'DraftOrder', subjectId: String(id), orderId: order.id, staffUserId: input.staffUserId ?? null, message: `Created from draft order ${draft.name}${input.markPaid ? ' · marked as paid' : ' · payment pending'}` },
    });
    return order;
  });
}
