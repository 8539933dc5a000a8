// Text that looks like HTML is stored as typed and shown as text everywhere: in the JSON the admin's
// screens receive, on the screens themselves (Chromium: no script runs, the text is visible), on the
// printed order sheet, and in the HTML part of the emails.
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { ADMIN_PATH } from '../support/app.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(2)">';
const NOTE = `Leave at door ${SCRIPT} ${IMG} & "quotes"`;

let web: BrowserShop;
let orderId: number;
let productId: number;

beforeAll(async () => {
  web = await startBrowserShop();
  const { product, item } = await makeItem(web.shop.db, { title: `Mug ${SCRIPT}`, sku: `SKU-${IMG}` });
  productId = product.id;
  const order = await makeOrder(web.shop.db, [{ inventoryItemId: item.id, quantity: 2 }], { email: 'xss@example.test' });
  orderId = order.id;
});
afterAll(() => web?.stop());

test('an order note with HTML is accepted, stored verbatim and sent to the screens as the same text', async () => {
  const owner = await web.shop.login('OWNER');
  const edit = await owner.post(`${ADMIN_PATH}/api/resources/Order/records/${orderId}/edit`).field('note', NOTE).field('shippingName', IMG);
  expect(edit.status).toBe(200);
  expect(edit.body.notice.type).toBe('success');
  expect(await web.shop.db.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ note: NOTE, shippingName: IMG });
  const show = await owner.get(`${ADMIN_PATH}/api/resources/Order/records/${orderId}/show`);
  expect(show.body.record.params).toMatchObject({ note: NOTE, shippingName: IMG });
});

test('the printed order sheet escapes every stored value', async () => {
  const owner = await web.shop.login('OWNER');
  const page = await owner.get(`${ADMIN_PATH}/orders/${orderId}/print`);
  expect(page.status).toBe(200);
  expect(page.text).not.toContain(SCRIPT);
  expect(page.text).not.toContain('<img src=x');
  expect(page.text).toContain('Mug &lt;script&gt;alert(1)&lt;/script&gt;');
  expect(page.text).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  expect(page.text).toContain('&amp; &quot;quotes&quot;');
});

test('the shipping email escapes its HTML part and keeps the plain text as typed', async () => {
  const owner = await web.shop.login('OWNER');
  const res = await owner.post(`${ADMIN_PATH}/api/orders/bulk/fulfil`).send({ orderIds: [orderId], carrier: IMG, trackingNumber: SCRIPT });
  expect(res.body.notice.message).toBe('1 fulfilled');
  const mail = await web.shop.db.prisma.mailMessage.findFirstOrThrow({ where: { orderId } });
  expect(mail.html).not.toMatch(/<script|<img/);
  expect(mail.html).toContain('2 × Mug &lt;script&gt;alert(1)&lt;/script&gt;');
  expect(mail.html).toContain('Tracking number (&lt;img src=x onerror=&quot;alert(2)&quot;&gt;): &lt;script&gt;');
  expect(mail.text).toContain(`2 × Mug ${SCRIPT}`);
});

test('in Chromium, the order, product, list and outbox screens show the text and run none of it', async () => {
  const { page, errors } = await web.pageAs('OWNER');
  const dialogs: string[] = [];
  page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  const screens: Array<[string, string]> = [
    [`/resources/Order/records/${orderId}/show`, SCRIPT],
    [`/resources/Product/records/${productId}/show`, `Mug ${SCRIPT}`],
    ['/resources/Product', `Mug ${SCRIPT}`],
    ['/resources/MailMessage', 'has shipped'],
    [`/resources/Order/records/${orderId}/edit`, ''],
  ];
  for (const [path, text] of screens) {
    await page.goto(`${web.admin}${path}`);
    if (text) await page.getByText(text, { exact: false }).first().waitFor();
    else await page.locator('textarea[name="note"]').waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
  }
  expect(await page.locator('textarea[name="note"]').inputValue()).toBe(NOTE);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
