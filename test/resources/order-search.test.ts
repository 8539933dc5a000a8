// The orders list's search through its trigram index (services/export/order-search.ts): an order is
// found the moment it is placed or its email edited, `%` and `_` are plain characters, words too short
// for trigrams or in too many orders still find exactly the same orders, and the CSV export agrees.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { testProvider } from '../support/database.js';
import { MAX_IDS } from '../../src/services/export/order-search.js';
import { exportUrl, readCsv } from '../export/support.js';

let shop: TestShop;
let itemId: number;
beforeAll(async () => {
  shop = await startTestShop();
  itemId = (await makeItem(shop.db, { onHand: 10_000 })).item.id;
});
afterAll(() => shop.stop());

const place = (email: string, customerId?: number) => makeOrder(shop.db, [{ inventoryItemId: itemId, quantity: 1 }], { email, customerId });

async function search(text: string, perPage = 500): Promise<{ names: string[]; total: number }> {
  const agent = await shop.login('SUPPORT');
  const res = await agent.get(`${ADMIN_PATH}/api/resources/Order/actions/list`).query({ 'filters.search': text, perPage });
  expect(res.status).toBe(200);
  return { names: res.body.records.map((r: { params: { name: string } }) => r.params.name).sort(), total: res.body.meta.total };
}

async function exported(text: string): Promise<string[]> {
  const agent = await shop.login('SUPPORT');
  const { rows } = readCsv(await agent.get(exportUrl('Order', new URLSearchParams({ 'filters.search': text }).toString())));
  return [...new Set(rows.map((r) => r.Name))].sort();
}

test('an order is found as soon as it is placed, and by its new email as soon as that is edited', async () => {
  const order = await place('Quentin.Blake@Illustrators.test');
  expect((await search('quentin.blake')).names).toEqual([order.name]);
  expect((await search('ILLUSTRATORS')).names).toEqual([order.name]);

  const owner = await shop.login('OWNER');
  const edit = await owner.post(`${ADMIN_PATH}/api/resources/Order/records/${order.id}/edit`).field('email', 'roald.dahl@chocolate.test');
  expect(edit.body.notice.type).toBe('success');
  expect((await search('roald.dahl')).names).toEqual([order.name]);
  expect((await search('quentin.blake')).names).toEqual([]);
  expect(await exported('chocolate')).toEqual([order.name]);
});

test('% and _ are plain characters, in long and short words, in the list and the export', async () => {
  const underscore = await place('wild_card@percent.test');
  const percent = await place('wild%card@percent.test');
  await place('wildxcard@percent.test'); // what a LIKE wildcard would also match
  expect((await search('wild_card')).names).toEqual([underscore.name]);
  expect((await search('wild%card')).names).toEqual([percent.name]);
  expect((await search('d_')).names).toEqual([underscore.name]);
  expect((await search('%')).names).toEqual([percent.name]);
  expect(await exported('wild_card')).toEqual([underscore.name]);
  expect(await exported('d%c')).toEqual([percent.name]);
});

