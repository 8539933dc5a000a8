// A manager logs in, opens Orders, opens one order: the screens a day starts with.
import type { Browser } from 'playwright-core';
import { ADMIN_PATH, PASSWORD, startTestShop, type TestShop } from '../support/app.js';
import { artifactPath, launchBrowser, logIn } from '../support/browser.js';
import { listen } from '../support/listen.js';
import { testProvider } from '../support/database.js';

let shop: TestShop;
let server: Awaited<ReturnType<typeof listen>>;
let browser: Browser;

beforeAll(async () => {
  shop = await startTestShop();
  const customer = await shop.db.prisma.customer.create({ data: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' } });
  for (let i = 0; i < 3; i++) {
    await shop.db.prisma.order.create({
      data: {
        number: 1001 + i, name: `#${1001 + i}`, email: customer.email, customerId: customer.id,
        subtotalCents: 12345 + i, totalCents: 12345 + i, financialStatus: 'PARTIALLY_REFUNDED', fulfillmentStatus: 'FULFILLED',
        shippingName: 'Ada Lovelace', shippingCity: 'London', createdAt: new Date(Date.UTC(2026, 10, 1 + i)),
      },
    });
  }
  server = await listen(shop.app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await shop?.stop();
});

test('log in, open Orders, open an order', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await logIn(page, server.url, ADMIN_PATH, shop.staff.MANAGER.email, PASSWORD);
  await page.getByText('What would you like to work on?').waitFor();
  await page.screenshot({ path: artifactPath(`home-${testProvider()}.png`) });

  await page.goto(`${server.url}${ADMIN_PATH}/resources/Order`);
  const firstRow = page.locator('table tbody tr').first();
  await firstRow.waitFor();
  await expect(firstRow.innerText()).resolves.toContain('#1003'); // newest first
  await expect(firstRow.innerText()).resolves.toContain('€123.47'); // money formatted
  await expect(firstRow.innerText()).resolves.toMatch(/Partially refunded/i);
  await page.screenshot({ path: artifactPath(`orders-list-${testProvider()}.png`) });

  await firstRow.click();
  await page.waitForURL(/\/records\/\d+\/show/);
  await page.getByText('Ada Lovelace').first().waitFor();
  await page.getByText('€123.47').first().waitFor();
  await page.screenshot({ path: artifactPath(`order-page-${testProvider()}.png`), fullPage: true });
  expect(errors).toEqual([]);
});
