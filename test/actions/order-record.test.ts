// Actions on one order through HTTP: refund, cancel, partial capture, and the order page's details.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder, stockOf } from '../support/fixtures.js';
import { fulfilOrders } from '../../src/services/orders/fulfil.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());

const action = (id: number, name: string) => `${ADMIN_PATH}/api/resources/Order/records/${id}/${name}`;

test('the order page carries lines, payments and the timeline', async () => {
  const { item } = await makeItem(shop.db, { priceCents: 1250 });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const agent = await shop.login('WAREHOUSE');
  const res = await agent.get(action(order.id, 'show'));
  expect(res.status).toBe(200);
  expect(res.body.record.details.lines[0]).toMatchObject({ quantity: 2, unitPriceCents: 1250, refundable: 2 });
  expect(res.body.record.details.transactions[0]).toMatchObject({ kind: 'SALE', amountCents: 2500 });
  expect(res.body.record.details.timeline[0].message).toBe(`Order ${order.name} placed`);
});

test('a manager refunds two units with restock; warehouse and support may not refund', async () => {
  const { item } = await makeItem(shop.db, { onHand: 10, priceCents: 900 });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 3 }], { shippingCents: 450 });
  await fulfilOrders(shop.db, { orderIds: [order.id], mailMode: 'local' });
  const line = await shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  const body = (a: ReturnType<TestShop['login']> extends Promise<infer T> ? T : never) =>
    a.post(action(order.id, 'refund')).field('lines', JSON.stringify([{ orderLineId: line.id, quantity: 2 }])).field('shipping', '4.50').field('restock', 'true').field('reason', 'Too small').field('idempotencyKey', `k-${order.id}`);

  for (const role of ['WAREHOUSE', 'SUPPORT'] as const) expect((await body(await shop.login(role))).status).toBe(403);
  expect(await shop.db.prisma.refund.count({ where: { orderId: order.id } })).toBe(0);

  const manager = await shop.login('MANAGER');
  const res = await body(manager);
  expect(res.status).toBe(200);
  expect(res.body.notice).toEqual({ message: 'Refunded €22.50; 2 units back in stock.', type: 'success' });
  expect(res.body.redirectUrl).toBe(`${ADMIN_PATH}/resources/Order/records/${order.id}/show`);
  expect(await stockOf(shop.db, item.id)).toEqual({ onHand: 9, committed: 0 });
  // The same form submitted twice (same key) refunds once.
  expect((await body(manager)).body.notice.type).toBe('success');
  expect(await shop.db.prisma.refund.count({ where: { orderId: order.id } })).toBe(1);

  const tooMuch = await manager.post(action(order.id, 'refund')).field('lines', JSON.stringify([{ orderLineId: line.id, quantity: 5 }]));
  expect(tooMuch.status).toBe(422);
  expect(tooMuch.body.notice.message).toMatch(/Only 1 unit of/);
  const garbage = await manager.post(action(order.id, 'refund')).field('lines', 'not json');
  expect(garbage.status).toBe(422);
  expect(await shop.db.prisma.refund.count({ where: { orderId: order.id } })).toBe(1);
});

test('cancel and partial capture from the order page', async () => {
  const { item } = await makeItem(shop.db, { onHand: 10, priceCents: 4000 });
  const authorized = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  const owner = await shop.login('OWNER');
  const bad = await owner.post(action(authorized.id, 'capturePayment')).field('amount', '40.01');
  expect(bad.status).toBe(422);
  expect(bad.body.notice.message).toBe(`At most €40.00 can be captured on ${authorized.name}.`);
  const part = await owner.post(action(authorized.id, 'capturePayment')).field('amount', '15');
  expect(part.body.notice.message).toBe('Captured €15.00.');
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: authorized.id } })).financialStatus).toBe('PARTIALLY_PAID');

  const cancelled = await owner.post(action(authorized.id, 'cancel')).field('reason', 'INVENTORY').field('restock', 'true').field('notifyCustomer', 'false');
  expect(cancelled.body.notice.message).toBe(`${authorized.name} cancelled; €15.00 refunded.`);
  expect(await stockOf(shop.db, item.id)).toEqual({ onHand: 10, committed: 0 });
  const again = await owner.post(action(authorized.id, 'cancel')).field('reason', 'INVENTORY');
  expect(again.status).toBe(409);
  expect(again.body.notice.message).toBe(`${authorized.name} is already cancelled.`);
});

