import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';

let shop: TestShop;
beforeAll(async () => {
  shop = await startTestShop();
});
afterAll(() => shop.stop());

test('recovery emails from the checkout page and from a selection', async () => {
  const customer = await shop.db.prisma.customer.create({ data: { firstName: 'Zoé', lastName: 'M', email: 'zoe@example.test', acceptsMarketing: true } });
  const mk = (token: string, email: string, customerId?: number) =>
    shop.db.prisma.abandonedCheckout.create({ data: { token, email, customerId, subtotalCents: 900, totalCents: 900, lines: { create: [{ title: 'Socks', unitPriceCents: 900, quantity: 1 }] } } });
  const a = await mk('a', customer.email, customer.id);
  const b = await mk('b', 'guest@example.test');
  const support = await shop.login('SUPPORT');
  const one = await support.post(`${ADMIN_PATH}/api/resources/AbandonedCheckout/records/${a.id}/sendRecovery`);
  expect(one.body.notice.message).toBe('1 emailed');
  const many = await support.post(`${ADMIN_PATH}/api/resources/AbandonedCheckout/bulk/sendRecoveryToSelected?recordIds=${a.id},${b.id}`);
  expect(many.body.notice.message).toBe('0 emailed; 2 skipped: zoe@example.test emailed less than 24 hours ago, guest@example.test no marketing consent');
  expect(await shop.db.prisma.mailMessage.count({ where: { kind: 'checkout-recovery' } })).toBe(1);
  expect((await (await shop.login('WAREHOUSE')).post(`${ADMIN_PATH}/api/resources/AbandonedCheckout/records/${a.id}/sendRecovery`)).status).toBe(403);
});
