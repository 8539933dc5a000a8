// The orders CSV through HTTP: Shopify's layout (one row per line item, order fields on the
// first row), money as decimals, filters and selections, trimmed columns, Excel's dialect.
import { amountToDecimal } from '../../src/services/money.js';
import { startTestShop, type TestShop } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { exportUrl, readCsv } from './support.js';

const HEADER = [
  'Name', 'Email', 'Financial Status', 'Paid at', 'Fulfillment Status', 'Fulfilled at', 'Currency', 'Subtotal', 'Shipping', 'Taxes', 'Total',
  'Discount Code', 'Discount Amount', 'Created at', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem sku',
  'Billing Name', 'Billing Address1', 'Billing City', 'Billing Zip', 'Billing Country', 'Billing Phone',
  'Shipping Name', 'Shipping Address1', 'Shipping City', 'Shipping Zip', 'Shipping Country', 'Shipping Phone',
  'Payment Method', 'Refunded Amount', 'Tags', 'Notes', 'Cancelled at',
];
const LINE_COLUMNS = ['Name', 'Lineitem quantity', 'Lineitem name', 'Lineitem price', 'Lineitem sku'];

let shop: TestShop;
let ids: { paid: number; pending: number; authorized: number };

beforeAll(async () => {
  shop = await startTestShop();
  const { item: mug } = await makeItem(shop.db, { title: 'Mug', priceCents: 1250, sku: 'MUG-1', onHand: 50 });
  const { item: tee } = await makeItem(shop.db, { title: 'Tee', priceCents: 1999, sku: 'TEE-1', onHand: 50 });
  const ada = await shop.db.prisma.customer.create({ data: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@analytical.test' } });
  const paid = await makeOrder(shop.db, [{ inventoryItemId: mug.id, quantity: 2 }, { inventoryItemId: tee.id, quantity: 1 }], {
    customerId: ada.id, email: ada.email, payment: 'sale', shippingCents: 495, taxCents: 300, discountCents: 100, tags: 'vip, gift',
    createdAt: new Date('2026-01-10T10:00:00Z'), shippingAddress: { name: 'Ada Lovelace', address1: '12 St James Sq', city: 'London', zip: 'SW1Y 4JH', country: 'GB' },
  });
  await shop.db.prisma.order.update({ where: { id: paid.id }, data: { discountCode: 'WELCOME10', note: 'Leave at the door', billingName: 'Ada Lovelace', billingCity: 'London', billingPhone: '+44 20 7946 0000' } });
  await shop.db.prisma.fulfillment.create({ data: { orderId: paid.id, createdAt: new Date('2026-01-12T09:00:00Z') } });
  await shop.db.prisma.paymentTransaction.create({ data: { orderId: paid.id, kind: 'REFUND', amountCents: 500, currency: 'EUR', createdAt: new Date('2026-01-20T09:00:00Z') } });
  const pending = await makeOrder(shop.db, [{ inventoryItemId: tee.id, quantity: 1 }], { email: 'bob@engine.test', payment: 'none', createdAt: new Date('2026-02-10T10:00:00Z') });
  const authorized = await makeOrder(shop.db, [{ inventoryItemId: mug.id, quantity: 1 }, { inventoryItemId: tee.id, quantity: 3 }, { inventoryItemId: mug.id, quantity: 4 }], {
    email: 'carol@example.test', payment: 'authorize', createdAt: new Date('2026-03-05T10:00:00Z'),
  });
  ids = { paid: paid.id, pending: pending.id, authorized: authorized.id };
});
afterAll(() => shop.stop());

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : '');
// OWASP's rule for text from the database (a phone number "+44…" too, as Shopify's exports do).
const text = (v: string | null | undefined) => (v && /^[=+\-@\t\r]/.test(v) ? `'${v}` : (v ?? ''));

/** What the CSV should hold, built from the database independently of the exporter. */
async function expectedRows(orderIds: number[]) {
  const orders = await shop.db.prisma.order.findMany({
    where: { id: { in: orderIds } },
    orderBy: { id: 'asc' },
    include: { lines: { orderBy: { id: 'asc' } }, transactions: { orderBy: { id: 'asc' } }, fulfillments: { orderBy: { id: 'asc' } } },
  });
  return orders.flatMap((o) => {
    const m = (cents: number) => amountToDecimal(cents, o.currency);
    const sale = o.transactions.find((t) => t.kind === 'SALE' || t.kind === 'CAPTURE');
    const head: Record<string, string> = {
      Email: text(o.email), 'Financial Status': o.financialStatus.toLowerCase(), 'Paid at': iso(sale?.createdAt),
      'Fulfillment Status': o.fulfillmentStatus.toLowerCase(), 'Fulfilled at': iso(o.fulfillments[0]?.createdAt), Currency: o.currency,
      Subtotal: m(o.subtotalCents), Shipping: m(o.shippingCents), Taxes: m(o.taxCents), Total: m(o.totalCents),
      'Discount Code': text(o.discountCode), 'Discount Amount': m(o.discountCents), 'Created at': iso(o.createdAt),
      'Billing Name': text(o.billingName), 'Billing Address1': text(o.billingAddress1), 'Billing City': text(o.billingCity), 'Billing Zip': text(o.billingZip),
      'Billing Country': text(o.billingCountry), 'Billing Phone': text(o.billingPhone),
      'Shipping Name': text(o.shippingName), 'Shipping Address1': text(o.shippingAddress1), 'Shipping City': text(o.shippingCity), 'Shipping Zip': text(o.shippingZip),
      'Shipping Country': text(o.shippingCountry), 'Shipping Phone': text(o.shippingPhone),
      'Payment Method': o.transactions[0]?.gateway ?? '', 'Refunded Amount': m(o.transactions.filter((t) => t.kind === 'REFUND').reduce((n, t) => n + t.amountCents, 0)),
      Tags: text(o.tags), Notes: text(o.note), 'Cancelled at': iso(o.cancelledAt),
    };
    const blank = Object.fromEntries(Object.keys(head).map((k) => [k, '']));
    return o.lines.map((l, i) => ({
      Name: o.name, ...(i === 0 ? head : blank),
      'Lineitem quantity': String(l.quantity), 'Lineitem name': text(l.title), 'Lineitem price': m(l.unitPriceCents), 'Lineitem sku': text(l.sku),
    }));
  });
}

test('every order, one row per line item, order fields on the first row only, money as decimals', async () => {
  const agent = await shop.login('MANAGER');
  const res = await agent.get(exportUrl('Order'));
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/);
  const { header, rows } = readCsv(res);
  expect(header).toEqual(HEADER);
  expect(rows).toHaveLength(6);
  expect(rows).toEqual(await expectedRows(Object.values(ids)));
  // Spot checks, in case the expectation above shares a mistake with the exporter.
  const [first, second] = rows;
  expect(first).toMatchObject({ 'Financial Status': 'paid', Subtotal: '44.99', Shipping: '4.95', Taxes: '3.00', 'Discount Amount': '1.00', Total: '51.94', 'Refunded Amount': '5.00', 'Fulfilled at': '2026-01-12T09:00:00.000Z', 'Discount Code': 'WELCOME10', 'Payment Method': 'manual', 'Lineitem price': '12.50', 'Billing Phone': "'+44 20 7946 0000" });
  expect(second).toMatchObject({ Email: '', Total: '', Tags: '', 'Lineitem name': 'Tee', 'Lineitem price': '19.99', 'Lineitem sku': 'TEE-1' });
  expect(rows.filter((r) => r.Email !== '').map((r) => r.Email)).toEqual(['ada@analytical.test', 'bob@engine.test', 'carol@example.test']);
});

