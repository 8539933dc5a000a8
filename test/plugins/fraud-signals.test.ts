// Fraud signals: the rules on their own, the score written after an order is placed, the risk in the
// orders list, and the hold that Fulfil respects — over HTTP, checking the database after.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { assessRisk, type History, type OrderFacts } from '../../src/plugins-builtin/fraud-signals/rules.js';
import { fraudSignals } from '../../src/plugins-builtin/fraud-signals/index.js';

const quiet: History = { earlierOrdersFromEmail: 2, ordersFromEmail24h: 1, ordersToAddress24h: 1, emailsToAddress24h: 1, averageOrderCents: 5_000 };
const order: OrderFacts = { totalCents: 4_000, currency: 'EUR', email: 'ada@example.test', billingCountry: 'FR', shippingCountry: 'FR', shippingAddress: '1 rue Bleue, 75009' };

describe('rules', () => {
  test('an ordinary repeat order scores 0 with no reason', () => {
    expect(assessRisk(order, quiet)).toEqual({ score: 0, level: 'low', signals: [] });
  });

  test('billing and shipping countries differ (+30), case and spaces aside', () => {
    expect(assessRisk({ ...order, billingCountry: 'FR', shippingCountry: 'DE' }, quiet).signals.map((s) => `${s.reason} (+${s.points})`))
      .toEqual(['Billing country FR differs from shipping country DE (+30)']);
    expect(assessRisk({ ...order, billingCountry: 'fr ', shippingCountry: 'FR' }, quiet).score).toBe(0);
    expect(assessRisk({ ...order, billingCountry: null, shippingCountry: 'DE' }, quiet).score).toBe(0);
  });

  test("a first order at three times the shop's average or more (+25); not for a returning customer", () => {
    const first = { ...quiet, earlierOrdersFromEmail: 0 };
    expect(assessRisk({ ...order, totalCents: 14_999 }, first).score).toBe(0);
    const big = assessRisk({ ...order, totalCents: 15_000 }, first);
    expect(big.signals.map((s) => s.reason)).toEqual(["First order from ada@example.test, €150.00 is 3.0× the shop's average order (€50.00)"]);
    expect(big.score).toBe(25);
    expect(assessRisk({ ...order, totalCents: 15_000 }, quiet).score).toBe(0);
    // Without enough history, "unusually high" is a fixed €500.00.
    expect(assessRisk({ ...order, totalCents: 50_000 }, { ...first, averageOrderCents: null }).signals[0].reason).toBe('First order from ada@example.test, €500.00 is above €500.00');
  });

  test('many orders from one email in 24 hours: 20 points from the third, 10 more per order, at most 40', () => {
    expect(assessRisk(order, { ...quiet, ordersFromEmail24h: 2 }).score).toBe(0);
    expect(assessRisk(order, { ...quiet, ordersFromEmail24h: 3 }).signals[0]).toEqual({ rule: 'email-velocity', points: 20, reason: '3 orders from ada@example.test within 24 hours' });
    expect(assessRisk(order, { ...quiet, ordersFromEmail24h: 4 }).score).toBe(30);
    expect(assessRisk(order, { ...quiet, ordersFromEmail24h: 9 }).score).toBe(40);
  });

  test('many orders to one address from different emails (+25); one customer reordering is not a signal', () => {
    expect(assessRisk(order, { ...quiet, ordersToAddress24h: 3, emailsToAddress24h: 3 }).signals[0].reason).toBe('3 orders to 1 rue Bleue, 75009 within 24 hours, from 3 different emails');
    expect(assessRisk(order, { ...quiet, ordersToAddress24h: 3, emailsToAddress24h: 1 }).score).toBe(0);
  });

  test('signals add up, capped at 100; 30 is medium, 60 high', () => {
    const all = assessRisk({ ...order, shippingCountry: 'DE', totalCents: 90_000 }, { earlierOrdersFromEmail: 0, ordersFromEmail24h: 9, ordersToAddress24h: 9, emailsToAddress24h: 4, averageOrderCents: 5_000 });
    expect(all.signals.map((s) => s.points)).toEqual([30, 25, 40, 25]);
    expect(all).toMatchObject({ score: 100, level: 'high' });
    expect(assessRisk({ ...order, shippingCountry: 'DE' }, quiet).level).toBe('medium');
  });
});

