// The demo shop seed: counts, ledgers that add up, statuses that follow from the rows, every
// status combination present, and the same seed giving the same shop.
import { seedShop, type SeedSummary } from '../prisma/seed/demo.js';
import { financialStatus, fulfillmentStatus, NO_PAYMENTS, type PaymentTotals } from '../src/services/orders/status.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

const NOW = new Date('2026-11-20T10:00:00.000Z');
const DAY = 86_400_000;
const ORDERS = 300;

let db: TestDatabase;
let summary: SeedSummary;

beforeAll(async () => {
  db = await createTestDatabase();
  summary = await seedShop(db.prisma, { orders: ORDERS, seed: 7, now: NOW, provider: db.provider });
});
afterAll(() => db.drop());

const delegate = (model: string) =>
  (db.prisma as unknown as Record<string, { count(): Promise<number> }>)[model[0].toLowerCase() + model.slice(1)];

test('creates the expected amounts, and the summary matches the tables', async () => {
  expect(summary).toMatchObject({ Order: ORDERS, Customer: 300, DraftOrder: 40, AbandonedCheckout: 150, Category: 8 });
  expect(summary.Product).toBeGreaterThanOrEqual(55);
  expect(summary.DiscountCode).toBeGreaterThanOrEqual(10);
  expect(summary.ProductVariant).toBeGreaterThan(50);
  expect(summary.InventoryItem).toBe(summary.ProductVariant + (await db.prisma.product.count({ where: { variants: { none: {} } } })));
  for (const [model, count] of Object.entries(summary)) expect([model, await delegate(model).count()]).toEqual([model, count]);
  expect(await db.prisma.staffUser.count()).toBe(0);
  expect(await db.prisma.session.count()).toBe(0);
  const statuses = await db.prisma.product.groupBy({ by: ['status'], _count: true });
  expect(statuses.map((s) => s.status).sort()).toEqual(['ACTIVE', 'ARCHIVED', 'DRAFT']);
});

