// 10,000 selected orders in one request: one transaction, batched statements, every order fulfilled once.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeManyOrders, stockOf } from '../support/fixtures.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());

test('a warehouse user fulfils 10,000 orders in one request', async () => {
  const { item } = await makeItem(shop.db, { onHand: 12_000 });
  const ids = await makeManyOrders(shop.db, 10_000, item.id);
  expect(await stockOf(shop.db, item.id)).toEqual({ onHand: 12_000, committed: 10_000 });
  const agent = await shop.login('WAREHOUSE');
  const res = await agent.post(`${ADMIN_PATH}/api/orders/bulk/fulfil`).send({ orderIds: ids, carrier: 'DPD', notifyCustomer: true });
  expect(res.status).toBe(200);
  expect(res.body.notice).toEqual({ message: '10000 fulfilled', type: 'success' });
  expect(await shop.db.prisma.order.count({ where: { fulfillmentStatus: 'FULFILLED' } })).toBe(10_000); // the shop holds only these orders
  expect(await shop.db.prisma.fulfillment.count()).toBe(10_000);
  expect(await shop.db.prisma.mailMessage.count({ where: { kind: 'shipping-confirmation' } })).toBe(10_000);
  expect(await stockOf(shop.db, item.id)).toEqual({ onHand: 2_000, committed: 0 });

  const support = await shop.login('SUPPORT');
  expect((await support.post(`${ADMIN_PATH}/api/orders/bulk/fulfil`).send({ orderIds: ids.slice(0, 5) })).status).toBe(403);
  expect((await support.post(`${ADMIN_PATH}/api/orders/bulk/addTags`).send({ orderIds: ids.slice(0, 5), tags: 'wave-1' })).body.notice.message).toBe('5 tagged');
  expect((await support.post(`${ADMIN_PATH}/api/orders/bulk/addTags`).send({ orderIds: 'all' })).status).toBe(422);
  expect((await support.post(`${ADMIN_PATH}/api/orders/bulk/nuke`).send({ orderIds: ids })).status).toBe(404);
});
