// A warehouse user selects orders in the list, fulfils them with a tracking number, reads the notice.
import type { Browser } from 'playwright-core';
import { ADMIN_PATH, PASSWORD, startTestShop, type TestShop } from '../support/app.js';
import { artifactPath, launchBrowser, logIn } from '../support/browser.js';
import { listen } from '../support/listen.js';
import { testProvider } from '../support/database.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

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

test('select two orders, fulfil them, see what happened', async () => {
  const { item } = await makeItem(shop.db, { title: 'Tote bag', onHand: 10 });
  const a = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const b = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await logIn(page, server.url, ADMIN_PATH, shop.staff.WAREHOUSE.email, PASSWORD);
  await page.goto(`${server.url}${ADMIN_PATH}/resources/Order`);
  for (const order of [a, b]) await page.locator('tr', { hasText: order.name }).locator('input[type="checkbox"]').check({ force: true });
  await page.getByText('Fulfil', { exact: true }).first().click();
  await page.getByLabel('Carrier').fill('Colissimo');
  await page.getByLabel('Tracking number').fill('6A999');
  await page.screenshot({ path: artifactPath(`bulk-fulfil-form-${testProvider()}.png`) });
  await page.locator('form').getByRole('button', { name: 'Fulfil' }).click(); // the label, translated
  await page.getByText('2 fulfilled').waitFor();
  await page.screenshot({ path: artifactPath(`bulk-fulfil-done-${testProvider()}.png`) });
  expect(await shop.db.prisma.order.count({ where: { id: { in: [a.id, b.id] }, fulfillmentStatus: 'FULFILLED' } })).toBe(2);
  expect(errors).toEqual([]);
});
