// Order-level discounts and tax are shared out to the lines (largest remainder), and refunds give back what
// each line's units were paid — never a cent more or less (issue 14, #2, #4). Expected figures by hand.
import { refundOrder, type RefundInput } from '../../../src/services/orders/refund.js';
import { editOrderLines } from '../../../src/services/orders/edit.js';
import { completeDraftOrder } from '../../../src/services/drafts/complete.js';
import { shareOut, unitsRefund } from '../../../src/services/orders/allocate.js';
import { InvalidInput, Refused } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, makeOrder } from '../../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.prisma.discountCode.createMany({
    data: [
      { code: 'TENOFF', type: 'FIXED_AMOUNT', amountCents: 1000 },
      { code: 'TENPC', type: 'PERCENTAGE', percentage: 10 },
    ],
  });
});
afterAll(() => db.drop());

const refund = (input: Omit<RefundInput, 'mailMode'>) => refundOrder(db, { mailMode: 'local', ...input });
const linesOf = (orderId: number) => db.prisma.orderLine.findMany({ where: { orderId }, orderBy: { id: 'asc' } });

test('shareOut: largest remainder, exact sums', () => {
  expect(shareOut(1000, [1000, 1000, 1000])).toEqual([334, 333, 333]);
  expect(shareOut(1000, [1000, 2000])).toEqual([333, 667]);
  expect(shareOut(5, [0, 0])).toEqual([3, 2]);
  expect(shareOut(2 ** 31 - 1, [2 ** 31 - 1, 2 ** 31 - 1]).reduce((a, b) => a + b, 0)).toBe(2 ** 31 - 1);
});

test('a line\'s units refunded one at a time add up to what was paid for it', () => {
  const line = { unitPriceCents: 1000, quantity: 3, discountCents: 1000, taxCents: 0, refundedQuantity: 0 };
  const first = unitsRefund(line, 1, 0);
  const second = unitsRefund({ ...line, refundedQuantity: 1 }, 1, first);
  const third = unitsRefund({ ...line, refundedQuantity: 2 }, 1, first + second);
  expect([first, second, third]).toEqual([666, 667, 667]);
});

test('2 × €50 with a €10 code and €5 shipping: each unit gives back €45, then the shipping, then nothing', async () => {
  const { item } = await makeItem(db, { priceCents: 5000, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 2 }], { discountCode: 'TENOFF', shippingCents: 500 });
  expect(order).toMatchObject({ subtotalCents: 10000, discountCents: 1000, totalCents: 9500 });
  const [line] = await linesOf(order.id);
  expect(line).toMatchObject({ discountCents: 1000, orderDiscountCents: 1000 });
  expect((await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })).amountCents).toBe(4500);
  expect((await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })).amountCents).toBe(4500);
  expect(await refund({ orderId: order.id, shippingCents: 500 })).toMatchObject({ amountCents: 500, financialStatus: 'REFUNDED' });
  await expect(refund({ orderId: order.id, shippingCents: 1 })).rejects.toThrow(InvalidInput);
});

test('10 % on 2 × €20 and €5 shipping (€41 paid): both units give back €36, and the shipping €5 after', async () => {
  const { item } = await makeItem(db, { priceCents: 2000, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 2 }], { discountCode: 'TENPC', shippingCents: 500 });
  expect(order.totalCents).toBe(4100);
  const [line] = await linesOf(order.id);
  expect((await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 2 }] })).amountCents).toBe(3600);
  expect((await refund({ orderId: order.id, shippingCents: 500 })).amountCents).toBe(500);
});

test('a discount over three lines is shared out exactly, and so is the tax', async () => {
  const items = await Promise.all([1000, 1000, 1000].map((priceCents) => makeItem(db, { priceCents, onHand: 5 })));
  const order = await makeOrder(db, items.map(({ item }) => ({ inventoryItemId: item.id, quantity: 1 })), { discountCents: 1000, taxCents: 401 });
  const lines = await linesOf(order.id);
  expect(lines.map((l) => l.discountCents)).toEqual([334, 333, 333]);
  expect(lines.map((l) => l.taxCents)).toEqual([133, 134, 134]); // nets 666, 667, 667: 401 shared by them
  expect(order).toMatchObject({ subtotalCents: 3000, discountCents: 1000, taxCents: 401, totalCents: 2401 });
  let back = 0;
  for (const line of lines) back += (await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })).amountCents;
  expect(back).toBe(2401);
});

