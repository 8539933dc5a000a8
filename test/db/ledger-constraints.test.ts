// The database's own ledger rules (migration *_ledger_constraints): a raw write that breaks one is
// refused on both databases, naming its ledger_* rule; a valid write next to it passes.
import { readdirSync, readFileSync } from 'node:fs';
import { ledgerRule } from '../../src/actions/run-service.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { makeItem, makeOrder, stockOf } from '../support/fixtures.js';
import { ADMIN_PATH, startTestShop } from '../support/app.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

/** A write that breaks two rules at once may be refused by either (the databases check in their own order). */
async function refusedBy(rule: string | string[], write: () => Promise<unknown>) {
  const error = await write().then(() => null, (e: unknown) => e);
  expect([rule].flat()).toContain(error === null ? 'accepted' : ledgerRule(error));
}

async function paidOrder(quantity = 2, opts: Parameters<typeof makeOrder>[2] = {}) {
  const { item } = await makeItem(db, { onHand: 10, priceCents: 1000 });
  const order = await makeOrder(db, [{ inventoryItemId: item.id, quantity }], opts);
  const line = await db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  return { item, order, line };
}

test('order and draft amounts are never negative', async () => {
  const { order } = await paidOrder();
  for (const column of ['subtotalCents', 'discountCents', 'shippingCents', 'taxCents', 'totalCents']) {
    await refusedBy('ledger_order_amounts', () => db.prisma.order.update({ where: { id: order.id }, data: { [column]: -1 } }));
    await refusedBy('ledger_draft_order_amounts', () => db.prisma.draftOrder.create({ data: { name: `#D-${column}`, [column]: -1 } }));
  }
  await refusedBy('ledger_order_amounts', () => db.prisma.$executeRawUnsafe(`UPDATE "Order" SET "totalCents" = -5 WHERE id = ${order.id}`));
  await db.prisma.order.update({ where: { id: order.id }, data: { shippingCents: 0, taxCents: 0 } });
  const draft = await db.prisma.draftOrder.create({ data: { name: '#D-ok', totalCents: 0 } });
  await refusedBy('ledger_draft_order_amounts', () => db.prisma.draftOrder.update({ where: { id: draft.id }, data: { totalCents: -100 } }));
});

test("an order line's quantities stay within what was ordered", async () => {
  const { line } = await paidOrder(2);
  const update = (data: Record<string, number>) => () => db.prisma.orderLine.update({ where: { id: line.id }, data });
  await refusedBy('ledger_order_line_quantity', update({ quantity: 0 }));
  await refusedBy('ledger_order_line_quantity', () => db.prisma.orderLine.create({ data: { orderId: line.orderId, title: 'Zero', unitPriceCents: 100, quantity: 0 } }));
  await refusedBy('ledger_order_line_amounts', update({ unitPriceCents: -1 }));
  await refusedBy('ledger_order_line_amounts', update({ discountCents: -1 }));
  for (const column of ['fulfilledQuantity', 'removedQuantity', 'refundedQuantity', 'restockedQuantity']) await refusedBy('ledger_order_line_counts', update({ [column]: -1 }));
  await refusedBy('ledger_order_line_shipped', update({ fulfilledQuantity: 2, removedQuantity: 1 }));
  await refusedBy('ledger_order_line_refunded', update({ refundedQuantity: 3 }));
  await update({ fulfilledQuantity: 1, removedQuantity: 1, refundedQuantity: 1, restockedQuantity: 2 })(); // a refund and a removal, both restocked
  await refusedBy('ledger_order_line_restocked', update({ restockedQuantity: 3 }));
});

test('fulfilment and refund lines carry units; refunds and payments no negative amounts', async () => {
  const { order, line } = await paidOrder(2);
  const fulfillment = await db.prisma.fulfillment.create({ data: { orderId: order.id } });
  await refusedBy('ledger_fulfillment_line', () => db.prisma.fulfillmentLine.create({ data: { fulfillmentId: fulfillment.id, orderLineId: line.id, quantity: 0 } }));
  await db.prisma.fulfillmentLine.create({ data: { fulfillmentId: fulfillment.id, orderLineId: line.id, quantity: 1 } });
  await refusedBy('ledger_refund_amounts', () => db.prisma.refund.create({ data: { orderId: order.id, amountCents: -1 } }));
  await refusedBy('ledger_refund_amounts', () => db.prisma.refund.create({ data: { orderId: order.id, amountCents: 0, shippingCents: -1 } }));
  const refund = await db.prisma.refund.create({ data: { orderId: order.id, amountCents: 0 } });
  await refusedBy('ledger_refund_line', () => db.prisma.refundLine.create({ data: { refundId: refund.id, orderLineId: line.id, quantity: 0, amountCents: 0 } }));
  await refusedBy('ledger_refund_line', () => db.prisma.refundLine.create({ data: { refundId: refund.id, orderLineId: line.id, quantity: 1, amountCents: -1 } }));
  await db.prisma.refundLine.create({ data: { refundId: refund.id, orderLineId: line.id, quantity: 1, amountCents: 1000 } });
  await refusedBy('ledger_payment_amount', () => db.prisma.paymentTransaction.create({ data: { orderId: order.id, kind: 'SALE', amountCents: -1, currency: 'EUR' } }));
});

