// AdminJS's generic edit forms in the browser send the whole record back: with deny-by-default writes
// (src/admin/writable-columns.ts) they still save what they show, in English and in French.
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

let web: BrowserShop;
let shop: BrowserShop['shop'];
beforeAll(async () => {
  web = await startBrowserShop();
  shop = web.shop;
});
afterAll(() => web?.stop());

/** AdminJS leaves the form once the record is saved (a refusal keeps it, with the message under the field). */
const saved = (url: URL) => !url.pathname.endsWith('/edit');

test('support edits an order\'s note and city; its totals and number stay', async () => {
  const { item } = await makeItem(shop.db, { title: 'Tea towel', priceCents: 1250, onHand: 5 });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }], { shippingCents: 490, taxCents: 500 });
  const { page, errors } = await web.pageAs('SUPPORT');
  await page.goto(`${web.admin}/resources/Order/records/${order.id}/edit`);
  await page.locator('[name="note"]').fill('Ring twice');
  await page.locator('[name="shippingCity"]').fill('Nantes');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(saved);
  await page.screenshot({ path: artifactPath(`order-edited-${testProvider()}.png`), fullPage: true });
  expect(await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
    note: 'Ring twice', shippingCity: 'Nantes', totalCents: order.totalCents, number: order.number, financialStatus: order.financialStatus,
  });
  expect(errors).toEqual([]);
});

test('a French manager changes a draft\'s shipping and a stock row\'s threshold', async () => {
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { locale: 'fr' } });
  const { item, product } = await makeItem(shop.db, { title: 'Bol', priceCents: 1800, onHand: 9 });
  const draft = await shop.db.prisma.draftOrder.create({
    data: { name: '#D-web', email: 'ada@example.test', subtotalCents: 3600, totalCents: 3600, lines: { create: [{ productId: product.id, title: 'Bol', unitPriceCents: 1800, quantity: 2 }] } },
  });
  const { page, errors } = await web.pageAs('MANAGER');
  await page.goto(`${web.admin}/resources/DraftOrder/records/${draft.id}/edit`);
  await page.locator('[name="shippingCents"]').fill('4,90');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.waitForURL(saved);
  await page.screenshot({ path: artifactPath(`draft-edited-fr-${testProvider()}.png`), fullPage: true });
  expect(await shop.db.prisma.draftOrder.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({ shippingCents: 490, totalCents: 4090, status: 'OPEN', orderId: null });
  await page.getByText('40,90 €').waitFor();

  await page.goto(`${web.admin}/resources/InventoryItem/records/${item.id}/edit`);
  await page.locator('[name="lowStockThreshold"]').fill('2');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.waitForURL(saved);
  expect(await shop.db.prisma.inventoryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ lowStockThreshold: 2, onHand: 9, productId: product.id });
  expect(errors).toEqual([]);
});

// A refused form answers 422 (admin/form-refusals.ts); the browser still shows each message under its field.
test.each([['en', 'Save', 'There was an error'], ['fr', 'Enregistrer', 'There was an error']] as const)('a refused product form keeps the form and shows the message under the field (%s)', async (locale, save, generic) => {
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { locale } });
  const { product } = await makeItem(shop.db, { title: `Jug ${locale}`, priceCents: 2400 });
  const { page, errors } = await web.pageAs('MANAGER');
  const answers: number[] = [];
  page.on('response', (r) => r.request().method() === 'POST' && r.url().includes('/edit') && answers.push(r.status()));
  await page.goto(`${web.admin}/resources/Product/records/${product.id}/edit`);
  await page.locator('[name="priceCents"]').fill('douze');
  await page.getByRole('button', { name: save, exact: true }).click();
  const message = page.getByText(locale === 'fr' ? /n’est pas un montant|n'est pas un montant/ : /is not an amount/).first();
  await message.waitFor();
  await page.screenshot({ path: artifactPath(`product-refused-${locale}-${testProvider()}.png`), fullPage: true });
  expect(answers).toEqual([422]);
  expect(page.url()).toMatch(/\/edit$/);
  await expect(page.getByText(generic).count()).resolves.toBe(0);
  expect((await shop.db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).priceCents).toBe(2400);
  expect(errors).toEqual([]);
});
