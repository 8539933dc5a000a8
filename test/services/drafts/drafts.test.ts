import { completeDraftOrder } from '../../../src/services/drafts/complete.js';
import { sendDraftInvoice } from '../../../src/services/drafts/invoice.js';
import { InvalidInput, Refused } from '../../../src/services/errors.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, stockOf } from '../../support/fixtures.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

let n = 0;
async function draftWith(lines: Array<{ productId: number; quantity: number; unitPriceCents: number; title: string }>, extra = {}) {
  return db.prisma.draftOrder.create({ data: { name: `#D${++n}`, email: 'phone@example.test', shippingCents: 500, lines: { create: lines }, ...extra } });
}

test('completing turns the draft into an order once: number, stock commitment, payment', async () => {
  const { product, item } = await makeItem(db, { title: 'Vase', priceCents: 3000, onHand: 5 });
  const draft = await draftWith([{ productId: product.id, quantity: 2, unitPriceCents: 2800, title: 'Vase' }]);
  expect(await stockOf(db, item.id)).toEqual({ onHand: 5, committed: 0 }); // a draft reserves nothing

  const attempts = await Promise.allSettled([completeDraftOrder(db, { draftOrderId: draft.id, markPaid: true }), completeDraftOrder(db, { draftOrderId: draft.id, markPaid: true })]);
  expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
  const rejected = attempts.find((a) => a.status === 'rejected') as PromiseRejectedResult;
  expect(rejected.reason).toBeInstanceOf(Refused);
  const order = (attempts.find((a) => a.status === 'fulfilled') as PromiseFulfilledResult<{ id: number; name: string }>).value;

  const saved = await db.prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { lines: true } });
  expect(saved).toMatchObject({ subtotalCents: 5600, shippingCents: 500, totalCents: 6100, financialStatus: 'PAID', email: 'phone@example.test' });
  expect(saved.lines[0]).toMatchObject({ unitPriceCents: 2800, quantity: 2, inventoryItemId: item.id });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 5, committed: 2 });
  expect(await db.prisma.draftOrder.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ status: 'COMPLETED', orderId: order.id });
  expect(await db.prisma.order.count({ where: { email: 'phone@example.test' } })).toBe(1);
});

test('the invoice carries the amount due; drafts without items or email are refused', async () => {
  const { product } = await makeItem(db, { priceCents: 1000 });
  const draft = await draftWith([{ productId: product.id, quantity: 3, unitPriceCents: 1000, title: 'Candle' }]);
  expect(await sendDraftInvoice(db, { draftOrderId: draft.id, mailMode: 'local' })).toEqual({ to: 'phone@example.test', totalCents: 3500 });
  const mail = await db.prisma.mailMessage.findFirstOrThrow({ where: { kind: 'draft-invoice', subject: { contains: draft.name } } });
  expect(mail.subject).toBe(`Invoice ${draft.name}: €35.00 due`);
  expect(mail.text).toContain('3 × Candle');
  expect((await db.prisma.draftOrder.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('INVOICE_SENT');

  const empty = await draftWith([]);
  await expect(completeDraftOrder(db, { draftOrderId: empty.id })).rejects.toThrow('has no items');
  const anonymous = await draftWith([{ productId: product.id, quantity: 1, unitPriceCents: 1000, title: 'Candle' }], { email: null });
  await expect(sendDraftInvoice(db, { draftOrderId: anonymous.id, mailMode: 'local' })).rejects.toThrow(InvalidInput);
  await expect(completeDraftOrder(db, { draftOrderId: 'x' })).rejects.toThrow(InvalidInput);
});

test('orders placed at the same instant get distinct numbers', async () => {
  const { makeOrder } = await import('../../support/fixtures.js');
  const { item } = await makeItem(db, { onHand: 100 });
  const orders = await Promise.all(Array.from({ length: 8 }, () => makeOrder(db, [{ inventoryItemId: item.id, quantity: 1 }])));
  expect(new Set(orders.map((o) => o.number)).size).toBe(8);
});
