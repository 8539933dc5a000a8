import { adjustStock, applyStockChanges } from '../../src/services/inventory.js';
import { inTransaction } from '../../src/db/transaction.js';
import { InvalidInput, NotFound, Refused } from '../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { makeItem, stockOf } from '../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

test('adjustments go on the ledger with their reason; figures always equal the ledger', async () => {
  const { item } = await makeItem(db, { onHand: 10, sku: 'JAR-1' });
  expect(await adjustStock(db, { inventoryItemId: item.id, mode: 'add', quantity: 5, note: 'Delivery' })).toEqual({ onHand: 15, delta: 5 });
  expect(await adjustStock(db, { inventoryItemId: item.id, mode: 'set', quantity: '12', note: 'Count' })).toEqual({ onHand: 12, delta: -3 });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 12, committed: 0 });
  const moves = await db.prisma.stockMovement.findMany({ where: { inventoryItemId: item.id, reason: 'MANUAL_ADJUSTMENT' }, orderBy: { id: 'asc' } });
  expect(moves.map((m) => [m.onHandDelta, m.note])).toEqual([[5, 'Delivery'], [-3, 'Count']]);
});

test('stock never goes negative unless the item allows backorders', async () => {
  const { item } = await makeItem(db, { onHand: 2, sku: 'JAR-2' });
  await expect(adjustStock(db, { inventoryItemId: item.id, mode: 'add', quantity: -3 })).rejects.toThrow(Refused);
  await expect(adjustStock(db, { inventoryItemId: item.id, mode: 'add', quantity: -3 })).rejects.toThrow('Not enough stock of JAR-2: 2 on hand.');
  expect(await stockOf(db, item.id)).toEqual({ onHand: 2, committed: 0 });
  await db.prisma.inventoryItem.update({ where: { id: item.id }, data: { allowBackorder: true } });
  await inTransaction(db, (tx) => applyStockChanges(tx, [{ inventoryItemId: item.id, reason: 'SALE', onHandDelta: -3 }]));
  expect(await stockOf(db, item.id)).toEqual({ onHand: -1, committed: 0 });
});

test('bad adjustments are refused with a message', async () => {
  const { item } = await makeItem(db, { onHand: 2 });
  await expect(adjustStock(db, { inventoryItemId: item.id, mode: 'add', quantity: 'ten' })).rejects.toThrow(InvalidInput);
  await expect(adjustStock(db, { inventoryItemId: item.id, mode: 'add', quantity: 1.5 })).rejects.toThrow('whole number');
  await expect(adjustStock(db, { inventoryItemId: item.id, mode: 'set', quantity: -1 })).rejects.toThrow('cannot be negative');
  await expect(adjustStock(db, { inventoryItemId: item.id, mode: 'set', quantity: 2 })).rejects.toThrow('already has 2 on hand');
  await expect(adjustStock(db, { inventoryItemId: 999_999, mode: 'add', quantity: 1 })).rejects.toThrow(NotFound);
});

test('one change over many items: each guarded, one short item refuses it all, updatedAt moves', async () => {
  const a = (await makeItem(db, { onHand: 5, sku: 'MANY-A' })).item;
  const b = (await makeItem(db, { onHand: 1, sku: 'MANY-B' })).item;
  const c = (await makeItem(db, { onHand: 0, sku: 'MANY-C' })).item;
  await db.prisma.inventoryItem.update({ where: { id: c.id }, data: { allowBackorder: true } });
  const before = await db.prisma.inventoryItem.findUniqueOrThrow({ where: { id: a.id } });
  const take = (units: number) => [
    { inventoryItemId: a.id, reason: 'SALE' as const, onHandDelta: -2 },
    { inventoryItemId: b.id, reason: 'SALE' as const, onHandDelta: -units },
    { inventoryItemId: c.id, reason: 'SALE' as const, onHandDelta: -3 },
    { inventoryItemId: a.id, reason: 'SALE' as const, onHandDelta: -1, committedDelta: 0 },
  ];
  await expect(inTransaction(db, (tx) => applyStockChanges(tx, take(2)))).rejects.toThrow('Not enough stock of MANY-B: 1 on hand.');
  expect([await stockOf(db, a.id), await stockOf(db, b.id), await stockOf(db, c.id)]).toEqual([{ onHand: 5, committed: 0 }, { onHand: 1, committed: 0 }, { onHand: 0, committed: 0 }]);
  // Committed units are guarded too: nothing is released that was never committed.
  await expect(inTransaction(db, (tx) => applyStockChanges(tx, [{ inventoryItemId: a.id, reason: 'CANCELLATION', committedDelta: -1 }]))).rejects.toThrow(Refused);

  await inTransaction(db, (tx) => applyStockChanges(tx, take(1)));
  expect([await stockOf(db, a.id), await stockOf(db, b.id), await stockOf(db, c.id)]).toEqual([{ onHand: 2, committed: 0 }, { onHand: 0, committed: 0 }, { onHand: -3, committed: 0 }]);
  const after = await db.prisma.inventoryItem.findUniqueOrThrow({ where: { id: a.id } });
  expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  expect(Math.abs(after.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
  // Read back through Prisma's own date filter: the stored text matches Prisma's format on SQLite.
  expect(await db.prisma.inventoryItem.count({ where: { id: a.id, updatedAt: after.updatedAt } })).toBe(1);
});