test.each([
  ['filters.financialStatus=PAID', ['paid']],
  ['filters.financialStatus=AUTHORIZED', ['authorized']],
  ['filters.createdAt~~from=2026-02-01', ['pending', 'authorized']],
  ['filters.createdAt~~from=2026-01-01&filters.createdAt~~to=2026-02-28', ['paid', 'pending']],
  ['filters.search=LOVELACE', ['paid']],
  ['filters.email=engine', ['pending']],
  ['filters.tags=vip', ['paid']],
  ['filters.archived=false&filters.cancelled=false', ['paid', 'pending', 'authorized']],
  ['filters.cancelled=true', []],
] as const)('%s restricts the rows', async (query, which) => {
  const agent = await shop.login('SUPPORT');
  const { rows } = readCsv(await agent.get(exportUrl('Order', query)));
  expect(rows).toEqual(await expectedRows(which.map((w) => ids[w])));
});

test('ids= exports the selection only, with the filters on top', async () => {
  const agent = await shop.login('OWNER');
  const { rows } = readCsv(await agent.get(exportUrl('Order', `ids=${ids.authorized},${ids.pending}`)));
  expect(rows).toEqual(await expectedRows([ids.pending, ids.authorized]));
  const filtered = readCsv(await agent.get(exportUrl('Order', `ids=${ids.authorized},${ids.pending}&filters.financialStatus=PENDING`)));
  expect(filtered.rows).toEqual(await expectedRows([ids.pending]));
});

