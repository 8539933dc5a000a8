// A warehouse user selects orders in the list, fulfils them with a tracking number, reads the notice.
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

test('select two orders, fulfil them, see what happened', async () => {
  const { item } = await makeItem(shop.db, { title: 'Tote bag', onHand: 10 });
  const a = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 1 }]);
  const b = await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 2 }]);
  const { page, errors } = await web.pageAs('WAREHOUSE');
  await page.goto(`${web.admin}/resources/Order`);
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