test('a word of two characters, a word in a customer name and several words still find exactly their orders', async () => {
  const ada = await shop.db.prisma.customer.create({ data: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@engine.test' } });
  const a = await place('qz@two.test', ada.id);
  const b = await place('other@two.test');
  expect((await search('qz')).names).toEqual([a.name]);
  expect((await search('QZ two.test')).names).toEqual([a.name]);
  expect((await search('lovelace')).names).toEqual([a.name]); // the customer's name, not the order's email
  expect((await search('ove two.test')).names).toEqual([a.name]);
  expect((await search('two.test')).names).toEqual([a.name, b.name].sort());
  expect((await search(a.name)).names).toEqual([a.name]);
  expect((await search(a.name.slice(1))).names).toContain(a.name);
});

test('a word in more orders than an id list holds is answered by the plain condition, with the same orders', async () => {
  const many = MAX_IDS + 5;
  const rows = Array.from({ length: many }, (_, i) => ({ number: 900_000 + i, name: `#${900_000 + i}`, email: `crowd${i}@many.test`, subtotalCents: 100, totalCents: 100 }));
  await shop.db.prisma.order.createMany({ data: rows });
  const zoe = await shop.db.prisma.customer.create({ data: { firstName: 'Zoe', lastName: 'Many.test', email: 'zoe@many-names.test' } });
  await place('zoe@elsewhere.test', zoe.id); // found by her name only
  const { names, total } = await search('many.test', 10);
  expect(total).toBe(20); // a searched list is not counted: this page, and a next one
  expect(names).toHaveLength(10);
  expect(await exported('many.test')).toHaveLength(many + 1);
  expect((await search('crowd1@many')).total).toBe(1);
});

test('a word with _ in more orders than an id list holds is still literal (through their few emails)', async () => {
  const many = MAX_IDS + 5;
  const rows = Array.from({ length: many }, (_, i) => ({ number: 950_000 + i, name: `#${950_000 + i}`, email: 'big_spender@loyal.test', subtotalCents: 100, totalCents: 100 }));
  await shop.db.prisma.order.createMany({ data: [...rows, { number: 960_000, name: '#960000', email: 'bigXspender@loyal.test', subtotalCents: 100, totalCents: 100 }] });
  expect(await exported('big_spender')).toHaveLength(many);
  expect(await exported('g_s')).toHaveLength(many);
});

test('the search index is there after the migrations (a later migration must keep it)', async () => {
  if (testProvider() === 'postgresql') {
    const rows = await shop.db.prisma.$queryRawUnsafe<Array<{ indexname: string }>>(`SELECT indexname::text AS indexname FROM pg_indexes WHERE indexname LIKE '%trgm_idx' ORDER BY indexname`);
    expect(rows.map((r) => r.indexname)).toEqual(['Customer_firstName_trgm_idx', 'Customer_lastName_trgm_idx', 'Order_email_trgm_idx', 'Order_name_trgm_idx']);
  } else {
    const rows = await shop.db.prisma.$queryRawUnsafe<Array<{ name: string }>>(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Order' AND name LIKE 'Order_search_%' ORDER BY name`);
    expect(rows.map((r) => r.name)).toEqual(['Order_search_delete', 'Order_search_insert', 'Order_search_update']);
    await shop.db.prisma.$executeRawUnsafe(`INSERT INTO "OrderSearch" ("OrderSearch") VALUES ('integrity-check')`);
  }
});

test('a searched list is not counted: its pager offers the next page while there is one; other filters count', async () => {
  const many = 60;
  const rows = Array.from({ length: many }, (_, i) => ({ number: 970_000 + i, name: `#${970_000 + i}`, email: `throng${i}@crowd.test`, subtotalCents: 100, totalCents: 100, tags: 'throng', createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000) }));
  await shop.db.prisma.order.createMany({ data: rows });
  const agent = await shop.login('SUPPORT');
  const page = async (n: number) => {
    const res = await agent.get(`${ADMIN_PATH}/api/resources/Order/actions/list`).query({ 'filters.search': 'throng', perPage: 25, page: n, sortBy: 'createdAt', direction: 'desc' });
    return { total: res.body.meta.total, names: res.body.records.map((r: { params: { name: string } }) => r.params.name) };
  };
  const first = await page(1);
  expect(first.total).toBe(50);
  expect(first.names.slice(0, 3)).toEqual([`#${970_000 + many - 1}`, `#${970_000 + many - 2}`, `#${970_000 + many - 3}`]);
  expect((await page(2)).total).toBe(75);
  const last = await page(3);
  expect([last.total, last.names.length]).toEqual([many, 10]); // the last page: the exact total
  expect(new Set([...first.names, ...(await page(2)).names, ...last.names]).size).toBe(many);
  const tagged = await agent.get(`${ADMIN_PATH}/api/resources/Order/actions/list`).query({ 'filters.tags': 'throng', perPage: 5 });
  expect(tagged.body.meta.total).toBe(many);
});

test('a word in many customers\' names finds their orders, the ones its emails do not hold too', async () => {
  const people = await shop.db.prisma.customer.createManyAndReturn({
    data: Array.from({ length: MAX_IDS + 5 }, (_, i) => ({ firstName: 'Quentin', lastName: `Namesake${i}`, email: `q${i}@namesakes.test` })),
    select: { id: true, lastName: true },
  });
  people.sort((a, b) => Number(a.lastName.slice(8)) - Number(b.lastName.slice(8)));
  const orders = people.map((p, i) => ({ number: 980_000 + i, name: `#${980_000 + i}`, email: `other${i}@elsewhere.test`, customerId: p.id, subtotalCents: 100, totalCents: 100 }));
  await shop.db.prisma.order.createMany({ data: orders });
  expect(await exported('namesake')).toHaveLength(MAX_IDS + 5);
  expect((await search('quentin namesake12', 50)).names).toEqual(['#980012', ...Array.from({ length: 10 }, (_, i) => `#${980_120 + i}`)].sort());
});
