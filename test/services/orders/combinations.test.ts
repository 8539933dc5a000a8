// Rules that meet: refunds after a partial capture, a cancel after a partial refund, edits below what
// was refunded, one refund of shipped and unshipped units, archived orders, drafts that would go negative.
// Every expected figure is worked out by hand in the comment beside it.
import { refundOrder, type RefundInput } from '../../../src/services/orders/refund.js';
import { capturePayment } from '../../../src/services/orders/capture.js';
import { cancelOrder } from '../../../src/services/orders/cancel.js';
import { editOrderLines } from '../../../src/services/orders/edit.js';
import { fulfilOrders } from '../../../src/services/orders/fulfil.js';
import { setArchived } from '../../../src/services/orders/archive.js';
import { completeDraftOrder } from '../../../src/services/drafts/complete.js';
import { InvalidInput, Refused, ShopError } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, makeOrder, stockOf } from '../../support/fixtures.js';
import { makeDiscountCode, orderSnapshot, paymentsOf } from '../../support/ledgers.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const refund = (input: Omit<RefundInput, 'mailMode'>) => refundOrder(db, { mailMode: 'local', ...input });
const linesOf = (orderId: number) => db.prisma.orderLine.findMany({ where: { orderId }, orderBy: { id: 'asc' } });

/** The call is refused with `type` and the order (its lines, payments, refunds, stock) is exactly as before. */
async function refusedUnchanged(orderId: number, call: () => Promise<unknown>, type: typeof ShopError) {
  const before = await orderSnapshot(db, orderId);
  await expect(call()).rejects.toBeInstanceOf(type);
  expect(await orderSnapshot(db, orderId)).toBe(before);
}

test('after a partial capture a refund is bounded by captured − refunded, not by the order total', async () => {
  // €39 + 2 × €30 + €1 shipping = €100 authorized; €30 captured.
  const { item: a } = await makeItem(db, { priceCents: 3900 });
  const { item: b } = await makeItem(db, { priceCents: 3000 });
  const order = await makeOrder(db, [{ inventoryItemId: a.id, quantity: 1 }, { inventoryItemId: b.id, quantity: 2 }], { payment: 'authorize', shippingCents: 100 });
  expect(order.totalCents).toBe(10_000);
  await capturePayment(db, { orderId: order.id, amountCents: 3000 });
  const [lineA, lineB] = await linesOf(order.id);

  // €39 of goods > €30 captured: refused, nothing written.
  await refusedUnchanged(order.id, () => refund({ orderId: order.id, lines: [{ orderLineId: lineA.id, quantity: 1 }] }), Refused);
  // One €30 unit: exactly what was captured.
  expect(await refund({ orderId: order.id, lines: [{ orderLineId: lineB.id, quantity: 1 }] })).toMatchObject({ amountCents: 3000 });
  // Now captured − refunded = 0: not one more cent (of shipping, which is still refundable as shipping).
  await refusedUnchanged(order.id, () => refund({ orderId: order.id, shippingCents: 1 }), Refused);
  expect(await paymentsOf(db, order.id)).toEqual({ authorized: 10_000, captured: 3000, refunded: 3000, voided: 0 });
});

test('a cancel after a partial refund refunds only what is still captured and voids the uncaptured rest', async () => {
  // 4 × €25 = €100 authorized, €60 captured, one unit (€25) refunded before shipping.
  const { item } = await makeItem(db, { priceCents: 2500, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 4 }], { payment: 'authorize' });
  await capturePayment(db, { orderId: order.id, amountCents: 6000 });
  const [line] = await linesOf(order.id);
  await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }], restock: true });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 10, committed: 3 });

  // Still captured: €60 − €25 = €35, refunded; the €40 never captured is voided.
  const result = await cancelOrder(db, { orderId: order.id, reason: 'customer', restock: true, mailMode: 'local' });
  expect(result).toMatchObject({ refundedCents: 3500, voidedCents: 4000 });
  expect(await paymentsOf(db, order.id)).toEqual({ authorized: 10_000, captured: 6000, refunded: 6000, voided: 4000 });
  expect((await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).financialStatus).toBe('REFUNDED');
  expect(await stockOf(db, item.id)).toEqual({ onHand: 10, committed: 0 });
  await expect(capturePayment(db, { orderId: order.id })).rejects.toBeInstanceOf(Refused);
});

