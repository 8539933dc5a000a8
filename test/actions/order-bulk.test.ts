// The orders' bulk actions through HTTP with a logged-in session, checking the database after.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder, stockOf } from '../support/fixtures.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());

const bulk = (action: string, ids: number[]) => `${ADMIN_PATH}/api/resources/Order/bulk/${action}?recordIds=${ids.join(',')}`;

test('a manager fulfils two orders with a tracking number; the notice tells each one', async () => {
  const { item } = await makeItem(shop.db, { onHand: 10 });
  const a = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const b = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const manager = await shop.login('MANAGER');

  const form = await manager.get(bulk('fulfil', [a.id, b.id]));
  expect(form.status).toBe(200);
  expect(form.body.records.map((r: { params: { name: string } }) => r.params.name)).toEqual(expect.arrayContaining([a.name, b.name]));

  const res = await manager.post(bulk('fulfil', [a.id, b.id])).field('carrier', 'DHL').field('trackingNumber', 'JD0001');
  expect(res.status).toBe(200);
  expect(res.body.notice).toEqual({ message: '2 fulfilled', type: 'success' });
  const again = await manager.post(bulk('fulfil', [a.id, b.id]));
  expect(again.body.notice.message).toBe(`0 fulfilled; 2 skipped: ${a.name} already fulfilled, ${b.name} already fulfilled`);

  const fulfilments = await shop.db.prisma.fulfillment.findMany({ where: { orderId: { in: [a.id, b.id] } } });
  expect(fulfilments).toHaveLength(2);
  expect(fulfilments.every((f) => f.trackingNumber === 'JD0001' && f.staffUserId === shop.staff.MANAGER.id)).toBe(true);
  expect(await stockOf(shop.db, item.id)).toEqual({ onHand: 7, committed: 0 });
  expect(await shop.db.prisma.mailMessage.count({ where: { orderId: { in: [a.id, b.id] }, kind: 'shipping-confirmation' } })).toBe(2);
});

test('capture takes the authorized money once, however often it is pressed', async () => {
  const { item } = await makeItem(shop.db, { priceCents: 2500 });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }], { payment: 'authorize' });
  const owner = await shop.login('OWNER');
  const first = await owner.post(bulk('capture', [order.id]));
  expect(first.body.notice.message).toBe('1 captured');
  const second = await owner.post(bulk('capture', [order.id]));
  expect(second.body.notice.message).toBe(`0 captured; 1 skipped: ${order.name} already captured`);
  const captures = await shop.db.prisma.paymentTransaction.findMany({ where: { orderId: order.id, kind: 'CAPTURE' } });
  expect(captures.map((t) => t.amountCents)).toEqual([5000]);
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).financialStatus).toBe('PAID');
});

test('tags and archive: added, removed, reported', async () => {
  const { item } = await makeItem(shop.db);
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { tags: 'gift' });
  const support = await shop.login('SUPPORT');
  expect((await support.post(bulk('addTags', [order.id])).field('tags', 'Gift, priority , vip')).body.notice.message).toBe('1 tagged');
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).tags).toBe('gift, priority, vip');
  expect((await support.post(bulk('removeTags', [order.id])).field('tags', 'PRIORITY')).body.notice.message).toBe('1 untagged');
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).tags).toBe('gift, vip');

  const empty = await support.post(bulk('addTags', [order.id])).field('tags', ' , ');
  expect(empty.status).toBe(422);
  expect(empty.body.notice).toEqual({ message: 'Type at least one tag (separate several with commas).', type: 'error' });

  expect((await support.post(bulk('archive', [order.id]))).body.notice.message).toBe('1 archived');
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).archivedAt).not.toBeNull();
  expect((await support.post(bulk('unarchive', [order.id]))).body.notice.message).toBe('1 unarchived');
  const events = await shop.db.prisma.auditEvent.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
  expect(events.map((e) => e.message)).toEqual(['Order ' + order.name + ' placed', 'Added tags: Gift, priority, vip', 'Removed tags: PRIORITY', 'Archived', 'Unarchived']);
});

test.each([
  ['WAREHOUSE', 'fulfil', 200],
  ['WAREHOUSE', 'capture', 403],
  ['WAREHOUSE', 'addTags', 403],
  ['SUPPORT', 'capture', 403],
  ['SUPPORT', 'fulfil', 403],
  ['SUPPORT', 'archive', 200],
  ['MANAGER', 'capture', 200],
] as const)('%s → %s answers %i', async (role, action, status) => {
  const { item } = await makeItem(shop.db);
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  const agent = await shop.login(role);
  const res = await agent.post(bulk(action, [order.id])).field('tags', 'x');
  expect(res.status).toBe(status);
  const after = await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
  if (status === 403) expect(after).toMatchObject({ fulfillmentStatus: 'UNFULFILLED', financialStatus: 'AUTHORIZED', archivedAt: null, tags: '' });
});