test('refunded never exceeds captured, captured never exceeds authorized, per order', async () => {
  const { order } = await paidOrder(2); // a sale of €20
  const refund = (amountCents: number, status: 'SUCCESS' | 'FAILURE' = 'SUCCESS') => db.prisma.paymentTransaction.create({ data: { orderId: order.id, kind: 'REFUND', status, amountCents, currency: 'EUR' } });
  await refusedBy('ledger_refunds_within_captures', () => refund(2001));
  await refund(5000, 'FAILURE'); // a failed refund moves no money
  const first = await refund(1500);
  await refusedBy('ledger_refunds_within_captures', () => refund(501));
  await refund(500);
  await refusedBy('ledger_refunds_within_captures', () => db.prisma.paymentTransaction.update({ where: { id: first.id }, data: { amountCents: 1501 } }));
  const sale = await db.prisma.paymentTransaction.findFirstOrThrow({ where: { orderId: order.id, kind: 'SALE' } });
  await refusedBy('ledger_refunds_within_captures', () => db.prisma.paymentTransaction.update({ where: { id: sale.id }, data: { status: 'FAILURE' } }));

  const { order: authorized } = await paidOrder(1, { payment: 'authorize' }); // €10 authorized
  const capture = (amountCents: number) => db.prisma.paymentTransaction.create({ data: { orderId: authorized.id, kind: 'CAPTURE', amountCents, currency: 'EUR' } });
  await refusedBy('ledger_captures_within_authorizations', () => capture(1001));
  await capture(600);
  await refusedBy('ledger_captures_within_authorizations', () => capture(401));
  await capture(400);
  // The whole statement is undone: nothing of a refused write stays behind.
  expect(await db.prisma.paymentTransaction.count({ where: { orderId: authorized.id, kind: 'CAPTURE' } })).toBe(2);
});

test('committed stock is never negative, on-hand only with backorders allowed', async () => {
  const { item } = await makeItem(db, { onHand: 3 });
  await refusedBy('ledger_stock_committed', () => db.prisma.inventoryItem.update({ where: { id: item.id }, data: { committed: -1 } }));
  await refusedBy('ledger_stock_on_hand', () => db.prisma.inventoryItem.update({ where: { id: item.id }, data: { onHand: -1 } }));
  await refusedBy('ledger_stock_on_hand', () => db.prisma.inventoryItem.create({ data: { productId: item.productId, sku: 'NEG', onHand: -2 } }));
  await db.prisma.inventoryItem.update({ where: { id: item.id }, data: { allowBackorder: true, onHand: -2 } });
  await refusedBy('ledger_stock_on_hand', () => db.prisma.inventoryItem.update({ where: { id: item.id }, data: { allowBackorder: false } }));
});

test('every ledger trigger on SQLite is in the hand-written file of its table (written again when that table is redefined)', async () => {
  if (db.provider !== 'sqlite') return;
  const triggers = await db.prisma.$queryRawUnsafe<Array<{ name: string; tbl_name: string }>>(`SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'ledger_%'`);
  expect(triggers.length).toBeGreaterThan(20);
  const files = readdirSync('prisma/hand-written').filter((f) => f.startsWith('sqlite-ledger-'));
  const migration = readFileSync(readdirSync('prisma/migrations').filter((d) => d.endsWith('_ledger_constraints')).map((d) => `prisma/migrations/${d}/migration.sql`)[0], 'utf8');
  for (const file of files) expect(migration).toContain(readFileSync(`prisma/hand-written/${file}`, 'utf8'));
  for (const t of triggers) expect(readFileSync(`prisma/hand-written/sqlite-ledger-${t.tbl_name}.sql`, 'utf8')).toContain(`"${t.name}"`);
});

test('a service that breaks a rule answers 409 with a short sentence, no SQL, and changes nothing', async () => {
  const shop = await startTestShop();
  try {
    // A write behind the services' back (the line's tax raised, the order's left at 0): the edit then works
    // out a negative order tax (0 − €5 + €2.50), which the database refuses.
    const { item } = await makeItem(shop.db, { onHand: 10, priceCents: 1000 });
    const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
    const line = await shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    await shop.db.prisma.orderLine.update({ where: { id: line.id }, data: { taxCents: 500 } });
    const edit = async (locale: string) => {
      await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { locale } });
      const manager = await shop.login('MANAGER');
      return manager.post(`${ADMIN_PATH}/api/resources/Order/records/${order.id}/editLines`).field('changes', JSON.stringify([{ orderLineId: line.id, quantity: 1 }]));
    };
    const res = await edit('en');
    expect(res.status).toBe(409);
    expect(res.body.notice).toEqual({ type: 'error', message: 'The database refused this change: it would break a ledger rule (ledger_order_amounts). Nothing was saved.' });
    expect((await edit('fr')).body.notice.message).toBe('La base de données a refusé ce changement : il enfreindrait une règle des registres (ledger_order_amounts). Rien n’a été enregistré.');
    expect(await shop.db.prisma.orderLine.findUniqueOrThrow({ where: { id: line.id } })).toMatchObject({ quantity: 2 });
    expect(await stockOf(shop.db, item.id)).toEqual({ onHand: 10, committed: 2 });
  } finally {
    await shop.stop();
  }
});
