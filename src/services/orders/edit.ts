// Edit lines: change quantities (0 removes an untouched line) and add items. Stock commitments
// and totals follow; the difference with what was paid becomes a balance due or a refund owed.
import { z } from 'zod';
import { lockOrders, type Shop } from '../../db/transaction.js';
import { idempotent } from '../idempotency.js';
import { applyStockChanges, type StockChange } from '../inventory.js';
import { InvalidInput, Refused } from '../errors.js';
import { formatMoney } from '../money.js';
import { findOrder } from './load.js';
import { markOrderSalesStale } from '../dashboard/rollup.js';
import { financialStatus, fulfillmentStatus, NO_PAYMENTS, paymentTotals } from './status.js';
import { recordId, wholeNumber } from '../input.js';
import { repriceLines } from './reprice.js';

const quantity = wholeNumber('Quantities must be whole numbers.', 'Quantities cannot be negative.').pipe(z.number().max(100_000, 'That quantity is too large.'));

const editSchema = z.object({
  orderId: recordId,
  changes: z.array(z.object({ orderLineId: recordId, quantity })).max(500).default([]),
  add: z.array(z.object({ inventoryItemId: recordId, quantity: quantity.pipe(z.number().min(1, 'Added items need a quantity of at least 1.')) })).max(100).default([]),
});

export type EditRequest = z.input<typeof editSchema>;

export interface EditResult {
  orderId: number;
  totalCents: number;
  balanceCents: number;
}

export async function editOrderLines(shop: Shop, input: EditRequest & { staffUserId?: number | null; idempotencyKey?: string | null }): Promise<EditResult> {
  const parsed = editSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInput(/^[A-Z]/.test(parsed.error.issues[0].message) ? parsed.error.issues[0].message : 'The changes could not be read.');
  const request = parsed.data;
  if (!request.changes.length && !request.add.length) throw new InvalidInput('Change a quantity or add an item first.');
  return idempotent(shop, input.idempotencyKey, 'edit-lines', request, async (tx) => {
    await lockOrders(shop, tx, [request.orderId]);
    const order = await findOrder(tx, request.orderId, {
      id: true, name: true, currency: true, totalCents: true, shippingCents: true, taxCents: true, discountCode: true, cancelledAt: true, archivedAt: true,
      lines: { select: { id: true, title: true, quantity: true, unitPriceCents: true, discountCents: true, orderDiscountCents: true, taxCents: true, fulfilledQuantity: true, removedQuantity: true, inventoryItemId: true } },
    });
    if (order.cancelledAt) throw new Refused(`${order.name} is cancelled and cannot be edited.`);
    if (order.archivedAt) throw new Refused(`${order.name} is archived; unarchive it to edit it.`);
    const staffUserId = input.staffUserId ?? null;
    const stock: StockChange[] = [];
    const notes: string[] = [];
    for (const change of request.changes) {
      const line = order.lines.find((l) => l.id === change.orderLineId);
      if (!line) throw new InvalidInput(`Line ${change.orderLineId} is not part of order ${order.name}.`);
      const floor = line.fulfilledQuantity + line.removedQuantity;
      if (change.quantity < floor) throw new InvalidInput(`${line.title}: ${floor} unit${floor === 1 ? ' was' : 's were'} already shipped or refunded; the quantity cannot go below ${floor}.`);
      const delta = change.quantity - line.quantity;
      if (delta === 0) continue;
      if (line.inventoryItemId) stock.push({ inventoryItemId: line.inventoryItemId, reason: 'ORDER_EDIT', committedDelta: delta, orderId: order.id, staffUserId });
      if (change.quantity === 0) await tx.orderLine.delete({ where: { id: line.id } });
      else await tx.orderLine.update({ where: { id: line.id }, data: { quantity: change.quantity } });
      notes.push(change.quantity === 0 ? `removed ${line.title}` : `${line.title} ${line.quantity} → ${change.quantity}`);
    }
    if (request.add.length) {
      const items = await tx.inventoryItem.findMany({ where: { id: { in: request.add.map((a) => a.inventoryItemId) } }, include: { product: true, variant: true } });
      for (const a of request.add) {
        const item = items.find((i) => i.id === a.inventoryItemId);
        if (!item) throw new InvalidInput(`Inventory item ${a.inventoryItemId} does not exist.`);
        if (item.product.status !== 'ACTIVE') throw new InvalidInput(`${item.product.title} is not an active product.`);
        await tx.orderLine.create({
          data: {
            orderId: order.id, inventoryItemId: item.id, productId: item.productId, variantId: item.variantId, title: item.product.title, variantTitle: item.variant?.title ?? null,
            sku: item.sku, unitPriceCents: item.variant?.priceCents ?? item.product.priceCents, quantity: a.quantity,
          },
        });
        stock.push({ inventoryItemId: item.id, reason: 'ORDER_EDIT', committedDelta: a.quantity, orderId: order.id, staffUserId });
        notes.push(`added ${a.quantity} × ${item.product.title}`);
      }
    }
    if (!notes.length) throw new InvalidInput('Nothing changed: the quantities are the ones the order already has.');
    await applyStockChanges(tx, stock);

    const lines = await tx.orderLine.findMany({
      where: { orderId: order.id }, orderBy: { id: 'asc' },
      select: { id: true, title: true, quantity: true, unitPriceCents: true, discountCents: true, orderDiscountCents: true, taxCents: true, fulfilledQuantity: true, removedQuantity: true },
    });
    if (lines.length === 0) throw new InvalidInput('An order keeps at least one line; cancel the order instead.');
    const priced = await repriceLines(tx, order, lines);
    const subtotalCents = priced.reduce((n, l) => n + l.unitPriceCents * l.quantity, 0);
    const discountCents = priced.reduce((n, l) => n + l.discountCents, 0);
    const taxCents = order.taxCents - order.lines.reduce((n, l) => n + l.taxCents, 0) + priced.reduce((n, l) => n + l.taxCents, 0);
    const totalCents = subtotalCents - discountCents + order.shippingCents + taxCents;
    const paid = (await paymentTotals(tx, [order.id])).get(order.id) ?? NO_PAYMENTS;
    await tx.order.update({
      where: { id: order.id },
      data: { subtotalCents, discountCents, taxCents, totalCents, financialStatus: financialStatus(totalCents, paid), fulfillmentStatus: fulfillmentStatus(lines) },
    });
    await markOrderSalesStale(shop, tx, order.id);
    const balanceCents = totalCents - paid.captured;
    const balance = balanceCents > 0 ? ` · balance due ${formatMoney(balanceCents, order.currency)}` : balanceCents < 0 ? ` · refund owed ${formatMoney(-balanceCents, order.currency)}` : '';
    await tx.auditEvent.create({
      data: {
        action: 'order.edited', subjectType: 'Order', subjectId: String(order.id), orderId: order.id, staffUserId,
        message: `Edited: ${notes.join(', ')} · total ${formatMoney(order.totalCents, order.currency)} → ${formatMoney(totalCents, order.currency)}${balance}`,
      },
    });
    return { orderId: order.id, totalCents, balanceCents };
  });
}
