// A French-speaking manager works in French: dashboard (with the low-stock widget), orders (with the
// risk badge), an order, the refund form, products, the print sheet, the audit log; a French owner
// configures a screen.
// No English word of Counter's, AdminJS's or the built-in plugins' may be left on those screens; an
// English-speaking owner still sees the same screens in English.
import type { Page } from 'playwright-core';
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';
import { makeItem, makeOrder } from '../support/fixtures.js';
import { lowStockAlerts } from '../../src/plugins-builtin/low-stock-alerts/index.js';
import { FRAUD_REVIEW, fraudSignals } from '../../src/plugins-builtin/fraud-signals/index.js';
import { setFulfilmentHold } from '../../src/services/orders/hold.js';

let web: BrowserShop;
let shop: BrowserShop['shop'];
let orderId: number;
let productId: number;

// Words of the English screens (AdminJS's and Counter's); none may show on a French screen.
const ENGLISH = [
  'Orders', 'Order', 'Filter', 'Create new', 'Actions', 'Refund', 'Refunded', 'Total', 'Paid', 'Dashboard', 'Sales', 'Products', 'Product',
  'Customers', 'Customer', 'Shipping', 'Status', 'Items', 'Item', 'Payments', 'Timeline', 'Tags', 'Save', 'Cancel', 'Search', 'Log out',
  'Reason', 'Restock', 'Price', 'Quantity', 'Fulfil', 'Fulfilled', 'Unfulfilled', 'Pending', 'Loading', 'Chart', 'Period', 'Today', 'days',
  'Gross', 'Net', 'Best sellers', 'Yes', 'No', 'Show', 'Edit', 'Delete', 'Name', 'Created', 'Updated', 'Catalog', 'Inventory', 'Settings',
  'Draft', 'Archive', 'Capture', 'Print', 'Duplicate', 'Hello', 'What', 'Email', 'the', 'and', 'of', 'to', 'Discount', 'Subtotal',
  'Balance', 'Billing', 'None', 'Ordered', 'Refundable', 'Up to', 'Welcome', 'Log in', 'Password', 'Import', 'Export', 'Variants',
  'Categories', 'Abandoned', 'Checkout', 'Staff', 'Audit', 'Partially', 'Authorized', 'Active', 'Selected', 'Apply', 'Reset', 'List',
];
// Data the fixtures put on the screens (names, e-mails), not words of the interface.
const DATA = [
  // the CSV's column names, which the import screen quotes as they are written in the file
  '(Handle, Title, Status, Vendor, Type, Category, SKU, Barcode, Price, Compare At Price, Tags, Description, On hand)', '« On hand »',
  'Linen apron', 'Wool scarf', 'buyer@example.test', 'Manager Staff', 'Owner Staff', 'APRON-L', 'SCARF-W', 'Counter', 'Manager'];

async function englishLeft(page: Page): Promise<string[]> {
  let text = await page.evaluate(() => document.body.innerText);
  for (const d of DATA) text = text.split(d).join(' ');
  // Each English word found, with what surrounds it (to find it on the screen).
  return ENGLISH.flatMap((word) => {
    const found = new RegExp(`(^|[^\\p{L}])${word}(?![\\p{L}])`, 'u').exec(text);
    return found ? [`${word}: …${text.slice(Math.max(0, found.index - 30), found.index + word.length + 30).replace(/\s+/g, ' ')}…`] : [];
  });
}

async function frenchScreen(page: Page, name: string, ready: string) {
  await page.getByText(ready, { exact: false }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: artifactPath(`french-${name}-${testProvider()}.png`), fullPage: true });
  expect({ screen: name, english: await englishLeft(page) }).toEqual({ screen: name, english: [] });
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
}

beforeAll(async () => {
  web = await startBrowserShop({ plugins: [lowStockAlerts(), fraudSignals] });
  shop = web.shop;
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { locale: 'fr' } });
  const { item, product } = await makeItem(shop.db, { title: 'Linen apron', onHand: 12, priceCents: 2900, sku: 'APRON-L' });
  productId = product.id;
  const scarf = await makeItem(shop.db, { title: 'Wool scarf', onHand: 2, priceCents: 4500, sku: 'SCARF-W' });
  // Shipped abroad (a risk reason to read in French) and held for a fraud review (the hold pill and header).
  const address = (country: string) => ({ name: 'Ada Lovelace', address1: '12 rue Bleue', city: 'Paris', zip: '75009', country });
  orderId = (await makeOrder(shop.db, [{ inventoryItemId: item.id, quantity: 3 }, { inventoryItemId: scarf.item.id, quantity: 1 }], { shippingCents: 490, billingAddress: address('FR'), shippingAddress: address('DE') })).id;
  await shop.events.idle();
  await setFulfilmentHold(shop.db, { orderIds: [orderId], reason: FRAUD_REVIEW });
});
afterAll(() => web?.stop());

