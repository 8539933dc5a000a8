// Parcels of one order pressed at once (on PostgreSQL on parallel connections): the last unit ships
// once, one unit on hand ships to one order, every parcel counted once in the lines and the stock.
import { makeItem, makeOrder } from '../support/fixtures.js';
import { expectNoServerErrors, ledgerOf, recordAction, startRaceShop, succeeded, together, type Agent, type RaceShop } from './support.js';

let race: RaceShop;
let staff: Agent[];
beforeAll(async () => {
  race = await startRaceShop();
  staff = await race.agents('MANAGER', 4);
});
afterAll(() => race.stop());

const parcel = (a: Agent, orderId: number, lineId: number, quantity: number, key: string) =>
  a.post(recordAction('Order', orderId, 'fulfilItems')).field('lines', JSON.stringify([{ orderLineId: lineId, quantity }])).field('notifyCustomer', 'false').field('idempotencyKey', key);

test('two staff ship the last unit of a line at the same moment: it ships once', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 10 });
  const order = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const line = await race.shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  expect((await parcel(staff[0], order.id, line.id, 1, `first-${order.id}`)).status).toBe(200);
  const answers = expectNoServerErrors(await together(staff, 2, (a, i) => parcel(a, order.id, line.id, 1, `last-${order.id}-${i}`)));
  expect(succeeded(answers)).toHaveLength(1);
  expect(answers.filter((r) => r.status !== 200).map((r) => [r.status, r.body.notice.message])).toEqual([[409, `${order.name} has nothing left to ship.`]]);
  expect(await race.shop.db.prisma.fulfillment.count({ where: { orderId: order.id } })).toBe(2);
  expect((await race.shop.db.prisma.orderLine.findUniqueOrThrow({ where: { id: line.id } })).fulfilledQuantity).toBe(2);
  expect((await race.shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).fulfillmentStatus).toBe('FULFILLED');
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 8, committed: 0 });
});

test('two orders want the last unit on hand, shipped from both pages at once: one ships, the other is told', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 1, sku: 'LAST-ONE' });
  const orders = [await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 1 }]), await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 1 }])];
  const lines = await Promise.all(orders.map((o) => race.shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: o.id } })));
  const answers = expectNoServerErrors(await together(staff, 2, (a, i) => parcel(a, orders[i].id, lines[i].id, 1, `stock-${orders[i].id}`)));
  expect(succeeded(answers)).toHaveLength(1);
  expect(answers.filter((r) => r.status === 409).map((r) => r.body.notice.message)).toEqual(['Not enough stock of LAST-ONE: 0 on hand.']);
  expect(await race.shop.db.prisma.fulfillment.count({ where: { orderId: { in: orders.map((o) => o.id) } } })).toBe(1);
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 0, committed: 1 });
});

test('ten parcels of one unit each of a ten-unit line, all at once: every one ships, exactly once', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 10 });
  const order = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 10 }]);
  const line = await race.shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  const answers = expectNoServerErrors(await together(staff, 10, (a, i) => parcel(a, order.id, line.id, 1, `ten-${order.id}-${i}`)));
  expect(succeeded(answers)).toHaveLength(10);
  expect(await race.shop.db.prisma.fulfillmentLine.count({ where: { orderLineId: line.id } })).toBe(10);
  expect((await race.shop.db.prisma.orderLine.findUniqueOrThrow({ where: { id: line.id } })).fulfilledQuantity).toBe(10);
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 0, committed: 0 });
});
