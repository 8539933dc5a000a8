// Domain events: delivered after the commit, once per change, never for a change that rolled back;
// stock.low only when an item crosses its threshold; checkout.abandoned once per checkout.
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { attachBus, EventBus, type DomainEvent } from '../../src/plugins/events.js';
import { PluginHealth } from '../../src/plugins/health.js';
import { inTransaction } from '../../src/db/transaction.js';
import { adjustStock, applyStockChanges } from '../../src/services/inventory.js';
import { fulfilOrders } from '../../src/services/orders/fulfil.js';
import { refundOrder } from '../../src/services/orders/refund.js';
import { cancelOrder } from '../../src/services/orders/cancel.js';
import { announceAbandonedCheckouts } from '../../src/services/checkouts/abandoned.js';

let db: TestDatabase;
let bus: EventBus;
let seen: DomainEvent[];
let detach: () => void;

beforeAll(async () => {
  db = await createTestDatabase();
  bus = new EventBus(new PluginHealth(() => {}));
  for (const type of ['order.placed', 'order.fulfilled', 'order.refunded', 'order.cancelled', 'stock.low', 'checkout.abandoned'] as const) {
    bus.subscribe('recorder', type, async (event) => void seen.push(event));
  }
  detach = attachBus(db, bus);
});
afterAll(async () => {
  detach();
  await db.drop();
});
beforeEach(() => {
  seen = [];
});

const settle = async () => {
  await bus.idle();
  return seen;
};

test('placing, fulfilling, refunding and cancelling each announce one event, after the commit', async () => {
  const { item } = await makeItem(db, { onHand: 100 });
  const a = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { email: 'a@example.test' });
  const b = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 2 }]);
  await fulfilOrders(db, { orderIds: [a.id, b.id], mailMode: 'local' });
  const line = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: a.id } });
  const refund = await refundOrder(db, { orderId: a.id, lines: [{ orderLineId: line.id, quantity: 1 }], mailMode: 'local' });
  const c = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }]);
  await cancelOrder(db, { orderId: c.id, reason: 'fraud', mailMode: 'local' });
  expect((await settle()).map((e) => [e.type, 'orderId' in e ? e.orderId : null])).toEqual([
    ['order.placed', a.id], ['order.placed', b.id],
    ['order.fulfilled', a.id], ['order.fulfilled', b.id],
    ['order.refunded', a.id],
    ['order.placed', c.id], ['order.cancelled', c.id],
  ]);
  expect(seen[0]).toEqual({ type: 'order.placed', orderId: a.id, name: a.name, email: 'a@example.test', totalCents: a.totalCents, currency: 'EUR', customerId: null });
  expect(seen[4]).toMatchObject({ type: 'order.refunded', refundId: refund.refundId, amountCents: refund.amountCents });
  expect(seen[6]).toMatchObject({ type: 'order.cancelled', reason: 'FRAUD' });
});

test('a change that rolls back announces nothing; a refused fulfilment announces nothing', async () => {
  const { item } = await makeItem(db, { onHand: 6 });
  await expect(inTransaction(db, async (tx) => {
    await applyStockChanges(tx, [{ inventoryItemId: item.id, reason: 'MANUAL_ADJUSTMENT', onHandDelta: -1 }]); // 6 → 5: crosses the threshold
    throw new Error('changed my mind');
  })).rejects.toThrow('changed my mind');
  expect(await settle()).toEqual([]);
  await inTransaction(db, (tx) => applyStockChanges(tx, [{ inventoryItemId: item.id, reason: 'MANUAL_ADJUSTMENT', onHandDelta: -1 }]));
  expect((await settle()).map((e) => e.type)).toEqual(['stock.low']); // the same change, committed
  const done = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }]);
  await fulfilOrders(db, { orderIds: [done.id], mailMode: 'local' });
  seen = [];
  await fulfilOrders(db, { orderIds: [done.id], mailMode: 'local' }); // already fulfilled: skipped
  expect(await settle()).toEqual([]);
});

test('stock.low fires when available stock crosses to the threshold, not again while it stays below', async () => {
  const { item } = await makeItem(db, { onHand: 8, sku: 'LOW-1' }); // threshold 5 by default
  await adjustStock(db, { inventoryItemId: item.id, mode: 'add', quantity: -2 }); // 8 → 6: above
  expect(await settle()).toEqual([]);
  await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }]); // commits 1: available 5, at the threshold
  expect((await settle()).filter((e) => e.type === 'stock.low')).toEqual([{ type: 'stock.low', inventoryItemId: item.id, sku: 'LOW-1', available: 5, threshold: 5 }]);
  seen = [];
  await adjustStock(db, { inventoryItemId: item.id, mode: 'add', quantity: -3 }); // 5 → 2: still low
  expect(await settle()).toEqual([]);
  await adjustStock(db, { inventoryItemId: item.id, mode: 'set', quantity: 20 }); // restocked: above again
  await adjustStock(db, { inventoryItemId: item.id, mode: 'set', quantity: 3 }); // crosses again
  expect((await settle()).map((e) => e.type === 'stock.low' && e.available)).toEqual([2]); // 3 on hand − 1 committed
});

test('a checkout becomes abandoned after an hour without an order, announced once', async () => {
  const now = new Date();
  const make = (minutesAgo: number, recoveredOrderId: number | null = null) =>
    db.prisma.abandonedCheckout.create({ data: { token: `t-${Math.random()}`, email: 'cart@example.test', subtotalCents: 1000, totalCents: 1000, recoveredOrderId, createdAt: new Date(now.getTime() - minutesAgo * 60_000) } });
  const { item } = await makeItem(db);
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { email: 'other@example.test' });
  seen = [];
  const old = await make(90);
  await make(30); // too recent
  await make(120, order.id); // became an order
  expect(await announceAbandonedCheckouts(db, now)).toBe(1);
  expect(await settle()).toEqual([{ type: 'checkout.abandoned', checkoutId: old.id, email: 'cart@example.test', totalCents: 1000, currency: 'EUR' }]);
  seen = [];
  expect(await announceAbandonedCheckouts(db, now)).toBe(0);
  expect(await settle()).toEqual([]);
});

test('a slow or failing subscriber does not hold up or undo the change', async () => {
  const health = new PluginHealth(() => {});
  const other = new EventBus(health);
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  other.subscribe('slow', 'order.placed', () => gate);
  other.subscribe('failing', 'order.placed', async () => {
    throw new Error('boom');
  });
  const off = attachBus(db, other);
  try {
    const { item } = await makeItem(db);
    const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }]); // resolves while "slow" still waits
    expect(await db.prisma.order.count({ where: { id: order.id } })).toBe(1);
    release();
    await other.idle();
    expect([health.isEnabled('slow'), health.isEnabled('failing')]).toEqual([true, false]);
  } finally {
    off();
  }
});
