// From the filtered orders list: Export CSV → Download; the file holds the filtered orders only.
import { readFileSync } from 'node:fs';
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

let web: BrowserShop;
beforeAll(async () => {
  web = await startBrowserShop();
});
afterAll(() => web?.stop());

test('export the filtered orders list', async () => {
  const { item } = await makeItem(web.shop.db, { title: 'Teapot' });
  const paid = await makeOrder(web.shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'sale' });
  await makeOrder(web.shop.db, [{ inventoryItemId: item.id, quantity: 1 }], { payment: 'authorize' });
  const { page, errors } = await web.pageAs('MANAGER');
  await page.goto(`${web.admin}/resources/Order?filters.financialStatus=PAID`);
  await page.locator('table tbody tr').first().waitFor();
  await page.getByText('Export CSV', { exact: true }).first().click();
  await page.getByText('the filtered list').waitFor();
  await page.screenshot({ path: artifactPath(`export-form-${testProvider()}.png`) });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Download CSV').click()]);
  const file = artifactPath(`orders-export-${testProvider()}.csv`);
  await download.saveAs(file);
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  expect(lines[0]).toMatch(/^Name,Email,Financial Status/);
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(paid.name);
  expect(errors).toEqual([]);
});