test('a line\'s own discount is shared per unit: three refunds of one unit give back the line\'s net', async () => {
  const { item } = await makeItem(db, { priceCents: 1000, onHand: 5 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 3, discountCents: 1000 }]);
  expect(order.totalCents).toBe(2000);
  const [line] = await linesOf(order.id);
  const amounts = [];
  for (let i = 0; i < 3; i++) amounts.push((await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }] })).amountCents);
  expect(amounts).toEqual([666, 667, 667]);
});

test('a discount bigger than the lines is refused, on placing and on completing a draft', async () => {
  const { item, product } = await makeItem(db, { priceCents: 1000, onHand: 5 });
  await expect(makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { discountCents: 50000 })).rejects.toThrow(InvalidInput);
  const draft = await db.prisma.draftOrder.create({
    data: { name: '#D-big', email: 'a@b.test', discountCents: 50000, lines: { create: [{ productId: product.id, title: product.title, unitPriceCents: 1000, quantity: 1 }] } },
  });
  const orders = await db.prisma.order.count();
  await expect(completeDraftOrder(db, { draftOrderId: draft.id, markPaid: true })).rejects.toThrow('The discount (€500.00) is more than the items cost (€10.00).');
  expect(await db.prisma.order.count()).toBe(orders);
  expect(await db.prisma.draftOrder.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: 'OPEN', totalCents: 0 });
  expect(await db.prisma.paymentTransaction.findMany({ where: { amountCents: { lt: 0 } } })).toEqual([]);
});

test('an edit shares the code\'s discount out again and taxes the lines at their rate', async () => {
  const a = await makeItem(db, { priceCents: 2000, onHand: 10 });
  const b = await makeItem(db, { priceCents: 1000, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: a.item.id, quantity: 2 }], { discountCode: 'TENPC', taxCents: 720 }); // 20 % of €36
  expect(order.totalCents).toBe(4000 - 400 + 720);
  const edited = await editOrderLines(db, { orderId: order.id, add: [{ inventoryItemId: b.item.id, quantity: 1 }] });
  const lines = await linesOf(order.id);
  expect(lines.map((l) => [l.discountCents, l.taxCents])).toEqual([[400, 720], [100, 180]]);
  expect(edited.totalCents).toBe(5000 - 500 + 900);
  const saved = await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
  expect(saved).toMatchObject({ subtotalCents: 5000, discountCents: 500, taxCents: 900, totalCents: 5400 });
});

test('an edit keeps a refunded line\'s share and shares the rest out to the others', async () => {
  const a = await makeItem(db, { priceCents: 1000, onHand: 10 });
  const b = await makeItem(db, { priceCents: 1000, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: a.item.id, quantity: 1 }, { inventoryItemId: b.item.id, quantity: 1 }], { discountCents: 1000 });
  const [first, second] = await linesOf(order.id);
  expect((await refund({ orderId: order.id, lines: [{ orderLineId: first.id, quantity: 1 }] })).amountCents).toBe(500);
  await editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: second.id, quantity: 3 }] });
  // the refunded line keeps its €5 share; the other line takes the other €5 over its three units
  expect((await linesOf(order.id)).map((l) => [l.quantity, l.discountCents])).toEqual([[1, 500], [3, 500]]);
  await expect(refund({ orderId: order.id, lines: [{ orderLineId: first.id, quantity: 1 }] })).rejects.toThrow(InvalidInput);
  // a line with a refund cannot be cut below what it gave back
  await expect(editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: first.id, quantity: 0 }] })).rejects.toThrow(InvalidInput);
  void Refused;
});

test('counts are read strictly: an array, a boolean, hex or an exponent is refused and nothing is refunded', async () => {
  const { item } = await makeItem(db, { priceCents: 1000, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 3 }], { shippingCents: 500 });
  const [line] = await linesOf(order.id);
  for (const quantity of [[1], true, '0x2', '1e0', 1.5, '', ' ']) {
    await expect(refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: quantity as never }] })).rejects.toThrow(InvalidInput);
  }
  await expect(refund({ orderId: order.id, lines: [{ orderLineId: [line.id] as never, quantity: 1 }] })).rejects.toThrow(InvalidInput);
  await expect(refund({ orderId: order.id, shippingCents: [100] as never })).rejects.toThrow(InvalidInput);
  await expect(editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: line.id, quantity: '0x2' as never }] })).rejects.toThrow(InvalidInput);
  await expect(editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: line.id, quantity: true as never }] })).rejects.toThrow(InvalidInput);
  expect(await db.prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
  expect((await linesOf(order.id))[0]).toMatchObject({ quantity: 3, refundedQuantity: 0 });
  expect((await refund({ orderId: order.id, lines: [{ orderLineId: line.id, quantity: '2' as never }] })).amountCents).toBe(2000);
});
