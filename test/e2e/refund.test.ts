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
