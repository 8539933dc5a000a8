// From the products list: Import CSV → pick a file → Check file shows the rows to fix; a good file
// then imports, and the list has the new product.
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';
import { csvFile, PRODUCT_HEADER } from '../support/product-dump.js';

let web: BrowserShop;
beforeAll(async () => {
  web = await startBrowserShop();
  await web.shop.db.prisma.category.create({ data: { name: 'Garden', handle: 'garden' } });
});
afterAll(() => web?.stop());

const upload = (name: string, rows: Array<Array<string | number>>) => ({ name, mimeType: 'text/csv', buffer: csvFile([PRODUCT_HEADER, ...rows]) });

/** Screenshots after the buttons' colour transitions, with the pointer out of the way. */
async function shot(page: import('playwright-core').Page, name: string) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: artifactPath(`${name}-${testProvider()}.png`), fullPage: true });
}

test('check a file with problems, fix it, import it', async () => {
  const { page, errors } = await web.pageAs('MANAGER');
  await page.goto(`${web.admin}/resources/Product`);
  await page.getByText('Import CSV', { exact: true }).first().click();
  await page.getByText('Check file', { exact: true }).waitFor();

  await page.setInputFiles('#import-file', upload('products.csv', [
    ['rake', 'Rake', 'active', 'Acme', 'Tool', 'Garden', 'RAKE-1', '', '24.90', '', 'garden', 'A sturdy rake', 6],
    ['hoe', 'Hoe', 'live', '', '', 'Attic', 'HOE-1', '', '12,5x', '', '', '', '2.5'],
    ['rake', '', 'draft', '', '', '', '', '', '9.00', '', '', '', ''],
  ]));
  await page.getByText('Check file', { exact: true }).click();
  const table = page.getByTestId('import-errors');
  await table.waitFor();
  await shot(page, 'import-errors');
  expect(await table.locator('tbody tr').count()).toBe(6);
  expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
  expect(await web.shop.db.prisma.product.count()).toBe(0);

  await page.setInputFiles('#import-file', upload('products-fixed.csv', [
    ['rake', 'Rake', 'active', 'Acme', 'Tool', 'Garden', 'RAKE-1', '', '24.90', '', 'garden', 'A sturdy rake', 6],
    ['hoe', 'Hoe', 'draft', '', '', '', 'HOE-1', '', '12.50', '', '', '', 2],
  ]));
  await page.getByText('Check file', { exact: true }).click();
  await page.getByText('2 to create, 0 to update, 0 unchanged; stock changes on 2 items.').waitFor();
  await shot(page, 'import-summary');
  await page.getByRole('button', { name: 'Import 2 rows', exact: true }).click();
  await page.getByText('Back to products').waitFor();
  await shot(page, 'import-done');
  expect(await web.shop.db.prisma.product.count()).toBe(2);
  await page.getByText('Back to products').click();
  await page.locator('table tbody tr', { hasText: 'Rake' }).waitFor();
  expect(errors).toEqual([]);
});
