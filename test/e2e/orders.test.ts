// A manager logs in, opens Orders, opens one order: the screens a day starts with.
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';

let web: BrowserShop;
let shop: BrowserShop['shop'];

beforeAll(async () => {
  web = await startBrowserShop();
  shop = web.shop;
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
});

afterAll(() => web?.stop());

test('log in, open Orders, open an order', async () => {
  const { page, errors } = await web.pageAs('MANAGER');
  await page.getByText('What would you like to work on?').waitFor();
  await page.screenshot({ path: artifactPath(`home-${testProvider()}.png`) });

  await page.goto(`${web.admin}/resources/Order`);
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

test('a search that finds more than a page: the pager offers the next page, then the last one is exact', async () => {
  await shop.db.prisma.order.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      number: 2001 + i, name: `#${2001 + i}`, email: `crowd${i}@many.test`, subtotalCents: 1000, totalCents: 1000, createdAt: new Date(Date.UTC(2026, 9, 1, i)),
    })),
  });
  const { page, errors } = await web.pageAs('MANAGER');
  await page.goto(`${web.admin}/resources/Order?filters.search=many.test&page=1`);
  await page.locator('table tbody tr').first().waitFor();
  await expect(page.locator('table tbody tr').count()).resolves.toBe(25);
  await expect(page.locator('table tbody tr').first().innerText()).resolves.toContain('#2030');
  await expect(page.locator('h2').first().innerText()).resolves.toBe('List'); // not counted: no count shown
  await page.screenshot({ path: artifactPath(`orders-search-${testProvider()}.png`), fullPage: true });
  await page.getByRole('button', { name: '2', exact: true }).click();
  await page.waitForURL(/page=2/);
  await expect(page.locator('table tbody tr').last().innerText()).resolves.toContain('#2001');
  await expect(page.locator('table tbody tr').count()).resolves.toBe(5);
  await page.goto(`${web.admin}/resources/Order`);
  await page.locator('table tbody tr').first().waitFor();
  await expect(page.locator('h2').first().innerText()).resolves.toMatch(/^List\s*33$/); // unsearched: counted
  await page.goBack();
  await page.screenshot({ path: artifactPath(`orders-search-last-${testProvider()}.png`), fullPage: true });
  expect(errors).toEqual([]);
});