test('an edit below what was already shipped, refunded or removed is refused and changes nothing', async () => {
  // A: 2 shipped, then 1 of them refunded. B: added after shipping, 3 units, 1 refunded before shipping (removed).
  const { item: a } = await makeItem(db, { priceCents: 1000, onHand: 10 });
  const { item: b } = await makeItem(db, { priceCents: 700, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: a.id, quantity: 2 }]);
  await fulfilOrders(db, { orderIds: [order.id], mailMode: 'local' });
  await editOrderLines(db, { orderId: order.id, add: [{ inventoryItemId: b.id, quantity: 3 }] });
  const [lineA, lineB] = await linesOf(order.id);
  await refund({ orderId: order.id, lines: [{ orderLineId: lineA.id, quantity: 1 }, { orderLineId: lineB.id, quantity: 1 }] });

  for (const quantity of [1, 0]) {
    await refusedUnchanged(order.id, () => editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: lineA.id, quantity }] }), InvalidInput);
  }
  await refusedUnchanged(order.id, () => editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: lineB.id, quantity: 0 }] }), InvalidInput);
  // B down to its one removed unit is allowed (1 = the floor, not below it).
  await editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: lineB.id, quantity: 1 }] });
  // B: 3 committed; the refunded unshipped unit (no restock) is written off (on hand 10 → 9, committed 3 → 2); 3 → 1 releases 2.
  expect(await stockOf(db, b.id)).toEqual({ onHand: 9, committed: 0 });
});

test('one restocking refund of shipped and unshipped units: unshipped leave the commitment, shipped return on hand', async () => {
  // 3 × €12 paid and shipped (on hand 10 → 7), then the line goes 3 → 5: 2 unshipped units committed.
  const { item } = await makeItem(db, { priceCents: 1200, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 3 }], { payment: 'sale' });
  await fulfilOrders(db, { orderIds: [order.id], mailMode: 'local' });
  const [line] = await linesOf(order.id);
  await editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: line.id, quantity: 5 }] });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 7, committed: 2 });

  // Refund 3 units with restock: the 2 unshipped (n = 2) and 1 shipped (m = 1); 3 × €12 = €36 = what was captured.
  expect(await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 3 }], restock: true })).toMatchObject({ amountCents: 3600, restockedUnits: 3 });
  // committed 2 − 2 = 0; on hand 7 + 1 = 8 (the unshipped units never left); stockOf checks both equal Σ movements.
  expect(await stockOf(db, item.id)).toEqual({ onHand: 8, committed: 0 });
  expect(await db.prisma.orderLine.findUniqueOrThrow({ where: { id: line.id } })).toMatchObject({ quantity: 5, fulfilledQuantity: 3, refundedQuantity: 3, removedQuantity: 2, restockedQuantity: 3 });
  const moves = await db.prisma.stockMovement.findMany({ where: { orderId: order.id, reason: 'REFUND_RESTOCK' } });
  expect(moves.reduce((n, m) => n + m.onHandDelta, 0)).toBe(1);
  expect(moves.reduce((n, m) => n + m.committedDelta, 0)).toBe(-2);
});

test('fulfilling an archived order is skipped with the reason, and ships nothing', async () => {
  const { item } = await makeItem(db, { onHand: 5 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 2 }]);
  await setArchived(db, { orderIds: [order.id], archived: true });
  const before = await orderSnapshot(db, order.id);
  const result = await fulfilOrders(db, { orderIds: [order.id], mailMode: 'local' });
  expect(result).toEqual({ done: [], skipped: [{ id: order.id, name: order.name, reason: 'archived' }] });
  expect(await orderSnapshot(db, order.id)).toBe(before);
  expect(await stockOf(db, item.id)).toEqual({ onHand: 5, committed: 2 });
});

