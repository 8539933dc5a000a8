// Order changes pressed many times at once: fulfilled once, scarce stock shipped once, line edits
// all counted, a draft completed into one order, a discount code never used past its limit.
import { placeOrder } from '../../src/services/orders/place.js';
import { Refused } from '../../src/services/errors.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { bulkAction, expectNoServerErrors, ledgerOf, recordAction, startRaceShop, succeeded, together, type Agent, type RaceShop } from './support.js';

let race: RaceShop;
let staff: Agent[];
beforeAll(async () => {
  race = await startRaceShop();
  staff = await race.agents('MANAGER', 5);
});
afterAll(() => race.stop());

test('ten simultaneous bulk fulfils of the same orders: each order fulfilled once', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 20 });
  const orders = [];
  for (let i = 0; i < 3; i++) orders.push(await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 2 }]));
  const ids = orders.map((o) => o.id);
  const answers = expectNoServerErrors(await together(staff, 10, (a, i) => a.post(bulkAction('fulfil', i % 2 ? ids : [...ids].reverse())).field('notifyCustomer', 'false')));
  expect(answers.every((r) => r.status === 200)).toBe(true);
  expect(answers.filter((r) => r.body.notice.message === '3 fulfilled')).toHaveLength(1);
  expect(await race.shop.db.prisma.fulfillment.count({ where: { orderId: { in: ids } } })).toBe(3);
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 14, committed: 0 });
});

test('twelve orders for 5 units, fulfilled one by one all at once: five ship, on-hand ends at 0', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 5 });
  const orders: Array<{ id: number }> = [];
  for (let i = 0; i < 12; i++) orders.push(await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 1 }]));
  const answers = expectNoServerErrors(await together(staff, orders.length, (a, i) => a.post(bulkAction('fulfil', [orders[i].id])).field('notifyCustomer', 'false')));
  expect(answers.filter((r) => r.body.notice?.message === '1 fulfilled')).toHaveLength(5);
  expect(await race.shop.db.prisma.fulfillment.count({ where: { orderId: { in: orders.map((o) => o.id) } } })).toBe(5);
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 0, committed: 7 });
});

test('six bulk fulfils of two orders each, sharing 5 units, all at once: five ship, the rest are skipped, not refused', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 5 });
  const orders: Array<{ id: number }> = [];
  for (let i = 0; i < 12; i++) orders.push(await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 1 }]));
  const answers = expectNoServerErrors(await together(staff, 6, (a, i) => a.post(bulkAction('fulfil', [orders[2 * i].id, orders[2 * i + 1].id])).field('notifyCustomer', 'false')));
  expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
  const shipped = answers.reduce((n, r) => n + Number(/^(\d+) fulfilled/.exec(r.body.notice.message)![1]), 0);
  expect(shipped).toBe(5);
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 0, committed: 7 });
});

test('ten simultaneous line edits adding one item each: every addition counted once, totals follow', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 50, priceCents: 1000 });
  const { item: extra } = await makeItem(race.shop.db, { onHand: 50, priceCents: 300 });
  const placed = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const answers = expectNoServerErrors(await together(staff, 10, (a) =>
    a.post(recordAction('Order', placed.id, 'editLines')).field('changes', '[]').field('add', JSON.stringify([{ inventoryItemId: extra.id, quantity: 1 }]))));
  expect(succeeded(answers)).toHaveLength(10);
  const lines = await race.shop.db.prisma.orderLine.findMany({ where: { orderId: placed.id } });
  expect(lines.reduce((n, l) => n + l.quantity, 0)).toBe(11);
  expect(await race.shop.db.prisma.order.findUniqueOrThrow({ where: { id: placed.id } })).toMatchObject({ subtotalCents: 4000, totalCents: 4000 });
  expect(await ledgerOf(race.shop.db, extra.id)).toEqual({ onHand: 50, committed: 10 });
});

test('ten simultaneous quantity edits of one line: the line ends at one of them, committed matches it', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 100, priceCents: 500 });
  const placed = await makeOrder(race.shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const line = await race.shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.id } });
  expectNoServerErrors(await together(staff, 10, (a, i) =>
    a.post(recordAction('Order', placed.id, 'editLines')).field('changes', JSON.stringify([{ orderLineId: line.id, quantity: 3 + i }]))));
  const after = await race.shop.db.prisma.orderLine.findUniqueOrThrow({ where: { id: line.id } });
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 100, committed: after.quantity });
  expect((await race.shop.db.prisma.order.findUniqueOrThrow({ where: { id: placed.id } })).subtotalCents).toBe(500 * after.quantity);
});

test('a draft completed ten times at once becomes one order', async () => {
  const { product, item } = await makeItem(race.shop.db, { onHand: 10, priceCents: 2000 });
  const draft = await race.shop.db.prisma.draftOrder.create({ data: { name: '#D777', email: 'race@example.test', lines: { create: [{ productId: product.id, title: product.title, unitPriceCents: 2000, quantity: 2 }] } } });
  const answers = expectNoServerErrors(await together(staff, 10, (a) => a.post(recordAction('DraftOrder', draft.id, 'complete')).field('markPaid', 'true')));
  expect(succeeded(answers)).toHaveLength(1);
  for (const r of answers.filter((x) => x.status !== 200)) expect(r.body.notice.message).toBe('Draft order #D777 is already completed.');
  expect(await race.shop.db.prisma.order.count({ where: { email: 'race@example.test' } })).toBe(1);
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 10, committed: 2 });
});

// No staff screen redeems a code (the storefront would): the service is raced directly.
test('a code limited to 3 uses, redeemed by twelve orders at once, is used 3 times', async () => {
  const { item } = await makeItem(race.shop.db, { onHand: 100, priceCents: 5000 });
  await race.shop.db.prisma.discountCode.create({ data: { code: 'RACE3', type: 'FIXED_AMOUNT', amountCents: 500, usageLimit: 3 } });
  const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) =>
    placeOrder(race.shop.db, { email: `code${i}@example.test`, lines: [{ inventoryItemId: item.id, quantity: 1 }], discountCode: 'race3' })));
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(refused.every((r) => r.reason instanceof Refused && r.reason.message === 'The code RACE3 has been used up.')).toBe(true);
  expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
  expect((await race.shop.db.prisma.discountCode.findUniqueOrThrow({ where: { code: 'RACE3' } })).usageCount).toBe(3);
  expect(await race.shop.db.prisma.order.count({ where: { discountCode: 'RACE3' } })).toBe(3);
  expect(await ledgerOf(race.shop.db, item.id)).toEqual({ onHand: 100, committed: 3 });
});
