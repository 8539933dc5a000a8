// A manager refunds two units of a line with restock, and sees the timeline entry and the stock change.
import type { Browser } from 'playwright-core';
import { ADMIN_PATH, PASSWORD, startTestShop, type TestShop } from '../support/app.js';
import { artifactPath, launchBrowser, logIn } from '../support/browser.js';
import { listen } from '../support/listen.js';
import { testProvider } from '../support/database.js';
import { makeItem, makeOrder, stockOf } from '../support/fixtures.js';
import { fulfilOrders } from '../../src/services/orders/fulfil.js';

let shop: TestShop;
let server: Awaited<ReturnType<typeof listen>>;
let browser: Browser;
beforeAll(async () => {
  shop = await startTestShop();
  server = await listen(shop.app);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await shop?.stop();
});

test('refund two units with restock from the order page', async () => {
  const { item } = await makeItem(shop.db, { title: 'Linen apron', onHand: 12, priceCents: 2900, sku: 'APRON-L' });
  const order = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 3 }], { shippingCents: 490 });
  await fulfilOrders(shop.db, { orderIds: [order.id], mailMode: 'local', carrier: 'Colissimo', trackingNumber: '6A123' });
  expect(await stockOf(shop.db, item.id)).toEqual({ onHand: 9, committed: 0 });

  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await logIn(page, server.url, ADMIN_PATH, shop.staff.MANAGER.email, PASSWORD);

  await page.goto(`${server.url}${ADMIN_PATH}/resources/Order/records/${order.id}/show`);
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
  await page.goto(`${server.url}${ADMIN_PATH}/resources/InventoryItem/records/${item.id}/show`);
  await page.waitForFunction(() => /On hand\s*11\s*Committed\s*0/.test(document.body.innerText));
  await page.screenshot({ path: artifactPath(`inventory-after-refund-${testProvider()}.png`) });
  expect(errors).toEqual([]);
});
