// Small hand-built shops for service and action tests, made through the services themselves.
import type { Shop } from '../../src/db/transaction.js';
import { applyStockChanges } from '../../src/services/inventory.js';
import { inTransaction } from '../../src/db/transaction.js';
import { placeOrder, type PlaceOrderInput } from '../../src/services/orders/place.js';

let seq = 0;

/** A product with one inventory item holding `onHand` units. */
export async function makeItem(shop: Shop, opts: { title?: string; priceCents?: number; onHand?: number; sku?: string } = {}) {
  const n = ++seq;
  const product = await shop.prisma.product.create({
    data: { title: opts.title ?? `Product ${n}`, handle: `product-${n}-${Date.now()}`, priceCents: opts.priceCents ?? 1000, status: 'ACTIVE' },
  });
  const item = await shop.prisma.inventoryItem.create({ data: { productId: product.id, sku: opts.sku ?? `SKU-${n}` } });
  await inTransaction(shop, (tx) => applyStockChanges(tx, [{ inventoryItemId: item.id, reason: 'INITIAL', onHandDelta: opts.onHand ?? 10 }]));
  return { product, item };
}

export function makeOrder(shop: Shop, lines: PlaceOrderInput['lines'], opts: Partial<PlaceOrderInput> = {}) {
  return placeOrder(shop, { email: 'buyer@example.test', payment: 'sale', ...opts, lines });
}

/** Stock figures and the sums of their ledger, for the invariant on-hand = Σ movements. */
export async function stockOf(shop: Shop, inventoryItemId: number) {
  const item = await shop.prisma.inventoryItem.findUniqueOrThrow({ where: { id: inventoryItemId } });
  const sums = await shop.prisma.stockMovement.aggregate({ where: { inventoryItemId }, _sum: { onHandDelta: true, committedDelta: true } });
  expect(item.onHand).toBe(sums._sum.onHandDelta ?? 0);
  expect(item.committed).toBe(sums._sum.committedDelta ?? 0);
  return { onHand: item.onHand, committed: item.committed };
}

/** Many one-line paid orders at once (for bulk actions at scale), stock committed through the ledger. */
export async function makeManyOrders(shop: Shop, count: number, inventoryItemId: number) {
  const item = await shop.prisma.inventoryItem.findUniqueOrThrow({ where: { id: inventoryItemId }, include: { product: true } });
  const last = (await shop.prisma.order.aggregate({ _max: { number: true } }))._max.number ?? 1000;
  const ids: number[] = [];
  for (let start = 0; start < count; start += 2_000) {
    const size = Math.min(2_000, count - start);
    await inTransaction(shop, async (tx) => {
      const orders = await tx.order.createManyAndReturn({
        data: Array.from({ length: size }, (_, i) => ({
          number: last + start + i + 1, name: `#${last + start + i + 1}`, email: `bulk${start + i}@example.test`,
          subtotalCents: item.product.priceCents, totalCents: item.product.priceCents, financialStatus: 'PAID' as const,
        })),
        select: { id: true },
      });
      await tx.orderLine.createMany({ data: orders.map((o) => ({ orderId: o.id, inventoryItemId, productId: item.productId, title: item.product.title, sku: item.sku, unitPriceCents: item.product.priceCents, quantity: 1 })) });
      await tx.paymentTransaction.createMany({ data: orders.map((o) => ({ orderId: o.id, kind: 'SALE' as const, amountCents: item.product.priceCents, currency: 'EUR' })) });
      await applyStockChanges(tx, orders.map((o) => ({ inventoryItemId, reason: 'SALE' as const, committedDelta: 1, orderId: o.id })));
      ids.push(...orders.map((o) => o.id));
    });
  }
  return ids;
}
