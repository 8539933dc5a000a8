import { editOrderLines } from '../../../src/services/orders/edit.js';
import { duplicateOrder } from '../../../src/services/orders/duplicate.js';
import { fulfilOrders } from '../../../src/services/orders/fulfil.js';
import { InvalidInput, Refused } from '../../../src/services/errors.js';
import { orderDetails } from '../../../src/services/orders/details.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, makeOrder, stockOf } from '../../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

test('changing quantities and adding an item moves commitments and totals, and shows the balance', async () => {
  const mug = await makeItem(db, { title: 'Mug', priceCents: 1200, onHand: 10 });
  const tea = await makeItem(db, { title: 'Tea', priceCents: 800, onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: mug.item.id, quantity: 2 }], { shippingCents: 500 }); // paid €29
  const line = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });

  const grown = await editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: line.id, quantity: 3 }], add: [{ inventoryItemId: tea.item.id, quantity: 1 }] });
  expect(grown).toEqual({ orderId: order.id, totalCents: 3600 + 800 + 500, balanceCents: 2000 });
  expect(await stockOf(db, mug.item.id)).toEqual({ onHand: 10, committed: 3 });
  expect(await stockOf(db, tea.item.id)).toEqual({ onHand: 10, committed: 1 });
  const saved = await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
  expect(saved).toMatchObject({ subtotalCents: 4400, totalCents: 4900, financialStatus: 'PARTIALLY_PAID' });
  expect((await orderDetails(db.prisma, order.id))!.payments.balanceCents).toBe(2000);

  const shrunk = await editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: line.id, quantity: 1 }] });
  expect(shrunk.balanceCents).toBe(1200 + 800 + 500 - 2900); // refund owed €4.00
  expect(await stockOf(db, mug.item.id)).toEqual({ onHand: 10, committed: 1 });
  const events = await db.prisma.auditEvent.findMany({ where: { orderId: order.id, action: 'order.edited' }, orderBy: { id: 'asc' } });
  expect(events.map((e) => e.message)).toEqual([
    'Edited: Mug 2 → 3, added 1 × Tea · total €29.00 → €49.00 · balance due €20.00',
    'Edited: Mug 3 → 1 · total €49.00 → €25.00 · refund owed €4.00',
  ]);
});

test('shipped units set a floor; bad input and closed orders are refused, nothing changes', async () => {
  const { item } = await makeItem(db, { onHand: 10 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 2 }]);
  await fulfilOrders(db, { orderIds: [order.id], mailMode: 'local' });
  const line = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  await expect(editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: line.id, quantity: 1 }] })).rejects.toThrow('cannot go below 2');
  await expect(editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: line.id, quantity: -3 }] })).rejects.toThrow(InvalidInput);
  await expect(editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: line.id, quantity: 'lots' as never }] })).rejects.toThrow('Quantities must be whole numbers.');
  await expect(editOrderLines(db, { orderId: order.id, add: [{ inventoryItemId: 999_999, quantity: 1 }] })).rejects.toThrow('does not exist');
  await db.prisma.order.update({ where: { id: order.id }, data: { archivedAt: new Date() } });
  await expect(editOrderLines(db, { orderId: order.id, changes: [{ orderLineId: line.id, quantity: 3 }] })).rejects.toThrow(Refused);
  expect(await stockOf(db, item.id)).toEqual({ onHand: 8, committed: 0 });
  expect((await db.prisma.orderLine.findUniqueOrThrow({ where: { id: line.id } })).quantity).toBe(2);
});

test('duplicate makes a draft order with the same customer and lines, and leaves stock alone', async () => {
  const { item } = await makeItem(db, { priceCents: 700, onHand: 10 });
  const customer = await db.prisma.customer.create({ data: { firstName: 'Ada', lastName: 'L', email: `ada-${Date.now()}@example.test` } });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 3 }], { customerId: customer.id, email: customer.email, shippingCents: 300 });
  const draft = await duplicateOrder(db, { orderId: order.id });
  const saved = await db.prisma.draftOrder.findUniqueOrThrow({ where: { id: draft.id }, include: { lines: true } });
  expect(saved).toMatchObject({ status: 'OPEN', customerId: customer.id, email: customer.email, subtotalCents: 2100, totalCents: 2400, orderId: null });
  expect(saved.name).toMatch(/^#D\d+$/);
  expect(saved.lines).toEqual([expect.objectContaining({ productId: item.productId, quantity: 3, unitPriceCents: 700 })]);
  expect(await stockOf(db, item.id)).toEqual({ onHand: 10, committed: 3 });
  expect((await duplicateOrder(db, { orderId: order.id })).name).not.toBe(saved.name);
});
