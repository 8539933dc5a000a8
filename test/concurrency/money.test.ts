// Money pressed many times at once through HTTP: refunds never exceed what was captured, captures
// never exceed the authorization, a cancel happens once, and one idempotency key has one effect.
import { fulfilOrders } from '../../src/services/orders/fulfil.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { bulkAction, expectNoServerErrors, ledgerOf, moneyOf, recordAction, startRaceShop, succeeded, together, type Agent, type RaceShop } from './support.js';

let race: RaceShop;
let managers: Agent[];
beforeAll(async () => {
  race = await startRaceShop();
  managers = await race.agents('MANAGER', 5);
});
afterAll(() => race.stop());

const order = (id: number, name: string) => recordAction('Order', id, name);

test('ten simultaneous refunds of 2 units on a line of 5 (different keys): two pass, refunded ≤ captured', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 10, priceCents: 1000 });
  const placed = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 5 }]);
  await fulfilOrders(race.shop.db, { orderIds: [placed.id], mailMode: 'local' });
  const line = await race.shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.id } });
  const answers = expectNoServerErrors(await together(managers, 10, (a, i) =>
    a.post(order(placed.id, 'refund')).field('lines', JSON.stringify([{ orderLineId: line.id, quantity: 2 }])).field('restock', 'true').field('idempotencyKey', `r-${placed.id}-${i}`)));
  expect(succeeded(answers)).toHaveLength(2);
  expect(await moneyOf(race.shop.db, placed.id)).toEqual({ authorized: 5000, captured: 5000, refunded: 4000 });
  expect(await race.shop.db.prisma.orderLine.findUniqueOrThrow({ where: { id: line.id } })).toMatchObject({ refundedQuantity: 4, restockedQuantity: 4 });
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 9, committed: 0 });
});

test('ten simultaneous shipping refunds: the shipping is refunded once', async () => {
  const { item } = await makeItem(race.shop.db, { priceCents: 1000 });
  const placed = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { shippingCents: 500 });
  const answers = expectNoServerErrors(await together(managers, 10, (a) => a.post(order(placed.id, 'refund')).field('lines', '[]').field('shipping', '5')));
  expect(succeeded(answers)).toHaveLength(1);
  expect((await moneyOf(race.shop.db, placed.id)).refunded).toBe(500);
});

test('ten simultaneous refunds with one key: one refund, every answer the same', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 10, priceCents: 700 });
  const placed = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const line = await race.shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.id } });
  const answers = expectNoServerErrors(await together(managers, 10, (a) =>
    a.post(order(placed.id, 'refund')).field('lines', JSON.stringify([{ orderLineId: line.id, quantity: 2 }])).field('idempotencyKey', `same-${placed.id}`)));
  expect(succeeded(answers)).toHaveLength(10);
  expect(new Set(answers.map((r) => r.body.notice.message))).toEqual(new Set(['Refunded €14.00.']));
  expect(await race.shop.db.prisma.refund.count({ where: { orderId: placed.id } })).toBe(1);
  expect(await moneyOf(race.shop.db, placed.id)).toMatchObject({ captured: 1400, refunded: 1400 });
});

test('ten simultaneous partial captures of €30 on €100 authorized: three pass', async () => {
  const { item } = await makeItem(race.shop.db, { priceCents: 10_000 });
  const placed = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  const owners = await race.agents('OWNER', 3);
  const answers = expectNoServerErrors(await together(owners, 10, (a) => a.post(order(placed.id, 'capturePayment')).field('amount', '30')));
  expect(succeeded(answers)).toHaveLength(3);
  expect(await moneyOf(race.shop.db, placed.id)).toEqual({ authorized: 10_000, captured: 9_000, refunded: 0 });
});

test('ten simultaneous bulk captures, and a single capture with one key ten times: captured once each', async () => {
  const { item } = await makeItem(race.shop.db, { priceCents: 2_500 });
  const a = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  const b = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  const c = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  const owners = await race.agents('OWNER', 3);
  const bulk = expectNoServerErrors(await together(owners, 10, (x, i) => x.post(bulkAction('capture', i % 2 ? [a.id, b.id] : [b.id, a.id]))));
  expect(bulk.every((r) => r.status === 200)).toBe(true);
  for (const o of [a, b]) expect(await moneyOf(race.shop.db, o.id)).toEqual({ authorized: 2_500, captured: 2_500, refunded: 0 });
  const keyed = expectNoServerErrors(await together(owners, 10, (x) => x.post(order(c.id, 'capturePayment')).field('amount', '10').field('idempotencyKey', `cap-${c.id}`)));
  expect(succeeded(keyed)).toHaveLength(10);
  expect(await moneyOf(race.shop.db, c.id)).toEqual({ authorized: 2_500, captured: 1_000, refunded: 0 });
});

test('ten simultaneous cancels: cancelled once, refunded once, stock released once', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 10, priceCents: 1200 });
  const placed = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 3 }]);
  const answers = expectNoServerErrors(await together(managers, 10, (a) => a.post(order(placed.id, 'cancel')).field('reason', 'CUSTOMER').field('restock', 'true')));
  expect(succeeded(answers)).toHaveLength(1);
  for (const r of answers.filter((x) => x.status !== 200)) expect(r.body.notice.message).toBe(`${placed.name} is already cancelled.`);
  expect(await moneyOf(race.shop.db, placed.id)).toEqual({ authorized: 3600, captured: 3600, refunded: 3600 });
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 10, committed: 0 });
  expect(await race.shop.db.prisma.auditEvent.count({ where: { orderId: placed.id, action: 'order.cancelled' } })).toBe(1);
});

test('cancel, refund, capture, fulfil and edit of one order all at once: the ledgers still agree', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 20, priceCents: 1000 });
  const placed = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 4 }], { payment: 'authorize' });
  const line = await race.shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.id } });
  const owners = await race.agents('OWNER', 5);
  const sends = [
    (a: Agent) => a.post(order(placed.id, 'capturePayment')).field('amount', '20'),
    (a: Agent) => a.post(order(placed.id, 'refund')).field('lines', JSON.stringify([{ orderLineId: line.id, quantity: 1 }])).field('restock', 'true'),
    (a: Agent) => a.post(bulkAction('fulfil', [placed.id])),
    (a: Agent) => a.post(order(placed.id, 'editLines')).field('changes', JSON.stringify([{ orderLineId: line.id, quantity: 6 }])),
    (a: Agent) => a.post(order(placed.id, 'cancel')).field('reason', 'STAFF'),
  ];
  expectNoServerErrors(await together(owners, 20, (a, i) => sends[i % sends.length](a)), [200, 404, 409, 422]);
  await moneyOf(race.shop.db, placed.id);
  const { committed } = await ledgerOf(race.shop.db, item.id);
  const lines = await race.shop.db.prisma.orderLine.findMany({ where: { orderId: placed.id } });
  const open = lines.reduce((n, l) => n + l.quantity - l.fulfilledQuantity - l.removedQuantity, 0);
  expect(committed).toBe(open); // what the order still owes is exactly what stays reserved
  for (const l of lines) {
    expect(l.fulfilledQuantity + l.removedQuantity).toBeLessThanOrEqual(l.quantity);
    expect(l.refundedQuantity).toBeLessThanOrEqual(l.quantity);
  }
});
