// A manager creates a product in a category (picked by its path), adds an image from the product page,
// puts the product on sale from the list, and exports the list: the CSV has it at its sale price.
import { readFileSync } from 'node:fs';
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';
import { pngImage } from '../support/images.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

let web: BrowserShop;
beforeAll(async () => {
  web = await startBrowserShop();
  const { prisma } = web.shop.db;
  const men = await prisma.category.create({ data: { name: 'Men', handle: 'men' } });
  const shoes = await prisma.category.create({ data: { name: 'Shoes', handle: 'shoes', parentId: men.id } });
  await prisma.category.create({ data: { name: 'Running', handle: 'running', parentId: shoes.id } });
  // Neighbours in the list, one with an image, so the thumbnails column has something to compare with.
  const { product, item } = await makeItem(web.shop.db, { title: 'Canvas sneaker', priceCents: 6500, onHand: 12 });
  await makeOrder(web.shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const key = `products/${product.id}/neighbour.png`;
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(`${web.shop.uploadsDir}/products/${product.id}`, { recursive: true });
  writeFileSync(`${web.shop.uploadsDir}/${key}`, pngImage(48, 48, [30, 30, 30], [220, 220, 220]));
  await prisma.productImage.create({ data: { productId: product.id, url: key, alt: 'Canvas sneaker' } });
  await prisma.productFeature.createMany({ data: [{ productId: product.id, name: 'Upper', value: 'Organic canvas' }, { productId: product.id, name: 'Sole', value: 'Natural rubber', position: 1 }] });
  const { createVariant } = await import('../../src/services/catalog/variants.js');
  await createVariant(web.shop.db, { productId: product.id, title: 'EU 42', option1: '42', sku: 'CANVAS-42', priceCents: 6500, compareAtPriceCents: 7900 });
  neighbour = product.id;
  await makeItem(web.shop.db, { title: 'Leather belt', priceCents: 3500 });
});
let neighbour: number;
afterAll(() => web?.stop());

test('create a product with an image, put it on sale, export the list', async () => {
  const { page, errors } = await web.pageAs('MANAGER');
  await page.goto(`${web.admin}/resources/Product/actions/new`);
  await page.fill('input[name="title"]', 'Trail runner');
  await page.fill('input[name="handle"]', 'trail-runner');
  await page.fill('input[name="sku"]', 'TRAIL-1');
  await page.fill('input[name="priceCents"]', '120.00');
  const category = page.getByTestId('property-edit-category');
  await category.locator('input').fill('Runn');
  await page.getByText('Men › Shoes › Running', { exact: true }).click();
  await page.getByRole('button', { name: 'Save' }).click();

  // Saved: straight to the new product's page, where the image is added.
  await page.waitForURL(/\/resources\/Product\/records\/\d+\/show/, { waitUntil: 'commit' });
  const productId = Number(/records\/(\d+)\/show/.exec(page.url())![1]);
  await page.getByText('Men › Shoes › Running').waitFor();
  await page.setInputFiles('#product-image-file', { name: 'trail-runner.png', mimeType: 'image/png', buffer: pngImage(96, 96) });
  await page.fill('#product-image-alt', 'Trail runner, side view');
  await page.getByRole('button', { name: 'Upload image' }).click();
  const image = page.getByTestId('product-image').locator('img');
  await image.waitFor();
  await page.waitForFunction(() => (document.querySelector('[data-testid="product-image"] img') as HTMLImageElement | null)?.naturalWidth === 96);
  await page.screenshot({ path: artifactPath(`catalog-new-product-${testProvider()}.png`) });
  const stored = await web.shop.db.prisma.productImage.findFirstOrThrow({ where: { productId } });
  expect(stored).toMatchObject({ alt: 'Trail runner, side view', position: 0 });

  // The list shows the thumbnails; select the new product and put it on sale.
  await page.goto(`${web.admin}/resources/Product`);
  const row = page.locator('table tbody tr', { hasText: 'Trail runner' });
  await row.waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="product-thumbnail"] img')].filter((i) => (i as HTMLImageElement).naturalWidth > 0).length === 2);
  await page.screenshot({ path: artifactPath(`catalog-list-${testProvider()}.png`) });
  await row.locator('input[type="checkbox"]').check({ force: true });
  await page.getByText('Put on sale', { exact: true }).first().click();
  await page.locator('#mode').fill('A percentage');
  await page.keyboard.press('Enter');
  await page.fill('input[name="value"], #value', '25');
  await page.locator('form').getByRole('button', { name: 'Put on sale' }).click();
  await page.getByText('1 put on sale').waitFor();
  expect(await web.shop.db.prisma.product.findUniqueOrThrow({ where: { id: productId } })).toMatchObject({ priceCents: 9000, compareAtPriceCents: 12000 });

  // Export the list: the product is there at its sale price, with the former price as compare-at.
  await page.goto(`${web.admin}/resources/Product`);
  await page.locator('table tbody tr').first().waitFor();
  await page.getByText('Export CSV', { exact: true }).first().click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Download CSV').click()]);
  const file = artifactPath(`catalog-products-${testProvider()}.csv`);
  await download.saveAs(file);
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  expect(lines[0]).toMatch(/^Handle,Title,Status/);
  const header = lines[0].split(',');
  const trail = lines.find((l) => l.startsWith('trail-runner,'))!.split(',');
  expect(trail[header.indexOf('Title')]).toBe('Trail runner');
  expect(trail[header.indexOf('Category')]).toBe('Running');
  expect(trail[header.indexOf('Price')]).toBe('90.00');
  expect(trail[header.indexOf('Compare At Price')]).toBe('120.00');

  // A product with a history: variants, features, stock and its movements, all on one page.
  await page.setViewportSize({ width: 1400, height: 1500 });
  await page.goto(`${web.admin}/resources/Product/records/${neighbour}/show`);
  await page.getByTestId('stock-movements').waitFor();
  await page.waitForFunction(() => (document.querySelector('[data-testid="product-image"] img') as HTMLImageElement | null)?.naturalWidth === 48);
  await page.screenshot({ path: artifactPath(`catalog-product-page-${testProvider()}.png`) });
  expect(await page.getByTestId('stock-movements').locator('tbody tr').count()).toBe(2);

  // Categories are listed as a tree, by path.
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${web.admin}/resources/Category`);
  await page.locator('table tbody tr').first().waitFor();
  await page.screenshot({ path: artifactPath(`catalog-categories-${testProvider()}.png`) });
  expect(await page.locator('table tbody tr td:nth-child(2)').allInnerTexts()).toEqual(['Men', 'Men › Shoes', 'Men › Shoes › Running']);
  expect(errors).toEqual([]);
});
