import { refundOrder, type RefundInput } from '../../../src/services/orders/refund.js';
import { fulfilOrders } from '../../../src/services/orders/fulfil.js';
import { IdempotencyKeyReused, InvalidInput, NotFound, Refused } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, makeOrder, stockOf } from '../../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const refund = (input: Omit<RefundInput, 'mailMode'>) => refundOrder(db, { mailMode: 'local', ...input });

async function shippedOrder(opts: { quantity?: number; price?: number; shipping?: number } = {}) {
  const { item } = await makeItem(db, { onHand: 20, priceCents: opts.price ?? 1000 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: opts.quantity ?? 4 }], { shippingCents: opts.shipping ?? 500 });
  await fulfilOrders(db, { orderIds: [order.id], mailMode: 'local' });
  const line = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  return { item, order, line };
}

test('a partial refund with restock returns the units to stock once and is on the timeline', async () => {
  const { item, order, line } = await shippedOrder();
  expect(await stockOf(db, item.id)).toEqual({ onHand: 16, committed: 0 });
  const result = await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 2 }], restock: true, reason: 'Damaged', notifyCustomer: true });
  expect(result).toMatchObject({ amountCents: 2000, financialStatus: 'PARTIALLY_REFUNDED', restockedUnits: 2 });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 18, committed: 0 });
  const saved = await db.prisma.orderLine.findUniqueOrThrow({ where: { id: line.id } });
  expect(saved).toMatchObject({ refundedQuantity: 2, restockedQuantity: 2 });
  const event = await db.prisma.auditEvent.findFirstOrThrow({ where: { orderId: order.id, action: 'order.refunded' } });
  expect(event.message).toBe(`Refunded €20.00 (2 × ${line.title}) · restocked · Damaged`);
  expect(await db.prisma.mailMessage.count({ where: { orderId: order.id, kind: 'refund-confirmation' } })).toBe(1);

  // The rest and the shipping: fully refunded; no unit can be refunded twice.
  const rest = await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 2 }], shippingCents: 500 });
  expect(rest).toMatchObject({ amountCents: 2500, financialStatus: 'REFUNDED', restockedUnits: 0 });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 18, committed: 0 });
  await expect(refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })).rejects.toThrow('Only 0 units');
});

test('refunding unshipped units releases their commitment; without restock they are written off', async () => {
  const { item } = await makeItem(db, { onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 3 }]);
  const line = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }], restock: true });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 10, committed: 2 });
  await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }], restock: false });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 9, committed: 1 });
  // The one unit left still ships.
  await fulfilOrders(db, { orderIds: [order.id], mailMode: 'local' });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 8, committed: 0 });
  expect((await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).fulfillmentStatus).toBe('FULFILLED');
});

test('bad requests are refused with a message and change nothing', async () => {
  const { order, line } = await shippedOrder({ quantity: 2, shipping: 300 });
  const other = await shippedOrder();
  const unpaid = await makeOrder(db, [{ inventoryItemId: other.item.id, quantity: 1 }], { payment: 'authorize' });
  const unpaidLine = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: unpaid.id } });
  const cases: Array<[Omit<RefundInput, 'mailMode'>, unknown, RegExp]> = [
    [{ orderId: order.id, lines: [{ orderLineId: line.id, quantity: -1 }] }, InvalidInput, /cannot be negative/],
    [{ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 'two' as never }] }, InvalidInput, /must be a whole number/],
    [{ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1.5 }] }, InvalidInput, /whole number/],
    [{ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 3 }] }, InvalidInput, /Only 2 units/],
    [{ orderId: order.id, lines: [{ orderLineId: other.line.id, quantity: 1 }] }, InvalidInput, /is not part of order/],
    [{ orderId: order.id, shippingCents: 301 }, InvalidInput, /At most €3.00 of shipping/],
    [{ orderId: order.id, lines: [] }, InvalidInput, /at least one unit/],
    [{ orderId: 987654, shippingCents: 1 }, NotFound, /does not exist/],
    [{ orderId: unpaid.id, lines: [{ orderLineId: unpaidLine.id, quantity: 1 }] }, Refused, /€0.00 was captured/],
  ];
  for (const [input, type, message] of cases) {
    const attempt = refund(input);
    await expect(attempt).rejects.toThrow(type as never);
    await expect(refund(input)).rejects.toThrow(message);
  }
  expect(await db.prisma.refund.count({ where: { orderId: { in: [order.id, unpaid.id] } } })).toBe(0);
  expect((await db.prisma.orderLine.findUniqueOrThrow({ where: { id: line.id } })).refundedQuantity).toBe(0);
});

test('50 concurrent refunds never refund more than was captured', async () => {
  const { order } = await shippedOrder({ quantity: 10, price: 1000, shipping: 0 }); // €100 captured
  const line = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  const attempts = await Promise.allSettled(Array.from({ length: 50 }, () => refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })));
  expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(10);
  for (const a of attempts) if (a.status === 'rejected') expect(a.reason).toBeInstanceOf(InvalidInput);
  const refunded = await db.prisma.paymentTransaction.aggregate({ where: { orderId: order.id, kind: 'REFUND' }, _sum: { amountCents: true } });
  expect(refunded._sum.amountCents).toBe(10_000);
  expect((await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).financialStatus).toBe('REFUNDED');
});

test('the same idempotency key returns the first result and changes nothing; another request with it is refused', async () => {
  const { item, order, line } = await shippedOrder();
  const input = { orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }], restock: true, idempotencyKey: `refund-${order.id}` };
  const results = await Promise.all([refund(input), refund(input), refund(input)]);
  expect(new Set(results.map((r) => r.refundId)).size).toBe(1);
  expect(await db.prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
  expect(await stockOf(db, item.id)).toEqual({ onHand: 17, committed: 0 });
  await expect(refund({ ...input, lines: [{ orderLineId: line.id, quantity: 2 }] })).rejects.toThrow(IdempotencyKeyReused);
});
