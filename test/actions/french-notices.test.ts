// A French-speaking manager's notices come in French, an English-speaking owner's in English;
// with SHOP_LOCALE=fr the customers' emails are French.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { refundConfirmation, shippingConfirmation } from '../../src/services/mail/templates.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { locale: 'fr' } });
});
afterAll(() => shop.stop());

const bulk = (action: string, ids: number[]) => `${ADMIN_PATH}/api/resources/Order/bulk/${action}?recordIds=${ids.join(',')}`;
const record = (id: number, action: string) => `${ADMIN_PATH}/api/resources/Order/records/${id}/${action}`;
/** Intl puts no-break spaces in French amounts ("25,00 €"); compare with plain spaces. */
const plain = (s: string) => s.replace(/\s/g, ' ');

test('bulk fulfil: the French manager is told in French, on the AdminJS action and on the JSON route', async () => {
  const { item } = await makeItem(shop.db, { onHand: 10 });
  const a = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const b = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const manager = await shop.login('MANAGER');

  const res = await manager.post(bulk('fulfil', [a.id, b.id])).field('carrier', 'DHL');
  expect(res.status).toBe(200);
  expect(res.body.notice).toEqual({ message: 'Expédiées : 2', type: 'success' });
  expect(await shop.db.prisma.fulfillment.count({ where: { orderId: { in: [a.id, b.id] } } })).toBe(2);

  const again = await manager.post(`${ADMIN_PATH}/api/orders/bulk/fulfil`).send({ orderIds: [a.id, b.id] });
  expect(again.body.notice.message).toBe(`Expédiées : 0 ; ignorées : 2 (${a.name} déjà expédiée, ${b.name} déjà expédiée)`);

  // The same action for an English-speaking owner stays as it was.
  const owner = await shop.login('OWNER');
  const english = await owner.post(bulk('fulfil', [a.id]));
  expect(english.body.notice.message).toBe(`0 fulfilled; 1 skipped: ${a.name} already fulfilled`);
});

test('refund: a French notice for the manager and, with SHOP_LOCALE=fr, a French email for the customer', async () => {
  const { item } = await makeItem(shop.db, { title: 'Tablier en lin', priceCents: 1250 });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 3 }]);
  const line = await shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  const manager = await shop.login('MANAGER');
  process.env.SHOP_LOCALE = 'fr';
  try {
    const res = await manager.post(record(order.id, 'refund'))
      .field('lines', JSON.stringify([{ orderLineId: line.id, quantity: 2 }])).field('restock', 'true').field('notifyCustomer', 'true');
    expect(res.status).toBe(200);
    expect(plain(res.body.notice.message)).toBe('Remboursé : 25,00 € ; 2 unités remises en stock.');
  } finally {
    delete process.env.SHOP_LOCALE;
  }
  const mail = await shop.db.prisma.mailMessage.findFirstOrThrow({ where: { orderId: order.id, kind: 'refund-confirmation' } });
  expect(mail.subject).toBe(`Remboursement de la commande ${order.name}`);
  expect(plain(mail.text)).toContain('Nous vous avons remboursé 25,00 € sur votre moyen de paiement d’origine.');
  expect(mail.text).toContain('2 × Tablier en lin');
});

test("a service's refusal reaches the French manager in French, amounts the French way", async () => {
  const { item } = await makeItem(shop.db, { title: 'Manteau', priceCents: 100000 });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const line = await shop.db.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  const manager = await shop.login('MANAGER');
  const tooMany = await manager.post(record(order.id, 'refund')).field('lines', JSON.stringify([{ orderLineId: line.id, quantity: 3 }]));
  expect(tooMany.status).toBe(422);
  expect(tooMany.body.notice).toEqual({ message: 'Seules 2 unités de Manteau peuvent encore être remboursées.', type: 'error' });
  const first = await manager.post(record(order.id, 'cancel')).field('reason', 'CUSTOMER');
  expect(plain(first.body.notice.message)).toBe(`${order.name} annulée ; 2 000,00 € remboursés.`);
  const again = await manager.post(record(order.id, 'cancel')).field('reason', 'CUSTOMER');
  expect(again.body.notice).toEqual({ message: `${order.name} est déjà annulée.`, type: 'error' });
  const owner = await shop.login('OWNER');
  expect((await owner.post(record(order.id, 'cancel')).field('reason', 'CUSTOMER')).body.notice.message).toBe(`${order.name} is already cancelled.`);
});

test('the emails: English by default, French when the shop is French', () => {
  const order = { name: '#1001', carrier: 'Colissimo', trackingNumber: '6A123', lines: [{ title: 'Tablier', quantity: 1 }] };
  expect(shippingConfirmation(order).subject).toBe('Your order #1001 has shipped');
  expect(shippingConfirmation(order).text).toContain('Tracking number (Colissimo): 6A123');
  const fr = shippingConfirmation(order, 'fr');
  expect(fr.subject).toBe('Votre commande #1001 a été expédiée');
  expect(fr.html).toContain('<p>Bonne nouvelle : votre commande est en route.</p><p>Numéro de suivi (Colissimo) : 6A123</p>');
  expect(plain(refundConfirmation({ name: '#1001', amountCents: 199900, currency: 'EUR', lines: [] }, 'fr').text)).toContain('1 999,00 €');
});
