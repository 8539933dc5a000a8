// Duplicate: a new draft order with the same customer and lines (DOMAIN.md: never a new order directly).
import { inTransaction, type Shop } from '../../db/transaction.js';
import { findOrder } from './load.js';

/** "#D41" for the draft after "#D40". */
export async function nextDraftName(tx: Pick<Shop['prisma'], 'draftOrder'>): Promise<string> {
  const drafts = await tx.draftOrder.findMany({ select: { name: true }, orderBy: { id: 'desc' }, take: 50 });
  const highest = drafts.reduce((n, d) => Math.max(n, Number(/^#D(\d+)$/.exec(d.name)?.[1] ?? 0)), 0);
  return `#D${highest + 1}`;
}

export async function duplicateOrder(shop: Shop, input: { orderId: unknown; staffUserId?: number | null }) {
  return inTransaction(shop, async (tx) => {
    const order = await findOrder(tx, input.orderId, {
      id: true, name: true, customerId: true, email: true, currency: true, shippingCents: true, taxCents: true, note: true, tags: true,
      lines: { orderBy: { id: 'asc' }, select: { productId: true, variantId: true, title: true, sku: true, unitPriceCents: true, quantity: true, removedQuantity: true } },
    });
    const lines = order.lines.filter((l) => l.quantity - l.removedQuantity > 0).map((l) => ({ ...l, quantity: l.quantity - l.removedQuantity }));
    const subtotalCents = lines.reduce((n, l) => n + l.unitPriceCents * l.quantity, 0);
    const draft = await tx.draftOrder.create({
      data: {
        name: await nextDraftName(tx), customerId: order.customerId, email: order.email, currency: order.currency, note: order.note, tags: order.tags,
        subtotalCents, shippingCents: order.shippingCents, taxCents: order.taxCents, totalCents: subtotalCents + order.shippingCents + order.taxCents,
        lines: { create: lines.map(({ removedQuantity: _r, ...l }) => l) },
      },
    });
    await tx.auditEvent.create({
      data: { action: 'order.duplicated', subjectType: 'Order', subjectId: String(order.id), orderId: order.id, staffUserId: input.staffUserId ?? null, message: `Duplicated as draft order ${draft.name}` },
    });
    return draft;
  });
}