test('a French manager sees the dashboard, orders, an order, the refund form and products in French', async () => {
  const { page, errors } = await web.pageAs('MANAGER');
  await page.getByText('Que souhaitez-vous faire ?').waitFor();
  await page.getByText('Ventes', { exact: true }).first().waitFor();
  const widget = page.locator('[data-widget="low-stock"]');
  await widget.getByText('Wool scarf', { exact: true }).waitFor(); // the scarf: 1 available, threshold 5
  await widget.getByText('Stock bas à réapprovisionner').waitFor();
  await frenchScreen(page, 'dashboard', 'Télécharger la liste de réapprovisionnement (CSV)');

  await page.goto(`${web.admin}/resources/Order`);
  await page.locator('table tbody tr').first().waitFor();
  expect((await page.locator('table tbody tr').first().innerText()).replace(/\s/g, ' ')).toContain('136,90 €');
  await page.locator('table tbody tr').first().getByText('suspendue').waitFor();
  await frenchScreen(page, 'orders', 'Statut financier');

  await page.getByText('Filtrer', { exact: true }).click();
  await page.getByText('Statut financier').last().waitFor();
  await page.waitForTimeout(500); // the drawer slides in
  await frenchScreen(page, 'orders-filter', 'Appliquer');
  expect(await page.evaluate(() => [...document.querySelectorAll('[class$="-placeholder"]')].map((e) => getComputedStyle(e, '::after').content))).toContain('"Choisir…"');

  await page.goto(`${web.admin}/resources/Order/records/${orderId}/show`);
  await page.getByText('Pays de facturation FR différent du pays de livraison DE (+30)').first().waitFor();
  await page.getByText('Expédition suspendue : examen anti-fraude').first().waitFor();
  await frenchScreen(page, 'order', 'Chronologie');

  await page.getByText('Rembourser', { exact: true }).click();
  await page.getByLabel('Unités de Linen apron à rembourser').fill('1');
  await frenchScreen(page, 'refund', 'Remettre en stock les articles remboursés');
  await page.getByRole('button', { name: 'Rembourser 29,00 €' }).click();
  await page.getByText('Remboursé : 29,00 €').first().waitFor();

  await page.goto(`${web.admin}/resources/Product`);
  await page.locator('table tbody tr').first().waitFor();
  await frenchScreen(page, 'products', 'Produits');

  await page.goto(`${web.admin}/resources/Product/records/${productId}/show`);
  await frenchScreen(page, 'product', 'Mouvements de stock');

  await page.goto(`${web.admin}/resources/Product/actions/importCsv`);
  await frenchScreen(page, 'import', 'Vérifier le fichier');

  await page.goto(`${web.admin}/resources/Order/records/${orderId}/print`);
  await frenchScreen(page, 'print', 'Ouvrir dans un nouvel onglet');
  await page.goto(`${web.admin}/orders/${orderId}/print`);
  await frenchScreen(page, 'print-sheet', 'Livrer à');

  await page.goto(`${web.admin}/resources/AuditEvent`);
  await page.locator('table tbody tr').first().waitFor();
  await frenchScreen(page, 'audit-log', 'Risque de fraude 30/100 (moyen)');
  expect(errors).toEqual([]);
});

test('an English owner still sees the same screens in English', async () => {
  const { page, errors } = await web.pageAs('OWNER');
  await page.getByText('What would you like to work on?').waitFor();
  await page.goto(`${web.admin}/resources/Order`);
  await page.locator('table tbody tr').first().waitFor();
  await page.getByText('Financial status').first().waitFor();
  await page.getByText('Filter', { exact: true }).waitFor();
  await page.goto(`${web.admin}/resources/Order/records/${orderId}/show`);
  await page.getByText('Timeline', { exact: true }).waitFor();
  await page.getByText('Refund', { exact: true }).first().waitFor();
  await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await page.screenshot({ path: artifactPath(`english-order-${testProvider()}.png`), fullPage: true });
  expect(errors).toEqual([]);
});

test('a French owner configures a screen in French: editor, tabs, a refusal, the history', async () => {
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.OWNER.id }, data: { locale: 'fr' } });
  const { page, errors } = await web.pageAs('OWNER');
  await page.goto(`${web.admin}/resources/ScreenSetting/actions/configure`);
  await page.selectOption('#screen-resource', 'Order');
  await page.getByTestId('screen-list').waitFor();
  await frenchScreen(page, 'screens', 'Colonnes de la liste');

  await page.getByRole('tab', { name: 'Opérations' }).click();
  await page.getByText('désactivée dans le code').first().waitFor().catch(() => undefined);
  await frenchScreen(page, 'screens-actions', 'Décochez un rôle');

  await page.getByRole('tab', { name: 'Tri, lignes, menu' }).click();
  await page.locator('#screen-per-page').fill('0');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByText('il faut au moins 1 ligne par page').waitFor();
  await frenchScreen(page, 'screens-refused', 'il faut au moins 1 ligne par page');

  await page.locator('#screen-per-page').fill('20');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await page.getByTestId('screen-history').getByText('lignes par page : par défaut → 20').waitFor();
  await frenchScreen(page, 'screens-saved', 'Historique');
  await page.getByRole('button', { name: 'Revenir aux réglages par défaut' }).click();
  await page.getByText('Commandes : retour aux écrans par défaut.').first().waitFor();
  expect(errors).toEqual([]);
});
