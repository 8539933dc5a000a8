import { cancelOrder } from '../../../src/services/orders/cancel.js';
import { fulfilOrders } from '../../../src/services/orders/fulfil.js';
import { InvalidInput, Refused } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, makeOrder, stockOf } from '../../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const cancel = (orderId: number, extra: Record<string, unknown> = {}) => cancelOrder(db, { orderId, reason: 'customer', mailMode: 'local', ...extra });

test('cancelling a paid order refunds it and releases its stock', async () => {
  const { item } = await makeItem(db, { onHand: 5, priceCents: 1500 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 2 }], { shippingCents: 400 });
  const result = await cancel(order.id, { notifyCustomer: true });
  expect(result).toEqual({ orderId: order.id, refundedCents: 3400, voidedCents: 0, financialStatus: 'REFUNDED' });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 5, committed: 0 });
  const saved = await db.prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { events: true } });
  expect(saved).toMatchObject({ cancelReason: 'CUSTOMER', financialStatus: 'REFUNDED' });
  expect(saved.cancelledAt).not.toBeNull();
  expect(saved.events.map((e) => e.message)).toContain('Cancelled (customer) · restocked · refunded €34.00');
  expect(await db.prisma.mailMessage.count({ where: { orderId: order.id, kind: 'cancellation' } })).toBe(1);
  await expect(cancel(order.id)).rejects.toThrow('already cancelled');
  expect(await db.prisma.paymentTransaction.count({ where: { orderId: order.id, kind: 'REFUND' } })).toBe(1);
});

test('cancelling an authorized order voids the authorization', async () => {
  const { item } = await makeItem(db, { onHand: 5 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  const result = await cancel(order.id, { reason: 'FRAUD', restock: false });
  expect(result).toMatchObject({ voidedCents: 1000, refundedCents: 0, financialStatus: 'VOIDED' });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 4, committed: 0 }); // not restocked: written off
});

test('an order with shipped items cannot be cancelled; a bad reason is refused', async () => {
  const { item } = await makeItem(db, { onHand: 5 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }]);
  await expect(cancel(order.id, { reason: 'because' })).rejects.toThrow(InvalidInput);
  await fulfilOrders(db, { orderIds: [order.id], mailMode: 'local' });
  await expect(cancel(order.id)).rejects.toThrow(Refused);
  await expect(cancel(order.id)).rejects.toThrow('has shipped items');
  const saved = await db.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
  expect(saved.cancelledAt).toBeNull();
  expect(saved.financialStatus).toBe('PAID');
});

test('a cancelled order shows no balance due', async () => {
  const { orderDetails } = await import('../../../src/services/orders/details.js');
  const { item } = await makeItem(db, { onHand: 5 });
  const unpaid = await makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'none' });
  expect((await orderDetails(db.prisma, unpaid.id))!.payments.balanceCents).toBe(1000);
  await cancel(unpaid.id);
  expect((await orderDetails(db.prisma, unpaid.id))!.payments.balanceCents).toBe(0);
});
