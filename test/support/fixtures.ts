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
