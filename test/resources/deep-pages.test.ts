// Far list pages read their ids first, then their rows: the same page as a plain OFFSET, in order.
import { DEEP_OFFSET } from '../../src/admin/counter-resource.js';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeManyOrders } from '../support/fixtures.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
  const { item } = await makeItem(shop.db, { onHand: 10 });
  await makeManyOrders(shop.db, DEEP_OFFSET + 60, item.id);
  // Totals repeat, so the sort by total has ties: the page must still be the database's own page.
  await shop.db.prisma.$executeRawUnsafe(`UPDATE "Order" SET "totalCents" = ("id" % 7) * 100`);
});
afterAll(() => shop.stop());

const pageIds = async (agent: Awaited<ReturnType<TestShop['login']>>, query: string) =>
  ((await agent.get(`${ADMIN_PATH}/api/resources/Order/actions/list?${query}`).expect(200)).body.records as Array<{ params: { id: number } }>).map((r) => Number(r.params.id));

test.each([
  ['createdAt', 'desc'],
  ['totalCents', 'asc'],
  ['name', 'desc'],
])('a far page sorted by %s %s is the one OFFSET gives', async (sortBy, direction) => {
  const agent = await shop.login('SUPPORT');
  const perPage = 25;
  const page = Math.floor(DEEP_OFFSET / perPage) + 2; // past the threshold
  const ids = await pageIds(agent, `page=${page}&perPage=${perPage}&sortBy=${sortBy}&direction=${direction}`);
  const expected = await shop.db.prisma.order.findMany({ orderBy: { [sortBy]: direction }, skip: (page - 1) * perPage, take: perPage, select: { id: true } });
  expect(ids).toHaveLength(perPage);
  expect(ids).toEqual(expected.map((o) => o.id));
  // and the near pages still answer the same way
  const first = await pageIds(agent, `page=1&perPage=${perPage}&sortBy=${sortBy}&direction=${direction}`);
  expect(first).toEqual((await shop.db.prisma.order.findMany({ orderBy: { [sortBy]: direction }, take: perPage, select: { id: true } })).map((o) => o.id));
});
