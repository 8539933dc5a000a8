// Lenient parsing wrote odd values: a count of [1], true, "0x2" or "1e0", ids nested in arrays or
// beyond 32 bits, tags given as an object, a filter on a field the list does not have. Each is a
// 422 that names what is wrong, on both databases, and the database is left exactly as it was.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { changedTables, dumpDatabase } from './support.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());

const bulk = (name: string) => `${ADMIN_PATH}/api/orders/bulk/${name}`;

test('the bulk route takes ids as whole numbers a 32-bit column holds, and tags as text', async () => {
  const { item } = await makeItem(shop.db, { onHand: 5 });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const owner = await shop.login('OWNER');
  const before = await dumpDatabase(shop.db);
  for (const orderIds of [[[order.id]], [true], ['0x2'], [`${order.id}e0`], [2_147_483_648], [order.id + 0.5], [-order.id], String(order.id), { 0: order.id }]) {
    const res = await owner.post(bulk('archive')).send({ orderIds });
    expect([JSON.stringify(orderIds), res.status]).toEqual([JSON.stringify(orderIds), 422]);
    expect(res.body.notice.message).toBe('Select between 1 and 50,000 orders (ids must be whole numbers).');
  }
  for (const tags of [{ a: 1 }, 5, [1, 2], [['gift']], true]) {
    const res = await owner.post(bulk('addTags')).send({ orderIds: [order.id], tags });
    expect([JSON.stringify(tags), res.status, res.body.notice.message]).toEqual([JSON.stringify(tags), 422, 'Tags are words separated by commas.']);
  }
  expect(changedTables(before, await dumpDatabase(shop.db))).toEqual([]);
  // Digits as text and a list of tags are what forms and scripts send: accepted.
  const ok = await owner.post(bulk('addTags')).send({ orderIds: [String(order.id)], tags: ['gift', 'vip'] });
  expect(ok.status).toBe(200);
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).tags).toBe('gift, vip');
});

test('a stock adjustment takes a whole number, not an array, a flag, hex or an exponent, and a known mode', async () => {
  const { item } = await makeItem(shop.db, { onHand: 7 });
  const warehouse = await shop.login('WAREHOUSE');
  const adjust = `${ADMIN_PATH}/api/resources/InventoryItem/records/${item.id}/adjustStock`;
  const before = await dumpDatabase(shop.db);
  for (const quantity of [[1], true, '0x2', '1e0', '', '2.5', ' ', '99999999999']) {
    const res = await warehouse.post(adjust).send({ mode: 'add', quantity });
    expect([JSON.stringify(quantity), res.status]).toEqual([JSON.stringify(quantity), 422]);
    expect(res.body.notice.message).toMatch(/^The quantity (must be a whole number|is too large)/);
  }
  const mode = await warehouse.post(adjust).send({ mode: 'delete', quantity: '3' });
  expect([mode.status, mode.body.notice.message]).toEqual([422, 'Choose how the stock changes: add or remove units, or set the counted quantity.']);
  expect(changedTables(before, await dumpDatabase(shop.db))).toEqual([]);
  const ok = await warehouse.post(adjust).type('form').send({ mode: 'set', quantity: '12', note: 'Count' });
  expect(ok.body.notice).toEqual({ type: 'success', message: 'Stock adjusted by +5; 12 on hand.' });
  // In French for a French warehouse worker.
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.WAREHOUSE.id }, data: { locale: 'fr' } });
  const french = await (await shop.login('WAREHOUSE')).post(adjust).send({ mode: 'add', quantity: '1e0' });
  expect(french.body.notice.message).toBe('La quantité doit être un nombre entier.');
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.WAREHOUSE.id }, data: { locale: 'en' } });
});

test('a list filter on a field the list does not have is a 422 naming it (it was a 500)', async () => {
  const owner = await shop.login('OWNER');
  for (const [resource, key] of [['Order', 'filters.doesNotExist'], ['StaffUser', 'filters.passwordHash'], ['Product', 'filters.nope.deeper']]) {
    const res = await owner.get(`${ADMIN_PATH}/api/resources/${resource}/actions/list`).query({ [key]: '1' });
    expect([resource, key, res.status]).toEqual([resource, key, 422]);
    expect(res.body.notice.message).toMatch(/^Filter ".+": this list has no such field\.$/);
  }
  const range = await owner.get(`${ADMIN_PATH}/api/resources/Order/actions/list`).query({ 'filters.totalCents~~nonsense': '1' });
  expect([range.status, range.body.notice.message]).toEqual([422, 'Filter "totalCents": give one value.']);
  const fine = await owner.get(`${ADMIN_PATH}/api/resources/Order/actions/list`).query({ 'filters.financialStatus': 'PAID' });
  expect(fine.status).toBe(200);
});

test('a refused generic form answers 422 with the message under its field, and saves nothing', async () => {
  const manager = await shop.login('MANAGER');
  const before = await dumpDatabase(shop.db);
  const res = await manager.post(`${ADMIN_PATH}/api/resources/Product/actions/new`).type('form').send({ title: 'Mug', priceCentsDecimal: 'ten' });
  expect(res.status).toBe(422);
  expect(Object.keys(res.body.record.errors).sort()).toEqual(['priceCents']);
  expect(res.body.notice.type).toBe('error');
  expect(changedTables(before, await dumpDatabase(shop.db))).toEqual([]);
});

// No state change on GET: a link someone was sent, an image tag on another page, a prefetch.
test('opening any action of any resource with GET changes nothing in the database', async () => {
  const { item } = await makeItem(shop.db, { onHand: 9 });
  await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { shippingCents: 300 });
  const owner = await shop.login('OWNER');
  const before = await dumpDatabase(shop.db);
  let sent = 0;
  for (const resource of shop.admin.resources) {
    const id = resource.id();
    const [row] = await resource.find({} as never, { limit: 1, sort: { sortBy: 'id', direction: 'desc' } });
    for (const action of Object.values(resource.decorate().actions)) {
      const type = (action as unknown as { action: { actionType: string } }).action.actionType;
      const path = type === 'record' ? (row ? `records/${row.id()}/${action.name}` : null)
        : type === 'bulk' ? (row ? `bulk/${action.name}?recordIds=${row.id()}` : null)
        : `actions/${action.name}`;
      if (!path) continue;
      const res = await owner.get(`${ADMIN_PATH}/api/resources/${id}/${path}`);
      expect([id, action.name, res.status < 500]).toEqual([id, action.name, true]);
      sent++;
    }
  }
  expect(sent).toBeGreaterThan(60);
  expect(changedTables(before, await dumpDatabase(shop.db))).toEqual([]);
});