test('orders are numbered from #1001 in time order, within the last 120 days, with consistent totals', async () => {
  const orders = await db.prisma.order.findMany({ orderBy: { number: 'asc' }, include: { lines: true } });
  orders.forEach((o, i) => {
    expect([o.number, o.name]).toEqual([1001 + i, `#${1001 + i}`]);
    if (i) expect(o.createdAt.getTime()).toBeGreaterThanOrEqual(orders[i - 1].createdAt.getTime());
    expect(o.createdAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime() - 120 * DAY);
    expect(o.updatedAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(o.totalCents).toBe(o.subtotalCents - o.discountCents + o.shippingCents + o.taxCents);
    expect(o.lines.reduce((s, l) => s + l.unitPriceCents * l.quantity, 0)).toBe(o.subtotalCents);
    expect(o.lines.reduce((s, l) => s + l.discountCents, 0)).toBe(o.discountCents);
    expect(o.lines.length).toBeGreaterThanOrEqual(1);
    expect(o.lines.length).toBeLessThanOrEqual(4);
    expect(o.lines.every((l) => l.inventoryItemId && l.productId && l.sku)).toBe(true);
    expect([o.currency, o.shippingCountry !== null, o.billingAddress1 !== null]).toEqual(['EUR', true, true]);
    expect(o.cancelReason !== null).toBe(o.cancelledAt !== null);
  });
  expect(orders.some((o) => o.billingCountry !== o.shippingCountry)).toBe(true);
  expect(orders.some((o) => o.discountCode)).toBe(true);
  expect(orders.some((o) => o.customerId === null)).toBe(true);
  const codes = await db.prisma.discountCode.findMany();
  for (const c of codes) expect([c.code, c.usageCount]).toEqual([c.code, orders.filter((o) => o.discountCode === c.code).length]);
});

test('stock: on-hand and committed equal the sums of their movements, and never went negative', async () => {
  const items = await db.prisma.inventoryItem.findMany({ include: { product: true } });
  const sums = await db.prisma.stockMovement.groupBy({ by: ['inventoryItemId'], _sum: { onHandDelta: true, committedDelta: true } });
  const byItem = new Map(sums.map((s) => [s.inventoryItemId, s._sum]));
  for (const item of items) {
    const sum = byItem.get(item.id);
    expect([item.id, item.onHand, item.committed]).toEqual([item.id, sum?.onHandDelta ?? 0, sum?.committedDelta ?? 0]);
  }
  const moves = await db.prisma.stockMovement.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  const running = new Map<number, { onHand: number; committed: number }>();
  for (const m of moves) {
    const r = running.get(m.inventoryItemId) ?? { onHand: 0, committed: 0 };
    r.onHand += m.onHandDelta;
    r.committed += m.committedDelta;
    running.set(m.inventoryItemId, r);
    if (r.onHand < 0 || r.committed < 0) throw new Error(`stock of item ${m.inventoryItemId} went negative at movement ${m.id}`);
  }
  // What is committed is exactly what open orders still have to ship.
  const open = await db.prisma.orderLine.findMany({ where: { order: { cancelledAt: null } } });
  const owed = new Map<number, number>();
  for (const l of open) owed.set(l.inventoryItemId!, (owed.get(l.inventoryItemId!) ?? 0) + l.quantity - l.fulfilledQuantity - l.removedQuantity);
  for (const item of items) expect([item.id, item.committed]).toEqual([item.id, owed.get(item.id) ?? 0]);

  const active = items.filter((i) => i.product.status === 'ACTIVE');
  expect(active.some((i) => i.onHand === 0)).toBe(true);
  expect(active.some((i) => i.onHand > 0 && i.onHand <= i.lowStockThreshold)).toBe(true);
  expect(active.filter((i) => i.onHand - i.committed > i.lowStockThreshold).length).toBeGreaterThan(active.length / 2);
  const reasons = await db.prisma.stockMovement.groupBy({ by: ['reason'], _count: true });
  expect(reasons.map((r) => r.reason).sort()).toEqual(['CANCELLATION', 'FULFILLMENT', 'INITIAL', 'REFUND_RESTOCK', 'SALE']);
});

test('statuses follow from transactions, fulfillments and refunds', async () => {
  const orders = await db.prisma.order.findMany({
    include: { lines: { include: { fulfillmentLines: true, refundLines: true } }, transactions: true, refunds: true },
  });
  for (const o of orders) {
    const paid: PaymentTotals = { ...NO_PAYMENTS };
    for (const t of o.transactions.filter((t) => t.status === 'SUCCESS')) {
      if (t.kind === 'AUTHORIZATION' || t.kind === 'SALE') paid.authorized += t.amountCents;
      if (t.kind === 'CAPTURE' || t.kind === 'SALE') paid.captured += t.amountCents;
      if (t.kind === 'REFUND') paid.refunded += t.amountCents;
      if (t.kind === 'VOID') paid.voided = true;
    }
    const label = `${o.name} ${o.financialStatus}`;
    expect([label, financialStatus(o.totalCents, paid)]).toEqual([label, o.financialStatus]);
    expect([label, fulfillmentStatus(o.lines)]).toEqual([label, o.fulfillmentStatus]);
    expect(paid.captured).toBeLessThanOrEqual(paid.authorized);
    expect(paid.refunded).toBeLessThanOrEqual(paid.captured);
    if (o.financialStatus === 'PAID') expect(paid.captured).toBe(o.totalCents);
    if (o.financialStatus === 'PARTIALLY_PAID') expect(paid.captured).toBeLessThan(o.totalCents);
    if (o.financialStatus === 'REFUNDED') expect(paid.refunded).toBe(paid.captured);
    if (o.financialStatus === 'PARTIALLY_REFUNDED') expect(paid.refunded).toBeLessThan(paid.captured);
    if (o.financialStatus === 'VOIDED') expect([paid.captured, o.cancelledAt !== null]).toEqual([0, true]);
    if (o.financialStatus === 'AUTHORIZED') expect([paid.authorized > 0, paid.captured]).toEqual([true, 0]);
    if (o.cancelledAt) expect(o.lines.every((l) => l.fulfilledQuantity === 0)).toBe(true);
    for (const t of o.transactions.filter((t) => t.kind === 'CAPTURE' || t.kind === 'VOID' || t.kind === 'REFUND')) {
      const parent = o.transactions.find((p) => p.id === t.parentId);
      expect([t.kind, parent?.kind]).toEqual([t.kind, t.kind === 'REFUND' ? expect.stringMatching(/^(CAPTURE|SALE)$/) : 'AUTHORIZATION']);
    }
    for (const r of o.refunds) {
      const tx = o.transactions.filter((t) => t.refundId === r.id);
      expect(tx.map((t) => [t.kind, t.amountCents])).toEqual([['REFUND', r.amountCents]]);
    }
    for (const l of o.lines) {
      expect(l.fulfilledQuantity).toBe(l.fulfillmentLines.reduce((s, f) => s + f.quantity, 0));
      expect(l.refundedQuantity).toBe(l.refundLines.reduce((s, r) => s + r.quantity, 0));
      expect(l.fulfilledQuantity + l.removedQuantity).toBeLessThanOrEqual(l.quantity);
      expect(l.restockedQuantity).toBeLessThanOrEqual(l.quantity);
    }
  }
});

test('every status combination is present', async () => {
  const orders = await db.prisma.order.findMany({ select: { financialStatus: true, fulfillmentStatus: true, cancelledAt: true, archivedAt: true } });
  const seen = new Set(orders.map((o) => [o.financialStatus, o.fulfillmentStatus, o.cancelledAt && 'cancelled', o.archivedAt && 'archived'].filter(Boolean).join('/')));
  expect([...seen].sort()).toEqual(expect.arrayContaining([
    'PENDING/UNFULFILLED', 'PENDING/UNFULFILLED/cancelled', 'AUTHORIZED/UNFULFILLED', 'AUTHORIZED/FULFILLED',
    'VOIDED/UNFULFILLED/cancelled', 'PAID/UNFULFILLED', 'PAID/PARTIALLY_FULFILLED', 'PAID/FULFILLED', 'PAID/FULFILLED/archived',
    'PARTIALLY_PAID/UNFULFILLED', 'PARTIALLY_PAID/PARTIALLY_FULFILLED', 'PARTIALLY_REFUNDED/FULFILLED',
    'PARTIALLY_REFUNDED/FULFILLED/archived', 'REFUNDED/FULFILLED', 'REFUNDED/FULFILLED/archived',
    'REFUNDED/UNFULFILLED/cancelled', 'REFUNDED/UNFULFILLED/cancelled/archived',
  ]));
});

test('the timeline tells each order its story', async () => {
  const events = await db.prisma.auditEvent.groupBy({ by: ['action'], _count: true });
  const count = Object.fromEntries(events.map((e) => [e.action, e._count]));
  expect(count['order.placed']).toBe(ORDERS);
  expect(count['order.fulfilled']).toBe(await db.prisma.fulfillment.count());
  expect(count['order.refunded']).toBe(await db.prisma.refund.count());
  expect(count['order.cancelled']).toBe(await db.prisma.order.count({ where: { cancelledAt: { not: null } } }));
  expect(count['order.archived']).toBe(await db.prisma.order.count({ where: { archivedAt: { not: null } } }));
  expect(count['payment.captured']).toBeGreaterThan(0);
  expect(await db.prisma.auditEvent.count({ where: { OR: [{ orderId: null }, { createdAt: { gt: NOW } }] } })).toBe(0);
});

test('draft orders and abandoned checkouts hang together', async () => {
  const drafts = await db.prisma.draftOrder.findMany({ include: { lines: true, order: true }, orderBy: { id: 'asc' } });
  expect(drafts.map((d) => d.name)).toEqual(Array.from({ length: 40 }, (_, i) => `#D${i + 1}`));
  expect(new Set(drafts.map((d) => d.status))).toEqual(new Set(['OPEN', 'INVOICE_SENT', 'COMPLETED']));
  for (const d of drafts) {
    expect(d.lines.reduce((s, l) => s + l.unitPriceCents * l.quantity, 0)).toBe(d.subtotalCents);
    expect(d.totalCents).toBe(d.subtotalCents - d.discountCents + d.shippingCents + d.taxCents);
    expect(d.status === 'COMPLETED').toBe(d.orderId !== null && d.completedAt !== null);
    if (d.status === 'INVOICE_SENT') expect(d.invoiceSentAt).not.toBeNull();
    if (d.order) expect([d.order.totalCents, d.order.customerId]).toEqual([d.totalCents, d.customerId]);
  }
  const checkouts = await db.prisma.abandonedCheckout.findMany({ include: { lines: true, recoveredOrder: true, customer: true } });
  const ordersByEmail = await db.prisma.order.findMany({ where: { email: { in: checkouts.map((c) => c.email) } }, select: { id: true, email: true, createdAt: true } });
  expect(checkouts).toHaveLength(150);
  expect(new Set(checkouts.map((c) => c.recoveryState))).toEqual(new Set(['NOT_SENT', 'SENT', 'RECOVERED']));
  for (const c of checkouts) {
    expect(c.email).toContain('@');
    expect(c.createdAt.getTime()).toBeGreaterThan(NOW.getTime() - 32 * DAY);
    expect(c.lines.reduce((s, l) => s + l.unitPriceCents * l.quantity, 0)).toBe(c.subtotalCents);
    expect(c.recoveryState === 'RECOVERED').toBe(c.recoveredOrderId !== null);
    if (c.recoveryState === 'SENT') expect(c.recoveryEmailSentAt).not.toBeNull();
    if (c.recoveryEmailSentAt) expect(c.customer?.acceptsMarketing).toBe(true); // consent rule
    // An order recovers the latest open checkout of its email: open ones have no later order,
    // recovered ones no order between the checkout and the order that recovered it.
    const until = c.recoveredOrder?.createdAt.getTime() ?? Infinity;
    const between = ordersByEmail.filter((o) => o.email === c.email && o.createdAt >= c.createdAt && o.createdAt.getTime() < until);
    expect([c.id, between.map((o) => o.id)]).toEqual([c.id, []]);
    if (c.recoveredOrder) {
      expect(c.recoveredOrder.email).toBe(c.email);
      expect(c.createdAt.getTime()).toBeLessThan(c.recoveredOrder.createdAt.getTime());
    }
  }
  const linked = drafts.flatMap((d) => (d.orderId ? [d.orderId] : [])).concat(checkouts.flatMap((c) => (c.recoveredOrderId ? [c.recoveredOrderId] : [])));
  expect(new Set(linked).size).toBe(linked.length);
});

test('rows created after the seed get fresh ids (PostgreSQL sequences moved past the explicit ids)', async () => {
  const event = await db.prisma.auditEvent.create({ data: { action: 'test', subjectType: 'Test', subjectId: '1', message: 'after the seed' } });
  const customer = await db.prisma.customer.create({ data: { firstName: 'New', lastName: 'Customer', email: 'new.customer@example.test' } });
  expect(event.id).toBe(summary.AuditEvent + 1);
  expect(customer.id).toBe(summary.Customer + 1);
  await db.prisma.auditEvent.delete({ where: { id: event.id } });
  await db.prisma.customer.delete({ where: { id: customer.id } });
});

test("the same seed gives the same shop, through the SQL writer or Prisma's createMany", async () => {
  const twin = await createTestDatabase();
  const other = await createTestDatabase();
  try {
    await seedShop(twin.prisma, { orders: ORDERS, seed: 7, now: NOW, provider: twin.provider, writer: 'createMany' });
    await seedShop(other.prisma, { orders: ORDERS, seed: 8, now: NOW, provider: other.provider });
    const snapshot = async (d: TestDatabase) => ({
      orders: await d.prisma.order.findMany({ orderBy: { id: 'asc' } }),
      lines: await d.prisma.orderLine.findMany({ orderBy: { id: 'asc' } }),
      transactions: await d.prisma.paymentTransaction.findMany({ orderBy: { id: 'asc' } }),
      stock: await d.prisma.inventoryItem.findMany({ orderBy: { id: 'asc' } }),
      movements: await d.prisma.stockMovement.findMany({ orderBy: { id: 'asc' } }),
      customers: await d.prisma.customer.findMany({ orderBy: { id: 'asc' } }),
      checkouts: await d.prisma.abandonedCheckout.findMany({ orderBy: { id: 'asc' } }),
      drafts: await d.prisma.draftOrder.findMany({ orderBy: { id: 'asc' }, include: { lines: true } }),
      events: await d.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } }),
      products: await d.prisma.product.findMany({ orderBy: { id: 'asc' }, include: { variants: true, features: true, images: true } }),
    });
    const a = await snapshot(db);
    expect(await snapshot(twin)).toEqual(a);
    const b = await snapshot(other);
    expect(b.orders.map((o) => o.totalCents)).not.toEqual(a.orders.map((o) => o.totalCents));
  } finally {
    await twin.drop();
    await other.drop();
  }
});