describe('with the plugin', () => {
  let shop: TestShop;
  beforeAll(async () => {
    shop = await startTestShop({ plugins: [fraudSignals] });
  });
  afterAll(() => shop.stop());

  const bulk = (action: string, ids: number[]) => `${ADMIN_PATH}/api/resources/Order/bulk/${action}?recordIds=${ids.join(',')}`;
  const address = (country: string) => ({ name: 'Ada Lovelace', address1: '12 Ada Road', city: 'Berlin', zip: '10115', country });

  test('a new order is scored after it is placed, with its reasons, on the order and on its timeline', async () => {
    const { item } = await makeItem(shop.db);
    const placed = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { email: 'far@example.test', shippingAddress: address('DE'), billingAddress: address('FR') });
    await shop.events.idle();
    const row = await shop.db.prisma.order.findUniqueOrThrow({ where: { id: placed.id } });
    expect(row.riskScore).toBe(30);
    expect(row.riskReasons).toBe('Billing country FR differs from shipping country DE (+30)');
    const timeline = await shop.db.prisma.auditEvent.findMany({ where: { orderId: placed.id, action: 'order.risk_scored' } });
    expect(timeline.map((e) => e.message)).toEqual(['Fraud risk 30/100 (medium): Billing country FR differs from shipping country DE (+30)']);
  });

  test('the third order from one email within a day is flagged; the first two are not', async () => {
    const { item } = await makeItem(shop.db);
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push((await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { email: 'many@example.test' })).id);
    await shop.events.idle();
    const rows = await shop.db.prisma.order.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.riskScore)).toEqual([0, 0, 20]);
    expect(rows[2].riskReasons).toBe('3 orders from many@example.test within 24 hours (+20)');
  });

  test('the orders list carries the risk column', async () => {
    const support = await shop.login('SUPPORT');
    const res = await support.get(`${ADMIN_PATH}/api/resources/Order/actions/list`);
    expect(res.status).toBe(200);
    expect(res.body.records.some((r: { params: { riskScore?: number } }) => r.params.riskScore === 30)).toBe(true);
    const meta = await support.get(`${ADMIN_PATH}/api/resources/Order/actions/list`);
    expect(meta.body.records[0].params).toHaveProperty('riskReasons');
  });

  test('held orders are skipped by Fulfil with the reason; released, they ship', async () => {
    const { item } = await makeItem(shop.db, { onHand: 10 });
    const held = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
    const free = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
    const support = await shop.login('SUPPORT');
    const hold = await support.post(bulk('holdFulfilment', [held.id])).field('reason', '');
    expect(hold.body.notice).toEqual({ message: '1 put on hold', type: 'success' });
    expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: held.id } })).fulfilmentHold).toBe('fraud review');

    const warehouse = await shop.login('WAREHOUSE');
    expect((await warehouse.post(bulk('holdFulfilment', [free.id]))).status).toBe(403);
    const fulfil = await warehouse.post(bulk('fulfil', [held.id, free.id]));
    expect(fulfil.body.notice.message).toBe(`1 fulfilled; 1 skipped: ${held.name} on hold: fraud review`);
    expect(await shop.db.prisma.fulfillment.count({ where: { orderId: held.id } })).toBe(0);

    expect((await support.post(bulk('releaseHold', [held.id]))).status).toBe(403); // releasing is a manager's call
    const manager = await shop.login('MANAGER');
    expect((await manager.post(bulk('releaseHold', [held.id]))).body.notice.message).toBe('1 released');
    expect((await manager.post(bulk('releaseHold', [held.id]))).body.notice.message).toBe(`0 released; 1 skipped: ${held.name} not on hold`);
    expect((await warehouse.post(bulk('fulfil', [held.id]))).body.notice.message).toBe('1 fulfilled');
    const timeline = await shop.db.prisma.auditEvent.findMany({ where: { orderId: held.id, action: { in: ['order.held', 'order.hold_released'] } }, orderBy: { id: 'asc' } });
    expect(timeline.map((e) => e.message)).toEqual(['Fulfilment on hold: fraud review', 'Fulfilment hold released']);
  });

  test("the order's edit form cannot lift a hold or change the risk (only the hold actions and the plugin write them)", async () => {
    const { item } = await makeItem(shop.db);
    const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { email: 'edit@example.test' });
    await shop.events.idle();
    const support = await shop.login('SUPPORT');
    await support.post(bulk('holdFulfilment', [order.id])).field('reason', 'fraud review');
    const edit = await support.post(`${ADMIN_PATH}/api/resources/Order/records/${order.id}/edit`)
      .field('note', 'called the customer').field('fulfilmentHold', '').field('riskScore', '90').field('riskReasons', 'made up');
    expect(Object.keys(edit.body.record.errors).sort()).toEqual(['fulfilmentHold', 'riskReasons', 'riskScore']);
    const row = await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect([row.note, row.fulfilmentHold, row.riskScore]).toEqual([null, 'fraud review', 0]);
    expect(row.riskReasons).toBeNull();
    const scored = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { email: 'edit2@example.test', shippingAddress: address('DE'), billingAddress: address('FR') });
    await shop.events.idle();
    await support.post(`${ADMIN_PATH}/api/resources/Order/records/${scored.id}/edit`).field('riskScore', '0').field('riskReasons', '');
    expect(await shop.db.prisma.order.findUniqueOrThrow({ where: { id: scored.id } })).toMatchObject({ riskScore: 30, riskReasons: 'Billing country FR differs from shipping country DE (+30)' });
  });

  test('a fulfilled or cancelled order cannot be held; a held one is not held twice', async () => {
    const { item } = await makeItem(shop.db);
    const shipped = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
    const owner = await shop.login('OWNER');
    await owner.post(bulk('fulfil', [shipped.id]));
    const open = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
    expect((await owner.post(bulk('holdFulfilment', [open.id])).field('reason', 'customer asked to wait')).body.notice.message).toBe('1 put on hold');
    const again = await owner.post(bulk('holdFulfilment', [shipped.id, open.id])).field('reason', 'fraud review');
    expect(again.body.notice.message).toBe(`0 put on hold; 2 skipped: ${shipped.name} already fulfilled, ${open.name} already on hold: customer asked to wait`);
  });
});
