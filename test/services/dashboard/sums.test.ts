// The period sums kept in memory between reads (sums.ts): every change made through the services
// (an order placed today or back-dated, a customer or product deleted, a product renamed) shows on
// the next read, the same as computed from the orders; a write behind the services' back does not.
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, makeOrder } from '../../support/fixtures.js';
import { parsePeriod } from '../../../src/services/dashboard/period.js';
import { directShop } from '../../../src/services/dashboard/rollup.js';
import { customersFigure } from '../../../src/services/dashboard/customers.js';
import { bestSellersFigure } from '../../../src/services/dashboard/best-sellers.js';
import { categoriesFigure } from '../../../src/services/dashboard/categories.js';
import { stockCoverFigure } from '../../../src/services/dashboard/stock-cover.js';

const DAY = 24 * 60 * 60 * 1000;
const noonDaysAgo = (n: number) => new Date(Math.floor(Date.now() / DAY) * DAY - n * DAY + 12 * 60 * 60 * 1000);

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

/** Each figure read twice (the second from memory) and computed from the orders: all three the same. */
async function figures() {
  const week = () => parsePeriod({ period: '7d' });
  const read = async (shop: TestDatabase) => ({
    customers: await customersFigure(shop, week()),
    bestSellers: await bestSellersFigure(shop, week()),
    categories: await categoriesFigure(shop, week()),
    stockCover: await stockCoverFigure(shop, week()),
  });
  const first = await read(db);
  const again = await read(db);
  expect(again).toEqual(first);
  expect(first).toEqual(await read(directShop(db)));
  return first;
}

test('kept sums follow every change made through the services', async () => {
  const wool = await makeItem(db, { title: 'Wool', priceCents: 1000, onHand: 100 });
  const silk = await makeItem(db, { title: 'Silk', priceCents: 3000, onHand: 100 });
  const ann = await db.prisma.customer.create({ data: { email: 'ann@example.test', firstName: 'Ann', lastName: 'Lee' } });
  const bob = await db.prisma.customer.create({ data: { email: 'bob@example.test', firstName: 'Bob', lastName: 'Ray' } });
  await makeOrder(db, [{ inventoryItemId: wool.item.id, quantity: 2 }], { customerId: ann.id, email: ann.email, createdAt: noonDaysAgo(3) });
  await makeOrder(db, [{ inventoryItemId: silk.item.id, quantity: 1 }], { customerId: bob.id, email: bob.email });

  let now = await figures();
  expect(now.customers).toMatchObject({ buyers: 2, repeatBuyers: 0 });
  expect(now.customers.topBySpent.map((c) => [c.name, c.spentCents])).toEqual([['Bob Ray', 3000], ['Ann Lee', 2000]]);

  // Today: Bob orders again.
  await makeOrder(db, [{ inventoryItemId: wool.item.id, quantity: 1 }], { customerId: bob.id, email: bob.email });
  now = await figures();
  expect(now.customers).toMatchObject({ buyers: 2, repeatBuyers: 1 });
  expect(now.bestSellers.byUnits.map((s) => [s.title, s.units])).toEqual([['Wool', 3], ['Silk', 1]]);

  // A stored day: Ann's order imported late, dated three days ago.
  await makeOrder(db, [{ inventoryItemId: silk.item.id, quantity: 3 }], { customerId: ann.id, email: ann.email, createdAt: noonDaysAgo(3) });
  now = await figures();
  expect(now.customers.topBySpent.map((c) => [c.name, c.orders, c.spentCents])).toEqual([['Ann Lee', 2, 11000], ['Bob Ray', 2, 4000]]);
  expect(now.bestSellers.byRevenue.map((s) => [s.title, s.revenueCents])).toEqual([['Silk', 12000], ['Wool', 3000]]);

  // A renamed product shows its new title; a deleted customer's orders become guest orders.
  await db.prisma.product.update({ where: { id: silk.product.id }, data: { title: 'Raw silk' } });
  await db.prisma.customer.delete({ where: { id: ann.id } });
  now = await figures();
  expect(now.customers).toMatchObject({ buyers: 1, repeatBuyers: 1 });
  expect(now.customers.topByOrders.map((c) => c.name)).toEqual(['Bob Ray']);
  expect(now.bestSellers.byRevenue.map((s) => s.title)).toEqual(['Raw silk', 'Wool']);

  // A deleted product's lines are told apart by their title, in stored days and today alike.
  await db.prisma.product.delete({ where: { id: wool.product.id } });
  now = await figures();
  expect(now.bestSellers.byUnits.map((s) => [s.productId, s.title, s.units])).toEqual([[silk.product.id, 'Raw silk', 4], [null, 'Wool', 3]]);
});

test('a write behind the services\' back (no day version bumped) is not seen until one is', async () => {
  const week = () => parsePeriod({ period: '7d' });
  const felt = await makeItem(db, { title: 'Felt', priceCents: 500, onHand: 100 });
  await makeOrder(db, [{ inventoryItemId: felt.item.id, quantity: 1 }]);
  const units = async () => (await bestSellersFigure(db, week())).byUnits.find((s) => s.title === 'Felt')?.units;
  expect(await units()).toBe(1);
  const line = await db.prisma.orderLine.findFirstOrThrow({ where: { inventoryItemId: felt.item.id } });
  await db.prisma.orderLine.update({ where: { id: line.id }, data: { quantity: 5 } });
  expect(await units()).toBe(1); // kept: today's version did not move
  await makeOrder(db, [{ inventoryItemId: felt.item.id, quantity: 1 }]);
  expect(await units()).toBe(6); // an order placed today bumps it: today is read again
});