test('a draft whose discount is bigger than its lines does not complete into a negative order', async () => {
  const { product } = await makeItem(db, { priceCents: 1000, onHand: 5 });
  const draft = await db.prisma.draftOrder.create({
    data: { name: `#D-neg-${product.id}`, email: 'buyer@example.test', discountCents: 50_000, lines: { create: [{ productId: product.id, title: 'Cup', unitPriceCents: 1000, quantity: 1 }] } },
  });
  const orders = await db.prisma.order.count();
  await expect(completeDraftOrder(db, { draftOrderId: draft.id, markPaid: true })).rejects.toBeInstanceOf(ShopError);
  expect(await db.prisma.order.count()).toBe(orders);
  expect(await db.prisma.order.count({ where: { totalCents: { lt: 0 } } })).toBe(0);
  expect((await db.prisma.draftOrder.findUniqueOrThrow({ where: { id: draft.id } })).status).not.toBe('COMPLETED');
});

// A line's own discount and the order's code are shared out per unit (DOMAIN.md "Money"): unit refunds add up to the line's net amount.
test('a line\'s own discount and tax are shared per unit: refunding units one at a time adds up to the line\'s net amount', async () => {
  // Placing cannot give a line its own discount yet: the rows are set directly. 3 × €10 − €10 discount + €5 tax = €25.00,
  // which 3 units do not divide evenly (833.33…): the three refunds are 833 or 834 cents and add up to 2500 exactly.
  const { item } = await makeItem(db, { priceCents: 1000, onHand: 10 });
  const placed = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 3 }], { payment: 'sale' });
  const [line] = await linesOf(placed.id);
  await db.prisma.orderLine.update({ where: { id: line.id }, data: { discountCents: 1000, taxCents: 500 } });
  await db.prisma.order.update({ where: { id: placed.id }, data: { subtotalCents: 2000, taxCents: 500, totalCents: 2500 } });
  await db.prisma.paymentTransaction.updateMany({ where: { orderId: placed.id }, data: { amountCents: 2500 } });

  const amounts: number[] = [];
  for (let i = 0; i < 3; i++) amounts.push((await refund({ orderId: placed.id, lines: [{ orderLineId: line.id, quantity: 1 }] })).amountCents);
  expect(amounts.reduce((n, a) => n + a, 0)).toBe(2500);
  for (const a of amounts) expect([833, 834]).toContain(a);
  const refundLines = await db.prisma.refundLine.aggregate({ where: { orderLineId: line.id }, _sum: { amountCents: true, quantity: true } });
  expect(refundLines._sum).toEqual({ amountCents: 2500, quantity: 3 });
  await refusedUnchanged(placed.id, () => refund({ orderId: placed.id, lines: [{ orderLineId: line.id, quantity: 1 }] }), InvalidInput);
});

test('a fixed code is shared out to the lines: 2 × €50 − €10 + €5 shipping; each unit gives back €45, then the shipping', async () => {
  const code = await makeDiscountCode(db, { amountCents: 1000 });
  const { item } = await makeItem(db, { priceCents: 5000, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 2 }], { discountCode: code.code, shippingCents: 500 });
  expect(await paymentsOf(db, order.id)).toMatchObject({ captured: 9500 }); // €100 − €10 + €5
  const [line] = await linesOf(order.id);
  // Each unit: €50 − half of €10 = €45.00.
  expect((await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })).amountCents).toBe(4500);
  expect((await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })).amountCents).toBe(4500);
  expect((await refund({ orderId: order.id, shippingCents: 500 })).amountCents).toBe(500);
  // €45 + €45 + €5 = €95 = everything paid: nothing more to refund.
  await refusedUnchanged(order.id, () => refund({ orderId: order.id, shippingCents: 1 }), InvalidInput);
  expect(await paymentsOf(db, order.id)).toMatchObject({ captured: 9500, refunded: 9500 });
});

test('a 10 % code on 2 × €20 + €5 shipping (€41 paid): both units give back €36, then the €5 shipping passes', async () => {
  const code = await makeDiscountCode(db, { percentage: 10 });
  const { item } = await makeItem(db, { priceCents: 2000, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 2 }], { discountCode: code.code, shippingCents: 500 });
  expect(await paymentsOf(db, order.id)).toMatchObject({ captured: 4100 }); // €40 − €4 + €5
  const [line] = await linesOf(order.id);
  expect((await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 2 }] })).amountCents).toBe(3600); // 2 × (€20 − €2)
  expect((await refund({ orderId: order.id, shippingCents: 500 })).amountCents).toBe(500);
  expect(await paymentsOf(db, order.id)).toMatchObject({ captured: 4100, refunded: 4100 });
});
