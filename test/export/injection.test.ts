// Formula injection (OWASP): text from the database that a spreadsheet would run is prefixed
// with a quote; amounts we write ourselves, negative ones included, are left as numbers.
import { startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { exportUrl, readCsv } from './support.js';

const HOSTILE = ['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '\tTAB', '\rCR'];

let shop: TestShop;
let orderId: number;

beforeAll(async () => {
  shop = await startTestShop();
  const { item } = await makeItem(shop.db, { title: '=cmd|" /C calc"!A0', priceCents: 1000, sku: '-SKU' });
  const customer = await shop.db.prisma.customer.create({
    data: { firstName: HOSTILE[0], lastName: HOSTILE[1], email: 'mallory@example.test', tags: HOSTILE[2], note: HOSTILE[3], phone: HOSTILE[4] },
  });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { customerId: customer.id, email: customer.email, tags: HOSTILE[5], payment: 'sale' });
  // Amounts are numbers we format (the database refuses negative order amounts), never prefixed.
  await shop.db.prisma.order.update({ where: { id: order.id }, data: { note: HOSTILE[0], billingName: HOSTILE[3], taxCents: 250, totalCents: 1250 } });
  await shop.db.prisma.paymentTransaction.create({ data: { orderId: order.id, kind: 'REFUND', amountCents: 300, currency: 'EUR' } });
  orderId = order.id;
});
afterAll(() => shop.stop());

const guarded = (v: string) => `'${v}`;

test('customer text starting with = + - @ tab or CR comes out prefixed', async () => {
  const agent = await shop.login('SUPPORT');
  const { rows } = readCsv(await agent.get(exportUrl('Customer')));
  expect(rows).toEqual([
    {
      'First Name': guarded(HOSTILE[0]), 'Last Name': guarded(HOSTILE[1]), Email: 'mallory@example.test', Phone: guarded(HOSTILE[4]),
      'Accepts Marketing': 'false', Tags: guarded(HOSTILE[2]), Note: guarded(HOSTILE[3]), 'Orders count': '1', 'Total spent': '7.00',
    },
  ]);
});

test('order text is prefixed, amounts (negative too) are not', async () => {
  const agent = await shop.login('MANAGER');
  const { rows } = readCsv(await agent.get(exportUrl('Order', `ids=${orderId}`)));
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({
    Notes: guarded(HOSTILE[0]), Tags: guarded(HOSTILE[5]), 'Billing Name': guarded(HOSTILE[3]),
    'Lineitem name': guarded('=cmd|" /C calc"!A0'), 'Lineitem sku': guarded('-SKU'),
    Taxes: '2.50', Total: '12.50', Subtotal: '10.00', 'Refunded Amount': '3.00', 'Lineitem quantity': '1',
  });
});

test('the generic layout guards text and leaves negative amounts alone', async () => {
  await shop.db.prisma.discountCode.create({ data: { code: '@PROMO', type: 'FIXED_AMOUNT', amountCents: -125 } });
  const agent = await shop.login('MANAGER');
  const { rows } = readCsv(await agent.get(exportUrl('DiscountCode')));
  expect(rows[0]).toMatchObject({ code: guarded('@PROMO'), amount: '-1.25', percentage: '', active: 'true' });
});
