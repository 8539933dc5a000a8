// The orders list: search by number, email or customer name; yes/no filters; and customer search.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

let shop: TestShop;
let names: Record<string, string>;
beforeAll(async () => {
  shop = await startTestShop();
  const { item } = await makeItem(shop.db);
  const ada = await shop.db.prisma.customer.create({ data: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@analytical.test' } });
  const bob = await shop.db.prisma.customer.create({ data: { firstName: 'Bob', lastName: 'Babbage', email: 'bob@engine.test' } });
  const a = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { customerId: ada.id, email: ada.email });
  const b = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { customerId: bob.id, email: bob.email, tags: 'wholesale' });
  await shop.db.prisma.order.update({ where: { id: b.id }, data: { archivedAt: new Date() } });
  names = { ada: a.name, bob: b.name };
});
afterAll(() => shop.stop());

async function list(query: string) {
  const agent = await shop.login('SUPPORT');
  const res = await agent.get(`${ADMIN_PATH}/api/resources/Order/actions/list?${query}`);
  expect(res.status).toBe(200);
  return res.body.records.map((r: { params: { name: string } }) => r.params.name).sort();
}

test.each([
  ['filters.search=LOVELACE', ['ada']],
  ['filters.search=ada%20love', ['ada']],
  ['filters.search=engine.test', ['bob']],
  ['filters.archived=true', ['bob']],
  ['filters.archived=false', ['ada']],
  ['filters.tags=wholesale', ['bob']],
  ['filters.search=nobody', []],
])('%s', async (query, who) => {
  expect(await list(query)).toEqual((who as string[]).map((w) => names[w]).sort());
});

test('searching by order number finds the order', async () => {
  expect(await list(`filters.search=${encodeURIComponent(names.bob)}`)).toEqual([names.bob]);
});

test("the customer picker searches names and emails", async () => {
  const agent = await shop.login('SUPPORT');
  const res = await agent.get(`${ADMIN_PATH}/api/resources/Customer/search/lovel`);
  expect(res.status).toBe(200);
  expect(res.body.records.map((r: { title: string }) => r.title)).toEqual(['Ada Lovelace']);
});

test("the customer page shows the customer's history", async () => {
  const agent = await shop.login('SUPPORT');
  const ada = await shop.db.prisma.customer.findUniqueOrThrow({ where: { email: 'ada@analytical.test' } });
  const res = await agent.get(`${ADMIN_PATH}/api/resources/Customer/records/${ada.id}/show`);
  expect(res.body.record.params).toMatchObject({ ordersCount: 1, totalSpentCents: 1000, averageOrderCents: 1000 });
  expect(res.body.record.params.firstOrderAt).toBeTruthy();
});
