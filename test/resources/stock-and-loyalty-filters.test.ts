// Low-stock and out-of-stock filters on products, returning/loyal customers, and the columns the
// database or the services keep (available, lowStock, ordersCount, on hand) that no form may write.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { cancelOrder } from '../../src/services/orders/cancel.js';
import { adjustStock } from '../../src/services/inventory.js';
import { recountCustomerOrders } from '../../src/services/customers/orders-count.js';

let shop: TestShop;
let ids: Record<string, number>;
beforeAll(async () => {
  shop = await startTestShop();
  const plenty = await makeItem(shop.db, { title: 'Plenty', onHand: 50 });
  const low = await makeItem(shop.db, { title: 'Low', onHand: 6 });
  const out = await makeItem(shop.db, { title: 'Out', onHand: 0 });
  // 6 on hand, 2 committed to an open order: 4 available, under the default threshold of 5.
  const ada = await shop.db.prisma.customer.create({ data: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@loyal.test' } });
  const bob = await shop.db.prisma.customer.create({ data: { firstName: 'Bob', lastName: 'Once', email: 'bob@once.test' } });
  const cy = await shop.db.prisma.customer.create({ data: { firstName: 'Cy', lastName: 'Cancelled', email: 'cy@cancel.test' } });
  await makeOrder(shop.db, [{ inventoryItemId: low.item.id, quantity: 2 }], { customerId: ada.id, email: ada.email });
  for (let i = 0; i < 2; i++) await makeOrder(shop.db, [{ inventoryItemId: plenty.item.id, quantity: 1 }], { customerId: ada.id, email: ada.email });
  await makeOrder(shop.db, [{ inventoryItemId: plenty.item.id, quantity: 1 }], { customerId: bob.id, email: bob.email });
  const cancelled = await makeOrder(shop.db, [{ inventoryItemId: plenty.item.id, quantity: 1 }], { customerId: cy.id, email: cy.email });
  await makeOrder(shop.db, [{ inventoryItemId: plenty.item.id, quantity: 1 }], { customerId: cy.id, email: cy.email });
  await cancelOrder(shop.db, { orderId: cancelled.id, reason: 'CUSTOMER', mailMode: 'local' });
  ids = { plenty: plenty.product.id, low: low.product.id, out: out.product.id, lowItem: low.item.id, ada: ada.id, bob: bob.id, cy: cy.id };
});
afterAll(() => shop.stop());

async function titles(resource: string, query: string, field: string) {
  const agent = await shop.login('MANAGER');
  const res = await agent.get(`${ADMIN_PATH}/api/resources/${resource}/actions/list?${query}&perPage=50`);
  expect(res.status).toBe(200);
  return res.body.records.map((r: { params: Record<string, string> }) => r.params[field]).sort();
}

test('the database keeps available and lowStock as stock moves', async () => {
  const item = await shop.db.prisma.inventoryItem.findUniqueOrThrow({ where: { id: ids.lowItem } });
  expect(item).toMatchObject({ onHand: 6, committed: 2, available: 4, lowStock: true });
  await adjustStock(shop.db, { inventoryItemId: ids.lowItem, mode: 'add', quantity: 10, note: 'Delivery' });
  expect(await shop.db.prisma.inventoryItem.findUniqueOrThrow({ where: { id: ids.lowItem } })).toMatchObject({ available: 14, lowStock: false });
  await adjustStock(shop.db, { inventoryItemId: ids.lowItem, mode: 'add', quantity: -10, note: 'Recount' });
});

test.each([
  ['filters.lowStock=true', ['Low', 'Out']],
  ['filters.lowStock=false', ['Plenty']],
  ['filters.outOfStock=true', ['Out']],
  ['filters.lowStock=true&filters.outOfStock=false', ['Low']],
])('products %s', async (query, expected) => {
  expect(await titles('Product', query, 'title')).toEqual(expected);
});

test('the inventory list filters and sorts on available', async () => {
  const agent = await shop.login('WAREHOUSE');
  const res = await agent.get(`${ADMIN_PATH}/api/resources/InventoryItem/actions/list?filters.lowStock=true&sortBy=available&direction=asc`);
  expect(res.status).toBe(200);
  expect(res.body.records.map((r: { params: { available: number } }) => r.params.available)).toEqual([0, 4]);
});

test('customers: order counts leave cancelled orders out; returning and loyal filters', async () => {
  const counts = await shop.db.prisma.customer.findMany({ select: { email: true, ordersCount: true }, orderBy: { email: 'asc' } });
  expect(counts).toEqual([
    { email: 'ada@loyal.test', ordersCount: 3 },
    { email: 'bob@once.test', ordersCount: 1 },
    { email: 'cy@cancel.test', ordersCount: 1 },
  ]);
  expect(await titles('Customer', 'filters.returning=true', 'email')).toEqual(['ada@loyal.test']);
  expect(await titles('Customer', 'filters.returning=false', 'email')).toEqual(['bob@once.test', 'cy@cancel.test']);
  expect(await titles('Customer', 'filters.minOrders=3', 'email')).toEqual(['ada@loyal.test']);
  expect(await titles('Customer', 'filters.minOrders=4', 'email')).toEqual([]);
  expect(await titles('Customer', 'sortBy=ordersCount&direction=desc', 'email')).toHaveLength(3);
});

test('a recount from the orders gives the same figures', async () => {
  const before = await shop.db.prisma.customer.findMany({ select: { id: true, ordersCount: true }, orderBy: { id: 'asc' } });
  await shop.db.prisma.customer.updateMany({ data: { ordersCount: 0 } });
  await recountCustomerOrders(shop.db.prisma);
  expect(await shop.db.prisma.customer.findMany({ select: { id: true, ordersCount: true }, orderBy: { id: 'asc' } })).toEqual(before);
});

test('the loyal-customer filter exports the same customers', async () => {
  const agent = await shop.login('MANAGER');
  const res = await agent.get(`${ADMIN_PATH}/api/export/Customer.csv?filters.minOrders=2`).buffer(true);
  expect(res.status).toBe(200);
  expect(res.text).toContain('ada@loyal.test');
  expect(res.text).not.toContain('bob@once.test');
});

test('a form cannot write stock figures or order counts: the save is refused under those fields, nothing changes', async () => {
  const agent = await shop.login('MANAGER');
  const item = await agent
    .post(`${ADMIN_PATH}/api/resources/InventoryItem/records/${ids.lowItem}/edit`)
    .field('onHand', '999').field('committed', '0').field('available', '999').field('lowStockThreshold', '3');
  expect(Object.keys(item.body.record.errors).sort()).toEqual(['available', 'committed', 'onHand']);
  expect(await shop.db.prisma.inventoryItem.findUniqueOrThrow({ where: { id: ids.lowItem } })).toMatchObject({ onHand: 6, committed: 2, lowStockThreshold: 5 });
  const allowed = await agent.post(`${ADMIN_PATH}/api/resources/InventoryItem/records/${ids.lowItem}/edit`).field('lowStockThreshold', '3');
  expect(allowed.body.notice.type).toBe('success');
  expect(await shop.db.prisma.inventoryItem.findUniqueOrThrow({ where: { id: ids.lowItem } })).toMatchObject({ onHand: 6, committed: 2, lowStockThreshold: 3, lowStock: false });
  const customer = await agent.post(`${ADMIN_PATH}/api/resources/Customer/records/${ids.bob}/edit`).field('ordersCount', '50').field('note', 'VIP');
  expect(Object.keys(customer.body.record.errors)).toEqual(['ordersCount']);
  expect(await shop.db.prisma.customer.findUniqueOrThrow({ where: { id: ids.bob } })).toMatchObject({ ordersCount: 1 });
  expect((await shop.db.prisma.customer.findUniqueOrThrow({ where: { id: ids.bob } })).note).not.toBe('VIP');
});

test('a filter with a bad value is refused, not a server error', async () => {
  const agent = await shop.login('MANAGER');
  for (const query of ['filters.minOrders=lots', 'filters.lowStock=maybe']) {
    const resource = query.includes('minOrders') ? 'Customer' : 'Product';
    const res = await agent.get(`${ADMIN_PATH}/api/resources/${resource}/actions/list?${query}`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  }
});
