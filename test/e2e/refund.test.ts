// A manager refunds two units of a line with restock, and sees the timeline entry and the stock change.
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';
import { makeItem, makeOrder, stockOf } from '../support/fixtures.js';
import { fulfilOrders } from '../../src/services/orders/fulfil.js';

let web: BrowserShop;
let shop: BrowserShop['shop'];
beforeAll(async () => {
  web = await startBrowserShop();
  shop = web.shop;
});
afterAll(() => web?.stop());

test('refund two units with restock from the order page', async () => {
  const { item } = await makeItem(shop.db, { title: 'Linen apron', onHand: 12, priceCents: 2900, sku: 'APRON-L' });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 3 }], { shippingCents: 490 });
  await fulfilOrders(shop.db, { orderIds: [order.id], mailMode: 'local', carrier: 'Colissimo', trackingNumber: '6A123' });
  expect(await stockOf(shop.db, item.id)).toEqual({ onHand: 9, committed: 0 });

  const { page, errors } = await web.pageAs('MANAGER');

  await page.goto(`${web.admin}/resources/Order/records/${order.id}/show`);
  await page.getByText('Fulfilled 3 items · Colissimo 6A123').waitFor();
  await page.getByText('Refund', { exact: true }).click();
  await page.getByLabel('Units of Linen apron to refund').fill('2');
  await page.getByLabel('Reason').fill('Wrong size');
  await page.screenshot({ path: artifactPath(`refund-form-${testProvider()}.png`), fullPage: true });
  await page.getByRole('button', { name: 'Refund €58.00' }).click();

  await page.getByText('Refunded €58.00; 2 units back in stock.').waitFor();
  const entry = page.getByTestId('timeline-entry').filter({ hasText: 'Refunded €58.00 (2 × Linen apron) · restocked · Wrong size' });
  await entry.waitFor();
  await expect(entry.innerText()).resolves.toContain('Manager Staff');
  await page.screenshot({ path: artifactPath(`order-after-refund-${testProvider()}.png`), fullPage: true });
  expect(await stockOf(shop.db, item.id)).toEqual({ onHand: 11, committed: 0 });

  // The stock change is visible where the warehouse looks.
  await page.goto(`${web.admin}/resources/InventoryItem/records/${item.id}/show`);
  await page.waitForFunction(() => /On hand\s*11\s*Committed\s*0/.test(document.body.innerText));
  await page.screenshot({ path: artifactPath(`inventory-after-refund-${testProvider()}.png`) });
  expect(errors).toEqual([]);
});

// A €10 code on 2 × €50: the form says what the refund will be (€45.00 a unit), in English and in French.
test.each([['MANAGER', 'en'], ['OWNER', 'fr']] as const)('the refund form shows each unit\'s share of the discount (%s, %s)', async (role, locale) => {
  await shop.db.prisma.discountCode.upsert({ where: { code: 'TENOFF' }, create: { code: 'TENOFF', type: 'FIXED_AMOUNT', amountCents: 1000 }, update: {} });
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff[role].id }, data: { locale } });
  const { item } = await makeItem(shop.db, { title: 'Wool scarf', onHand: 12, priceCents: 5000, sku: `SCARF-${locale}` });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }], { shippingCents: 500, discountCode: 'TENOFF' });
  const { page, errors } = await web.pageAs(role);
  await page.goto(`${web.admin}/resources/Order/records/${order.id}/show`);
  await page.getByText(locale === 'fr' ? 'Rembourser' : 'Refund', { exact: true }).click();
  const label = locale === 'fr' ? 'Unités de Wool scarf à rembourser' : 'Units of Wool scarf to refund';
  await page.getByLabel(label).fill('1');
  const button = page.getByRole('button', { name: locale === 'fr' ? 'Rembourser 45,00 €' : 'Refund €45.00' });
  await button.waitFor();
  await page.screenshot({ path: artifactPath(`refund-discounted-${locale}-${testProvider()}.png`), fullPage: true });
  await button.click();
  await page.getByText(locale === 'fr' ? /Remboursé\s:\s45,00\s€/ : 'Refunded €45.00').first().waitFor();
  expect((await shop.db.prisma.refund.findFirstOrThrow({ where: { orderId: order.id } })).amountCents).toBe(4500);
  expect(errors).toEqual([]);
});
