// A manager logs in and lands on the dashboard: live cards, then the figures; changes the period,
// switches a chart to its table. A warehouse member sees the stock side only.
import type { Page } from 'playwright-core';
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';
import { makeItem, makeOrder } from '../support/fixtures.js';

let web: BrowserShop;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  web = await startBrowserShop();
  const db = web.shop.db;
  const scarves = await db.prisma.category.create({ data: { name: 'Scarves', handle: 'scarves-e2e' } });
  const wool = await makeItem(db, { title: 'Wool scarf', priceCents: 2500, onHand: 40 });
  const beanie = await makeItem(db, { title: 'Beanie', priceCents: 1500, onHand: 6 });
  await db.prisma.product.update({ where: { id: wool.product.id }, data: { categoryId: scarves.id } });
  const ada = await db.prisma.customer.create({ data: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' } });
  const now = Date.now();
  // Twenty orders over the last 20 days, at varied hours; a few unpaid ones stay to capture.
  for (let i = 0; i < 20; i++) {
    const lines = [{ inventoryItemId: wool.item.id, quantity: 1 + (i % 2) }, ...(i % 3 === 0 ? [{ inventoryItemId: beanie.item.id, quantity: 1 }] : [])];
    await makeOrder(db, lines, { createdAt: new Date(now - i * DAY - (i % 7) * 3_600_000), customerId: i % 2 ? ada.id : null, payment: i % 5 === 0 ? 'authorize' : 'sale', email: `buyer${i}@example.test` });
  }
  await db.prisma.abandonedCheckout.create({ data: { token: 'e2e-1', email: 'cart@example.test', subtotalCents: 4200, totalCents: 4200, createdAt: new Date(now - 2 * DAY) } });
});

afterAll(() => web?.stop());

function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    // AdminJS asks a font CDN for its web font; this machine is offline. Anything else counts.
    if (msg.type() === 'error' && !msg.text().includes('net::ERR_NAME_NOT_RESOLVED')) errors.push(msg.text());
  });
  return errors;
}

test('the manager’s home: cards, figures, a period change and a table view', async () => {
  const { page, errors } = await web.pageAs('MANAGER');
  const logged = consoleErrors(page);
  await page.reload(); // the console listener is in place from the first render
  const dashboard = page.getByTestId('dashboard');
  await dashboard.locator('[data-card="toFulfil"]').waitFor();
  await expect(dashboard.locator('[data-card="toCapture"]').innerText()).resolves.toMatch(/^Payments to capture\s+4\b/);
  await expect(dashboard.locator('[data-card="abandonedCheckouts"]').innerText()).resolves.toContain('€42.00');
  await expect(dashboard.locator('[data-card="draftOrders"]').innerText()).resolves.toContain('No draft order is waiting.');
  const capture = await dashboard.locator('[data-card="toCapture"] a').first().getAttribute('href');
  expect(capture).toBe('/back-office/resources/Order?filters.financialStatus=AUTHORIZED&filters.cancelled=false');

  // Default period: 7 days → 7 orders (days 0–6).
  const orders = page.locator('[data-kpi="orders"]');
  await expect(orders.innerText()).resolves.toBeTruthy();
  await page.waitForFunction(() => /Orders\s*7\b/.test((document.querySelector('[data-kpi="orders"]') as HTMLElement | null)?.innerText ?? ''));
  await page.locator('[data-figure="peaks"] rect.peak-cell').first().waitFor();
  await page.locator('[data-figure="bestSellers"]').getByText('Wool scarf').first().waitFor();

  await page.getByTestId('period-picker').getByRole('button', { name: '30 days' }).click();
  await page.waitForFunction(() => /Orders\s*20\b/.test((document.querySelector('[data-kpi="orders"]') as HTMLElement | null)?.innerText ?? ''));
  await page.locator('[data-figure="categories"]').getByText('Scarves').first().waitFor();

  await page.locator('[data-figure="sales"]').getByRole('button', { name: 'Table' }).click();
  await page.locator('[data-figure="sales"] table').waitFor();
  await page.setViewportSize({ width: 1400, height: 2400 }); // AdminJS scrolls inside its layout: a tall window shows it all
  await page.waitForTimeout(500); // let the charts settle before the picture
  await page.screenshot({ path: artifactPath(`dashboard-${testProvider()}.png`), fullPage: true });
  await page.locator('[data-figure="sales"]').getByRole('button', { name: 'Chart' }).click();
  await page.locator('[data-figure="sales"] .recharts-surface').first().waitFor();

  await page.getByTestId('period-picker').getByRole('button', { name: 'Custom' }).click();
  await page.getByLabel('From').fill('2020-01-01');
  await page.getByLabel('To').fill('2020-01-31');
  await page.getByTestId('period-picker').getByRole('button', { name: 'Apply' }).click();
  await page.waitForFunction(() => /Orders\s*0\b/.test((document.querySelector('[data-kpi="orders"]') as HTMLElement | null)?.innerText ?? ''));
  await page.screenshot({ path: artifactPath(`dashboard-custom-${testProvider()}.png`), fullPage: true });
  expect(errors).toEqual([]);
  expect(logged).toEqual([]);
});

test('warehouse sees fulfilment and stock, not sales', async () => {
  const { page, errors } = await web.pageAs('WAREHOUSE');
  await page.locator('[data-card="lowStock"]').waitFor();
  await page.locator('[data-figure="stockCover"]').getByText('Beanie').first().waitFor();
  const cards = await page.locator('[data-card]').evaluateAll((els) => els.map((e) => e.getAttribute('data-card')));
  expect(cards).toEqual(['toFulfil', 'lowStock', 'outOfStock']);
  expect(await page.locator('[data-figure]').evaluateAll((els) => els.map((e) => e.getAttribute('data-figure')))).toEqual(['stockCover']);
  await page.screenshot({ path: artifactPath(`dashboard-warehouse-${testProvider()}.png`), fullPage: true });
  expect(errors).toEqual([]);
});
