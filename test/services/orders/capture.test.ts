import { captureOrders, capturePayment } from '../../../src/services/orders/capture.js';
import { cancelOrder } from '../../../src/services/orders/cancel.js';
import { InvalidInput, Refused } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, makeOrder } from '../../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const captured = async (orderId: number) =>
  (await db.prisma.paymentTransaction.aggregate({ where: { orderId, kind: 'CAPTURE' }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;

test('partial captures never exceed the authorization; concurrent full captures capture once', async () => {
  const { item } = await makeItem(db, { priceCents: 10_000 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  expect(await capturePayment(db, { orderId: order.id, amountCents: 4_000 })).toMatchObject({ capturedCents: 4_000, financialStatus: 'PARTIALLY_PAID' });
  await expect(capturePayment(db, { orderId: order.id, amountCents: 6_001 })).rejects.toThrow('At most €60.00 can be captured');
  await expect(capturePayment(db, { orderId: order.id, amountCents: -5 })).rejects.toThrow(InvalidInput);
  await expect(capturePayment(db, { orderId: order.id, amountCents: 'abc' })).rejects.toThrow(InvalidInput);
  const attempts = await Promise.allSettled(Array.from({ length: 10 }, () => capturePayment(db, { orderId: order.id })));
  expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
  expect(await captured(order.id)).toBe(10_000);
  expect((await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).financialStatus).toBe('PAID');
});

test('the same key captures once and answers the same', async () => {
  const { item } = await makeItem(db, { priceCents: 5_000 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  const input = { orderId: order.id, amountCents: 1_000, idempotencyKey: `cap-${order.id}` };
  const [a, b] = await Promise.all([capturePayment(db, input), capturePayment(db, input)]);
  expect(a).toEqual(b);
  expect(await captured(order.id)).toBe(1_000);
});

test('bulk capture reports what it could not capture and why', async () => {
  const { item } = await makeItem(db, { priceCents: 2_000 });
  const ok = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  const unpaid = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'none' });
  const paid = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'sale' });
  const voided = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  await cancelOrder(db, { orderId: voided.id, reason: 'FRAUD', mailMode: 'local' });
  const result = await captureOrders(db, { orderIds: [ok.id, unpaid.id, paid.id, voided.id] });
  expect(result.done).toEqual([{ id: ok.id, name: ok.name }]);
  expect(result.skipped.map((s) => s.reason)).toEqual(['no authorized payment', 'already captured', 'cancelled']);
  await expect(capturePayment(db, { orderId: voided.id })).rejects.toThrow(Refused);
});
