// The built-in plugins in Chromium: risk badges in the orders list and on the order page, holding an
// order from the list, and the low-stock widget on a warehouse member's home. Screenshots are kept.
import type { Page } from 'playwright-core';
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { fraudSignals } from '../../src/plugins-builtin/fraud-signals/index.js';
import { lowStockAlerts } from '../../src/plugins-builtin/low-stock-alerts/index.js';
import { setFulfilmentHold } from '../../src/services/orders/hold.js';

let web: BrowserShop;
let risky: { id: number; name: string };
let held: { id: number; name: string };

const address = (country: string, address1 = '12 Ada Road') => ({ name: 'Ada Lovelace', address1, city: 'Berlin', zip: '10115', country });

beforeAll(async () => {
  web = await startBrowserShop({ plugins: [lowStockAlerts(), fraudSignals] });
  const db = web.shop.db;
  const scarf = await makeItem(db, { title: 'Wool scarf', priceCents: 2500, onHand: 200, sku: 'SCARF' });
  await makeItem(db, { title: 'Beanie', priceCents: 1500, onHand: 2, sku: 'BEANIE' });
  await makeItem(db, { title: 'Gloves', priceCents: 1800, onHand: 0, sku: 'GLOVES' });
  const line = [{ inventoryItemId: scarf.item.id, quantity: 1 }];
  for (let i = 0; i < 3; i++) await makeOrder(db, line, { email: `regular${i}@example.test`, shippingAddress: address('FR', `${i} rue Bleue`) });
  await makeOrder(db, line, { email: 'fast@example.test' });
  await makeOrder(db, line, { email: 'fast@example.test' });
  await makeOrder(db, line, { email: 'fast@example.test' });
  risky = await makeOrder(db, [{ inventoryItemId: scarf.item.id, quantity: 40 }], { email: 'new@example.test', shippingAddress: address('DE'), billingAddress: address('FR') });
  held = await makeOrder(db, line, { email: 'abroad@example.test', shippingAddress: address('DE', '3 Lake Street'), billingAddress: address('GB') });
  await setFulfilmentHold(db, { orderIds: [held.id], reason: 'fraud review' });
  await web.shop.events.idle();
});

afterAll(() => web?.stop());

const noPageErrors = (errors: string[]) => expect(errors).toEqual([]);

async function openOrders(page: Page, admin: string) {
  await page.goto(`${admin}/resources/Order`);
  await page.locator('[data-risk]').first().waitFor();
}

test('the orders list shows each order’s risk; support holds the risky one and the list says so', async () => {
  const { page, errors } = await web.pageAs('SUPPORT');
  await openOrders(page, web.admin);
  const row = page.locator('tr', { hasText: risky.name });
  await expect(row.locator('[data-risk]').innerText()).resolves.toBe('medium · 55');
  await expect(row.locator('[data-risk]').getAttribute('title')).resolves.toBe(
    "Billing country FR differs from shipping country DE (+30)\nFirst order from new@example.test, €1,000.00 is above €500.00 (+25)",
  );
  await expect(page.locator('[data-risk="medium"]').count()).resolves.toBe(2);
  await expect(page.locator('[data-risk="low"]').count()).resolves.toBe(6);
  await page.screenshot({ path: artifactPath(`plugins-orders-risk-${testProvider()}.png`) });

  await page.goto(`${web.admin}/resources/Order/bulk/holdFulfilment?recordIds=${risky.id}`);
  await page.getByRole('button', { name: /hold fulfilment/i }).click();
  await page.getByText('1 put on hold').waitFor();
  await openOrders(page, web.admin);
  await page.locator('tr', { hasText: risky.name }).getByText('on hold').waitFor();
  await page.screenshot({ path: artifactPath(`plugins-orders-held-${testProvider()}.png`) });
  noPageErrors(errors);
});

test('the order page shows the risk with its reasons and the hold', async () => {
  const { page, errors } = await web.pageAs('MANAGER');
  await page.goto(`${web.admin}/resources/Order/records/${held.id}/show`);
  const details = page.getByTestId('risk-details');
  await details.waitFor();
  await expect(details.innerText()).resolves.toContain('Billing country GB differs from shipping country DE (+30)');
  await page.locator('.adminjs_Badge', { hasText: 'Fulfilment on hold: fraud review' }).waitFor();
  await page.screenshot({ path: artifactPath(`plugins-order-page-${testProvider()}.png`) });
  noPageErrors(errors);
});

test('a warehouse member’s home shows the low-stock widget with its reorder list', async () => {
  const { page, errors } = await web.pageAs('WAREHOUSE');
  const widget = page.locator('[data-widget="low-stock"]');
  await widget.getByText('Gloves', { exact: true }).waitFor();
  await expect(widget.innerText()).resolves.toMatch(/Gloves\s*GLOVES\s+0\s+5\s+10/);
  await expect(widget.getByRole('link', { name: 'Download the reorder list (CSV)' }).getAttribute('href')).resolves.toBe('/back-office/api/plugins/low-stock-alerts/reorder-list.csv');
  await page.screenshot({ path: artifactPath(`plugins-home-low-stock-${testProvider()}.png`), fullPage: true });
  noPageErrors(errors);

  const support = await web.pageAs('SUPPORT');
  await support.page.getByTestId('dashboard').locator('[data-card="toFulfil"]').waitFor();
  await expect(support.page.locator('[data-widget]').count()).resolves.toBe(0);
});
