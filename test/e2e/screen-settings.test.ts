// Settings → Screens in Chromium: the owner picks Orders, hides and reorders list columns, renames a
// field, takes an action from a role, saves; the orders list shows the new columns; reset restores.
import request from 'supertest';
import { seedShop } from '../../prisma/seed/demo.js';
import { ADMIN_PATH } from '../support/app.js';
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';

let web: BrowserShop;
beforeAll(async () => {
  web = await startBrowserShop();
  await seedShop(web.shop.db.prisma, { orders: 5, seed: 11, provider: web.shop.db.provider });
  // The first request bundles the components (charts included): done here, outside the page's load timeout.
  expect((await request(web.shop.app).get(`${ADMIN_PATH}/frontend/assets/components.bundle.js`)).status).toBe(200);
});
afterAll(() => web?.stop());

async function shot(page: import('playwright-core').Page, name: string) {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: artifactPath(`screen-settings-${name}-${testProvider()}.png`), fullPage: true });
}

test('the owner changes the orders list columns and a label, then resets them', async () => {
  const { page, errors } = await web.pageAs('OWNER');
  await page.goto(`${web.admin}/resources/ScreenSetting/actions/configure`);
  await page.selectOption('#screen-resource', 'Order');
  const list = page.getByTestId('screen-list');
  await list.waitFor();
  // Hide "Created at", "Customer", "Tags"; move "Email" to the top.
  for (const field of ['createdAt', 'customer', 'tags']) await page.locator(`label[for="list-${field}"]`).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Move email up' }).click();
  await page.getByRole('tab', { name: 'Labels' }).click();
  await page.fill('#label-email', 'Customer email');
  await page.getByRole('tab', { name: 'Actions' }).click();
  await page.getByLabel('refund for manager').uncheck();
  await shot(page, 'actions');
  await page.getByRole('tab', { name: 'List columns' }).click();
  await shot(page, 'editor');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('list columns: default → email, name, totalCents, financialStatus, fulfillmentStatus').waitFor();
  await page.getByTestId('screen-history').scrollIntoViewIfNeeded();
  await shot(page, 'saved');

  const stored = await web.shop.db.prisma.screenSetting.findUniqueOrThrow({ where: { resourceId: 'Order' } });
  expect(JSON.parse(stored.settings)).toEqual({
    list: ['email', 'name', 'totalCents', 'financialStatus', 'fulfillmentStatus'],
    labels: { email: 'Customer email' },
    actions: { refund: { roles: ['OWNER'] } },
  });

  await page.goto(`${web.admin}/resources/ScreenSetting/records/${stored.id}/show`);
  await page.getByTestId('screen-summary').waitFor();
  expect(await page.getByTestId('screen-summary').innerText()).toContain('label of email: Customer email');
  await shot(page, 'record-page');

  await page.goto(`${web.admin}/resources/Order`);
  const headers = page.locator('table thead td');
  await page.locator('table thead td', { hasText: 'Customer email' }).waitFor();
  const texts = (await headers.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  await shot(page, 'orders-list');
  expect(texts).toEqual(['Customer email', 'Order', 'Total', 'Financial status', 'Fulfillment status']);

  await page.goto(`${web.admin}/resources/ScreenSetting/actions/configure`);
  await page.selectOption('#screen-resource', 'Order');
  await page.getByRole('button', { name: 'Reset to default' }).click();
  await page.getByText('Reset to default', { exact: true }).nth(1).waitFor();
  expect(await web.shop.db.prisma.screenSetting.count()).toBe(0);
  await page.getByTestId('screen-history').scrollIntoViewIfNeeded();
  await shot(page, 'history');
  expect(errors).toEqual([]);
});
