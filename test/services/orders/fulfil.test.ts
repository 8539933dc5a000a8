import { fulfilOrders } from '../../../src/services/orders/fulfil.js';
import { InvalidInput } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, makeOrder, stockOf } from '../../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const fulfil = (orderIds: unknown, extra = {}) => fulfilOrders(db, { orderIds, mailMode: 'local', ...extra });

test('fulfilling ships every open unit, moves stock once, writes the timeline and the email', async () => {
  const { item } = await makeItem(db, { onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 3 }]);
  expect(await stockOf(db, item.id)).toEqual({ onHand: 10, committed: 3 });

  const result = await fulfil([order.id], { carrier: 'Colissimo', trackingNumber: '8Z123' });
  expect(result.done).toEqual([{ id: order.id, name: order.name }]);
  expect(await stockOf(db, item.id)).toEqual({ onHand: 7, committed: 0 });
  const saved = await db.prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true, fulfillments: { include: { lines: true } }, events: true } });
  expect(saved.fulfillmentStatus).toBe('FULFILLED');
  expect(saved.lines[0].fulfilledQuantity).toBe(3);
  expect(saved.fulfillments).toHaveLength(1);
  expect(saved.fulfillments[0]).toMatchObject({ carrier: 'Colissimo', trackingNumber: '8Z123', lines: [{ quantity: 3 }] });
  expect(saved.events.map((e) => e.message)).toContain('Fulfilled 3 items · Colissimo 8Z123');
  const mail = await db.prisma.mailMessage.findFirstOrThrow({ where: { orderId: order.id } });
  expect(mail).toMatchObject({ to: 'buyer@example.test', status: 'LOCAL', subject: `Your order ${order.name} has shipped` });
  expect(mail.text).toContain('8Z123');

  // A second fulfil changes nothing and says why.
  const again = await fulfil([order.id]);
  expect(again.done).toEqual([]);
  expect(again.skipped).toEqual([{ id: order.id, name: order.name, reason: 'already fulfilled' }]);
  expect(await db.prisma.fulfillment.count({ where: { orderId: order.id } })).toBe(1);
  expect(await stockOf(db, item.id)).toEqual({ onHand: 7, committed: 0 });
});

test('each order is reported: fulfilled, cancelled, unknown, short of stock', async () => {
  const { item } = await makeItem(db, { onHand: 4, sku: 'MUG-RED' });
  const a = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 3 }]);
  const b = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const c = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], {});
  await db.prisma.order.update({ where: { id: b.id }, data: { cancelledAt: new Date() } });
  // Someone took a unit off the shelf: c cannot be covered any more once a has shipped.
  await db.prisma.$transaction((tx) => import('../../../src/services/inventory.js').then((m) => m.applyStockChanges(tx, [{ inventoryItemId: item.id, reason: 'MANUAL_ADJUSTMENT', onHandDelta: -1 }])));
  const result = await fulfil([a.id, b.id, c.id, 999_999]);
  expect(result.done.map((o) => o.id)).toEqual([a.id]);
  expect(result.skipped).toEqual(
    expect.arrayContaining([
      { id: b.id, name: b.name, reason: 'cancelled' },
      { id: c.id, name: c.name, reason: 'not enough stock of MUG-RED' },
      { id: 999_999, name: 'order 999999', reason: 'not found' },
    ]),
  );
  expect(await stockOf(db, item.id)).toEqual({ onHand: 0, committed: 2 });
});

test('bad input is refused and changes nothing', async () => {
  const { item } = await makeItem(db);
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }]);
  for (const ids of [[], ['abc'], [-1], 'x']) await expect(fulfil(ids)).rejects.toThrow(InvalidInput);
  await expect(fulfil([order.id], { carrier: 'x'.repeat(101) })).rejects.toThrow(/too long/);
  expect((await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).fulfillmentStatus).toBe('UNFULFILLED');
});

test('20 concurrent fulfil requests create one fulfillment', async () => {
  const { item } = await makeItem(db, { onHand: 50 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const results = await Promise.all(Array.from({ length: 20 }, () => fulfil([order.id])));
  expect(results.filter((r) => r.done.length === 1)).toHaveLength(1);
  expect(await db.prisma.fulfillment.count({ where: { orderId: order.id } })).toBe(1);
  expect(await stockOf(db, item.id)).toEqual({ onHand: 48, committed: 0 });
});