test('a large selection can be POSTed as JSON', async () => {
  const agent = await shop.login('OWNER');
  const many = [ids.paid, ...Array.from({ length: 3000 }, (_, i) => 1_000_000 + i)];
  const res = await agent.post(exportUrl('Order', 'columns=Name,Total')).send({ ids: many });
  const { header, rows } = readCsv(res);
  expect(header).toEqual(['Name', 'Total']);
  expect(rows.map((r) => r.Total)).toEqual(['51.94', '']); // the paid order's two lines; unknown ids are no rows
});

test('columns= keeps the columns asked for, in that order; an unknown one is refused', async () => {
  const agent = await shop.login('MANAGER');
  const { header, rows } = readCsv(await agent.get(exportUrl('Order', `columns=${encodeURIComponent('Lineitem sku,Name,total')}&ids=${ids.paid}`)));
  expect(header).toEqual(['Lineitem sku', 'Name', 'Total']);
  expect(rows).toEqual([{ 'Lineitem sku': 'MUG-1', Name: expect.any(String), Total: '51.94' }, { 'Lineitem sku': 'TEE-1', Name: expect.any(String), Total: '' }]);

  const bad = await agent.get(exportUrl('Order', 'columns=Name,Risk%20Level'));
  expect(bad.status).toBe(400);
  expect(bad.body.notice.message).toContain('"Risk Level"');
});

test('bad filters are refused with a message, not ignored', async () => {
  const agent = await shop.login('MANAGER');
  for (const query of ['filters.colour=red', 'filters.financialStatus=RICH', 'filters.createdAt~~from=yesterday', 'filters.archived=maybe', 'ids=1,two']) {
    const res = await agent.get(exportUrl('Order', query));
    expect([query, res.status]).toEqual([query, 400]);
    expect(res.body.notice.message).toEqual(expect.any(String));
  }
});

test('excel=1: UTF-8 BOM, semicolons and CRLF', async () => {
  const agent = await shop.login('MANAGER');
  const res = await agent.get(exportUrl('Order', `excel=1&columns=Name,Total,Tags&ids=${ids.paid}`)).buffer(true);
  expect(res.text.charCodeAt(0)).toBe(0xfeff);
  expect(res.text.slice(1, 18)).toBe('Name;Total;Tags\r\n');
  const { rows } = readCsv(res, ';');
  expect(rows[0]).toEqual({ Name: expect.stringMatching(/^#\d+$/), Total: '51.94', Tags: 'vip, gift' });
  const plain = await agent.get(exportUrl('Order', `columns=Name,Total&ids=${ids.paid}`));
  expect(plain.text.startsWith('Name,Total\n')).toBe(true);
});

test('only what the list shows: LINE_COLUMNS carry a value on every row', async () => {
  const agent = await shop.login('MANAGER');
  const { rows } = readCsv(await agent.get(exportUrl('Order')));
  for (const row of rows) for (const c of LINE_COLUMNS) expect(row[c]).not.toBe('');
});
