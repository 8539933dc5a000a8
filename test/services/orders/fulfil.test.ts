import { fulfilOrders } from '../../../src/services/orders/fulfil.js';
import { InvalidInput } from '../../../src/services/errors.js';
import { applyStockChanges } from '../../../src/services/inventory.js';
import { inTransaction } from '../../../src/db/transaction.js';
import { createTestDatabase, testProvider, type TestDatabase } from '../../support/database.js';
import { makeItem, makeManyOrders, makeOrder, stockOf } from '../../support/fixtures.js';

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
  await inTransaction(db, (tx) => applyStockChanges(tx, [{ inventoryItemId: item.id, reason: 'MANUAL_ADJUSTMENT', onHandDelta: -1 }]));
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

/** A real failure from the database at the last write of a fulfil: the outbox refuses one address. */
async function refuseMailTo(address: string): Promise<() => Promise<unknown>> {
  if (testProvider() === 'sqlite') {
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_mail BEFORE INSERT ON "MailMessage" WHEN NEW."to" = '${address}' BEGIN SELECT RAISE(ABORT, 'mail refused'); END`);
    return () => db.prisma.$executeRawUnsafe('DROP TRIGGER refuse_mail');
  }
  await db.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_mail() RETURNS trigger AS $$ BEGIN IF NEW."to" = '${address}' THEN RAISE EXCEPTION 'mail refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await db.prisma.$executeRawUnsafe('CREATE TRIGGER refuse_mail BEFORE INSERT ON "MailMessage" FOR EACH ROW EXECUTE FUNCTION refuse_mail()');
  return () => db.prisma.$executeRawUnsafe('DROP TRIGGER refuse_mail ON "MailMessage"');
}

test('a failure at the last write (the emails) rolls back the whole bulk fulfil', async () => {
  const { item } = await makeItem(db, { onHand: 1_500 });
  const ids = await makeManyOrders(db, 1_200, item.id); // more orders than one IN (…) list
  const allow = await refuseMailTo('bulk1199@example.test');
  const range = { gte: Math.min(...ids), lte: Math.max(...ids) }; // these orders only (an IN list would be too long for Prisma on SQLite)
  const mine = { orderId: range };
  try {
    await expect(fulfil(ids, { carrier: 'DPD' })).rejects.toThrow(/mail refused/);
    expect(await db.prisma.order.count({ where: { id: range, fulfillmentStatus: 'UNFULFILLED' } })).toBe(ids.length);
    expect(await db.prisma.orderLine.count({ where: { ...mine, fulfilledQuantity: { not: 0 } } })).toBe(0);
    expect(await db.prisma.fulfillment.count({ where: mine })).toBe(0);
    expect(await db.prisma.fulfillmentLine.count({ where: { orderLine: mine } })).toBe(0);
    expect(await db.prisma.stockMovement.count({ where: { inventoryItemId: item.id, reason: 'FULFILLMENT' } })).toBe(0);
    expect(await db.prisma.auditEvent.count({ where: { ...mine, action: 'order.fulfilled' } })).toBe(0);
    expect(await db.prisma.mailMessage.count({ where: mine })).toBe(0);
    expect(await stockOf(db, item.id)).toEqual({ onHand: 1_500, committed: 1_200 });
  } finally {
    await allow();
  }
  // The same selection goes through once the outbox accepts it, every row written once.
  const result = await fulfil(ids, { carrier: 'DPD' });
  expect(result.done).toHaveLength(ids.length);
  expect(await db.prisma.fulfillment.count({ where: mine })).toBe(ids.length);
  expect(await db.prisma.fulfillmentLine.count({ where: { orderLine: mine, quantity: 1 } })).toBe(ids.length);
  expect(await db.prisma.auditEvent.count({ where: { ...mine, action: 'order.fulfilled', message: 'Fulfilled 1 item · DPD' } })).toBe(ids.length);
  expect(await db.prisma.mailMessage.count({ where: { ...mine, status: 'LOCAL', kind: 'shipping-confirmation' } })).toBe(ids.length);
  expect(await db.prisma.stockMovement.count({ where: { inventoryItemId: item.id, reason: 'FULFILLMENT', onHandDelta: -1, committedDelta: -1, orderId: range } })).toBe(ids.length);
  expect(await stockOf(db, item.id)).toEqual({ onHand: 300, committed: 0 });
  const fulfilled = await db.prisma.fulfillment.findFirstOrThrow({ where: { orderId: ids[0] }, include: { lines: { include: { orderLine: true } } } });
  expect(fulfilled).toMatchObject({ carrier: 'DPD', trackingNumber: null, staffUserId: null, lines: [{ quantity: 1, orderLine: { orderId: ids[0], fulfilledQuantity: 1 } }] });
  expect(Math.abs(fulfilled.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
});
