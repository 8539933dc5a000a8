// A small hand-built shop whose dashboard figures are known by heart (worked out in the tests).
// "Now" is Wednesday 2026-06-17 15:30 UTC; the last 7 days are Thu 06-11 00:00 → now, and the
// previous 7 days Thu 06-04 00:00 → Wed 06-10 15:30 (the rest of 06-10 belongs to neither).
import type { Shop } from '../../../src/db/transaction.js';

export const NOW = new Date('2026-06-17T15:30:00Z');

type Line = { item: { id: number; productId: number; title: string }; quantity: number; unitPriceCents: number; discountCents?: number };

let number = 2000;

export async function buildShop(shop: Shop) {
  const p = shop.prisma;
  const scarves = await p.category.create({ data: { name: 'Scarves', handle: `scarves-${Date.now()}` } });
  const hats = await p.category.create({ data: { name: 'Hats', handle: `hats-${Date.now()}` } });
  const product = async (title: string, priceCents: number, categoryId: number | null, stock: { onHand: number; committed: number }, status: 'ACTIVE' | 'DRAFT' = 'ACTIVE') => {
    const row = await p.product.create({ data: { title, handle: `${title.toLowerCase().replace(/\s/g, '-')}-${Date.now()}`, priceCents, categoryId, status } });
    const item = await p.inventoryItem.create({ data: { productId: row.id, sku: title.toUpperCase().replace(/\s/g, '-'), ...stock, lowStockThreshold: 5 } });
    return { id: item.id, productId: row.id, title };
  };
  const A = await product('Wool scarf', 2000, scarves.id, { onHand: 10, committed: 2 }); // 8 available
  const B = await product('Silk scarf', 5000, scarves.id, { onHand: 2, committed: 1 }); // 1: low
  const C = await product('Beanie', 1500, hats.id, { onHand: 4, committed: 4 }); // 0: low, out, active
  const D = await product('Poster', 1000, null, { onHand: 0, committed: 0 }, 'DRAFT'); // 0: low, out, not active

  const customer = (firstName: string) => p.customer.create({ data: { firstName, lastName: 'Test', email: `${firstName.toLowerCase()}-${Date.now()}@example.test` } });
  const ada = await customer('Ada');
  const bob = await customer('Bob');
  const cy = await customer('Cy');

  const order = async (at: string, lines: Line[], opts: { customerId?: number; fulfillment?: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED'; financial?: 'AUTHORIZED' | 'PAID'; cancelled?: string; archived?: boolean } = {}) => {
    const total = lines.reduce((n, l) => n + l.unitPriceCents * l.quantity - (l.discountCents ?? 0), 0);
    number += 1;
    return p.order.create({
      data: {
        number, name: `#${number}`, email: 'buyer@example.test', customerId: opts.customerId ?? null, subtotalCents: total, totalCents: total,
        fulfillmentStatus: opts.fulfillment ?? 'FULFILLED', financialStatus: opts.financial ?? 'PAID', createdAt: new Date(at),
        cancelledAt: opts.cancelled ? new Date(opts.cancelled) : null, archivedAt: opts.archived ? new Date(at) : null,
        lines: { create: lines.map((l) => ({ productId: l.item.productId, inventoryItemId: l.item.id, title: l.item.title, quantity: l.quantity, unitPriceCents: l.unitPriceCents, discountCents: l.discountCents ?? 0 })) },
      },
    });
  };
  const o1 = await order('2026-06-17T09:10:00Z', [{ item: A, quantity: 2, unitPriceCents: 2000 }], { customerId: ada.id, fulfillment: 'UNFULFILLED', financial: 'AUTHORIZED' }); // 4000
  const o2 = await order('2026-06-15T14:20:00Z', [{ item: B, quantity: 1, unitPriceCents: 5000, discountCents: 500 }, { item: C, quantity: 1, unitPriceCents: 1500 }], { customerId: ada.id }); // 6000
  const o3 = await order('2026-06-15T14:50:00Z', [{ item: A, quantity: 1, unitPriceCents: 2000 }, { item: D, quantity: 3, unitPriceCents: 1000 }], { customerId: bob.id, fulfillment: 'PARTIALLY_FULFILLED' }); // 5000
  const o4 = await order('2026-06-12T20:00:00Z', [{ item: A, quantity: 5, unitPriceCents: 2000 }], { customerId: bob.id, fulfillment: 'UNFULFILLED', financial: 'AUTHORIZED', cancelled: '2026-06-13T08:00:00Z' }); // cancelled
  await order('2026-06-11T00:30:00Z', [{ item: C, quantity: 2, unitPriceCents: 1500 }], { archived: true }); // guest, 3000
  const o6 = await order('2026-06-08T10:00:00Z', [{ item: A, quantity: 1, unitPriceCents: 2000 }], { customerId: cy.id }); // previous period
  await order('2026-06-10T16:00:00Z', [{ item: A, quantity: 1, unitPriceCents: 2000 }], { customerId: cy.id }); // in neither period
  await order('2026-05-01T12:00:00Z', [{ item: A, quantity: 1, unitPriceCents: 2000 }], { customerId: ada.id }); // long ago
  await order('2026-05-02T12:00:00Z', [{ item: A, quantity: 1, unitPriceCents: 2000 }], { fulfillment: 'UNFULFILLED', archived: true }); // archived, unfulfilled

  const refund = (orderId: number, amountCents: number, at: string) => p.refund.create({ data: { orderId, amountCents, createdAt: new Date(at) } });
  await refund(o2.id, 1500, '2026-06-16T10:00:00Z');
  await refund(o4.id, 10000, '2026-06-13T08:00:00Z'); // the cancelled order's: not counted
  await refund(o6.id, 500, '2026-06-12T09:00:00Z'); // a previous order refunded in this period: counted now

  const draft = (name: string, status: 'OPEN' | 'INVOICE_SENT' | 'COMPLETED', totalCents: number, orderId?: number, completedAt?: string) =>
    p.draftOrder.create({ data: { name, status, totalCents, subtotalCents: totalCents, orderId, completedAt: completedAt ? new Date(completedAt) : null, createdAt: new Date('2026-06-14T10:00:00Z') } });
  await draft('#D1', 'COMPLETED', 5000, o3.id, '2026-06-15T14:50:00Z');
  await draft('#D2', 'OPEN', 3000);
  await draft('#D3', 'INVOICE_SENT', 2000);
  await draft('#D4', 'OPEN', 1000);

  let token = 0;
  const checkout = (at: string, totalCents: number, state: 'NOT_SENT' | 'SENT' | 'RECOVERED', recoveredOrderId?: number) =>
    p.abandonedCheckout.create({ data: { token: `dash-${++token}-${Date.now()}`, email: 'cart@example.test', subtotalCents: totalCents, totalCents, recoveryState: state, recoveredOrderId, createdAt: new Date(at) } });
  await checkout('2026-06-12T11:00:00Z', 2500, 'NOT_SENT');
  await checkout('2026-06-14T11:00:00Z', 6000, 'RECOVERED', o2.id);
  await checkout('2026-06-09T11:00:00Z', 1000, 'NOT_SENT'); // previous period
  await checkout('2026-06-16T11:00:00Z', 1200, 'SENT');

  return { categories: { scarves, hats }, items: { A, B, C, D }, customers: { ada, bob, cy }, orders: { o1, o2, o3, o4 } };
}