test('edit lines, duplicate and print through HTTP', async () => {
  const { item } = await makeItem(shop.db, { title: 'Bowl <b>', priceCents: 1500, onHand: 10 });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const line = await shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  const manager = await shop.login('MANAGER');
  const edit = await manager.post(action(order.id, 'editLines')).field('changes', JSON.stringify([{ orderLineId: line.id, quantity: 3 }]));
  expect(edit.body.notice).toEqual({ message: 'Order updated; new total €45.00. Balance due: €15.00.', type: 'success' });
  expect((await manager.post(action(order.id, 'editLines')).field('changes', '[{"orderLineId":1e99}]')).status).toBe(422);
  expect((await (await shop.login('SUPPORT')).post(action(order.id, 'editLines')).field('changes', '[]')).status).toBe(403);

  // Opening the action changes nothing (a GET, a link someone was sent); confirming it duplicates.
  const support = await shop.login('SUPPORT');
  const drafts = await shop.db.prisma.draftOrder.count();
  const opened = await support.get(action(order.id, 'duplicate'));
  expect(opened.status).toBe(200);
  expect(opened.body.notice).toBeUndefined();
  expect(await shop.db.prisma.draftOrder.count()).toBe(drafts);
  const dup = await support.post(action(order.id, 'duplicate')).field('idempotencyKey', 'dup-1');
  expect(await shop.db.prisma.draftOrder.count()).toBe(drafts + 1);
  expect(dup.body.notice.message).toMatch(new RegExp(`^Draft order #D\\d+ created from ${order.name}\\.$`));
  expect(dup.body.redirectUrl).toMatch(/\/resources\/DraftOrder\/records\/\d+\/show$/);

  const print = await (await shop.login('WAREHOUSE')).get(`${ADMIN_PATH}/orders/${order.id}/print`);
  expect(print.status).toBe(200);
  expect(print.text).toContain(`Order ${order.name}`);
  expect(print.text).toContain('Bowl &lt;b&gt;');
  expect(print.text).toContain('@media print');
  expect((await shop.login('WAREHOUSE').then((a) => a.get(`${ADMIN_PATH}/orders/99999/print`))).status).toBe(404);
  // In the staff member's language: a French warehouse worker prints a French sheet.
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.WAREHOUSE.id }, data: { locale: 'fr' } });
  const french = await (await shop.login('WAREHOUSE')).get(`${ADMIN_PATH}/orders/${order.id}/print`);
  expect(french.text).toContain('<html lang="fr">');
  expect(french.text).toContain(`<h1>Commande ${order.name}</h1>`);
  for (const word of ['Livrer à', 'Facturer à', 'Référence', 'Qté', 'Sous-total', 'Livraison', 'Imprimer', 'non expédiée']) expect(french.text).toContain(word);
  expect(french.text).not.toMatch(/>(Ship to|Bill to|Item|Qty|Subtotal|Shipping|Print)</);
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.WAREHOUSE.id }, data: { locale: 'en' } });
});

test('a draft order is invoiced and completed from its page', async () => {
  const { product } = await makeItem(shop.db, { title: 'Lamp', priceCents: 4500 });
  const draft = await shop.db.prisma.draftOrder.create({ data: { name: '#D900', email: 'lamp@example.test', lines: { create: [{ productId: product.id, title: 'Lamp', unitPriceCents: 4500, quantity: 1 }] } } });
  const support = await shop.login('SUPPORT');
  const url = (a: string) => `${ADMIN_PATH}/api/resources/DraftOrder/records/${draft.id}/${a}`;
  expect((await support.post(url('sendInvoice'))).body.notice.message).toBe('Invoice for €45.00 sent to lamp@example.test.');
  const done = await support.post(url('complete')).field('markPaid', 'false');
  expect(done.body.notice.message).toMatch(/^Order #\d+ created\.$/);
  expect(done.body.redirectUrl).toMatch(new RegExp(`^${ADMIN_PATH}/resources/Order/records/\\d+/show$`));
  expect((await support.post(url('complete'))).status).toBe(409);
  expect((await (await shop.login('WAREHOUSE')).post(url('complete'))).status).toBe(403);
});

test("adding a line to a draft updates the draft's totals", async () => {
  const draft = await shop.db.prisma.draftOrder.create({ data: { name: '#D901', email: 'x@example.test', shippingCents: 300 } });
  const support = await shop.login('SUPPORT');
  const res = await support.post(`${ADMIN_PATH}/api/resources/DraftOrderLine/actions/new`)
    .field('draftOrder', String(draft.id)).field('title', 'Custom engraving').field('unitPriceCentsDecimal', '12.50').field('quantity', '2');
  expect(res.body.notice.type).toBe('success');
  expect(await shop.db.prisma.draftOrder.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ subtotalCents: 2500, totalCents: 2800 });
});

test('editing an order’s details is on its timeline; archived orders cannot be edited', async () => {
  const { item } = await makeItem(shop.db);
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const support = await shop.login('SUPPORT');
  const res = await support.post(action(order.id, 'edit')).field('note', 'Leave at the door').field('tags', 'gift');
  expect(res.body.notice.type).toBe('success');
  const event = await shop.db.prisma.auditEvent.findFirstOrThrow({ where: { orderId: order.id, action: 'order.details_edited' } });
  expect(event).toMatchObject({ message: 'Details edited (note, tags)', staffUserId: shop.staff.SUPPORT.id });
  await shop.db.prisma.order.update({ where: { id: order.id }, data: { archivedAt: new Date() } });
  const refused = await support.post(action(order.id, 'edit')).field('note', 'changed');
  expect(refused.body.notice.type).toBe('error');
  expect((await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).note).toBe('Leave at the door');
});

test('unknown orders answer 404, not a server error', async () => {
  const manager = await shop.login('MANAGER');
  for (const res of [
    await manager.post(action(987654, 'refund')).field('lines', '[]'),
    await manager.get(action(987654, 'show')),
    await manager.post(`${ADMIN_PATH}/api/resources/Order/bulk/fulfil?recordIds=987654`),
    await manager.post(action(Number.NaN, 'cancel')).field('reason', 'OTHER'),
  ]) {
    expect(res.status).toBe(404);
    expect(res.body.notice?.type).toBe('error');
  }
});
