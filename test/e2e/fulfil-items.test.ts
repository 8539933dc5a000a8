// A manager ships one order in two parcels from its page, each with its own carrier and tracking,
// and sees both parcels and their timeline entries; in English, then in French (an unpaid order there,
// so the confirmation is asked for before it ships).
import { artifactPath } from '../support/browser.js';
import { startBrowserShop, type BrowserShop } from '../support/browser-shop.js';
import { testProvider } from '../support/database.js';
import { makeItem, makeOrder, stockOf } from '../support/fixtures.js';

let web: BrowserShop;
let shop: BrowserShop['shop'];
beforeAll(async () => {
  web = await startBrowserShop();
  shop = web.shop;
});
afterAll(() => web?.stop());

const WORDS = {
  en: {
    action: 'Fulfil items', tote: 'Units of Canvas tote in this parcel', mug: 'Units of Stoneware mug in this parcel', carrier: 'Carrier', tracking: 'Tracking number',
    shipTwo: 'Ship 2 items', shipThree: 'Ship 3 items', first: (name: string) => `Shipped 2 items of ${name}. 3 items still to ship.`, second: (name: string) => `Shipped 3 items of ${name}. ${name} is fulfilled.`,
    parcel1: 'Parcel 1 · 2 items · Colissimo · 8Z100', parcel2: 'Parcel 2 · 3 items · DPD · DPD-200', entry1: 'Fulfilled 2 items · Colissimo 8Z100', entry2: 'Fulfilled 3 items · DPD DPD-200',
    status: 'Fulfilled', unpaid: '', confirm: '',
  },
  fr: {
    action: 'Expédier des articles', tote: 'Unités de Canvas tote dans ce colis', mug: 'Unités de Stoneware mug dans ce colis', carrier: 'Transporteur', tracking: 'Numéro de suivi',
    shipTwo: 'Expédier 2 articles', shipThree: 'Expédier 3 articles', first: (name: string) => `2 articles de ${name} expédiés. Restent 3 articles à expédier.`, second: (name: string) => `3 articles de ${name} expédiés. ${name} est entièrement expédiée.`,
    parcel1: 'Colis 1 · 2 articles · Colissimo · 8Z100', parcel2: 'Colis 2 · 3 articles · DPD · DPD-200', entry1: 'Expédié 2 articles · Colissimo 8Z100', entry2: 'Expédié 3 articles · DPD DPD-200',
    status: 'Expédiée', unpaid: "Cette commande n'est pas entièrement payée", confirm: 'Expédier quand même, avant le paiement',
  },
} as const;

test.each(['en', 'fr'] as const)('a manager ships two parcels of one order with their own tracking (%s)', async (locale) => {
  const words = WORDS[locale];
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { locale } });
  const { item: tote } = await makeItem(shop.db, { title: 'Canvas tote', onHand: 10, priceCents: 2400, sku: `TOTE-${locale}` });
  const { item: mug } = await makeItem(shop.db, { title: 'Stoneware mug', onHand: 10, priceCents: 1800, sku: `MUG-${locale}` });
  const order = await makeOrder(shop.db, [{ inventoryItemId: tote.id, quantity: 3 }, { inventoryItemId: mug.id, quantity: 2 }], { payment: locale === 'fr' ? 'authorize' : 'sale', shippingCents: 490 });
  const { page, errors } = await web.pageAs('MANAGER');
  const show = `${web.admin}/resources/Order/records/${order.id}/show`;

  // Parcel 1: two totes, no mug.
  await page.goto(show);
  await page.getByText(words.action, { exact: true }).waitFor();
  await page.screenshot({ path: artifactPath(`fulfil-items-before-${locale}-${testProvider()}.png`) });
  await page.getByText(words.action, { exact: true }).click();
  await page.getByLabel(words.tote).fill('2');
  await page.getByLabel(words.mug).fill('0');
  await page.getByLabel(words.carrier).fill('Colissimo');
  await page.getByLabel(words.tracking).fill('8Z100');
  const first = page.getByRole('button', { name: words.shipTwo });
  if (locale === 'fr') {
    await page.getByText(words.unpaid).waitFor();
    await expect(first.isDisabled()).resolves.toBe(true); // asks before an unpaid order ships
    await page.getByText(words.confirm).click();
  }
  await page.waitForFunction((name) => [...document.querySelectorAll('button')].some((b) => b.textContent === name && !b.disabled), words.shipTwo);
  await page.screenshot({ path: artifactPath(`fulfil-items-form-${locale}-${testProvider()}.png`), fullPage: true });
  await first.click();
  await page.getByText(words.first(order.name)).first().waitFor();
  await page.getByTestId('parcel').filter({ hasText: words.parcel1 }).waitFor();

  // Parcel 2: the form offers what remains (one tote, two mugs).
  await page.getByText(words.action, { exact: true }).click();
  await expect(page.getByLabel(words.tote).inputValue()).resolves.toBe('1');
  await expect(page.getByLabel(words.mug).inputValue()).resolves.toBe('2');
  await page.getByLabel(words.carrier).fill('DPD');
  await page.getByLabel(words.tracking).fill('DPD-200');
  if (locale === 'fr') await page.getByText(words.confirm).click();
  await page.getByRole('button', { name: words.shipThree }).click();
  await page.getByText(words.second(order.name)).first().waitFor();

  const parcels = page.getByTestId('parcel');
  await parcels.filter({ hasText: words.parcel2 }).waitFor();
  await expect(parcels.count()).resolves.toBe(2);
  await expect(parcels.nth(1).innerText()).resolves.toContain('1 × Canvas tote, 2 × Stoneware mug');
  for (const entry of [words.entry1, words.entry2]) await page.getByTestId('timeline-entry').filter({ hasText: entry }).waitFor();
  await page.getByText(words.status, { exact: true }).first().waitFor();
  await page.screenshot({ path: artifactPath(`fulfil-items-order-${locale}-${testProvider()}.png`), fullPage: true });
  await parcels.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: artifactPath(`fulfil-items-parcels-${locale}-${testProvider()}.png`) });

  const saved = await shop.db.prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { fulfillments: { orderBy: { id: 'asc' } } } });
  expect(saved.fulfillmentStatus).toBe('FULFILLED');
  expect(saved.fulfillments.map((f) => [f.carrier, f.trackingNumber])).toEqual([['Colissimo', '8Z100'], ['DPD', 'DPD-200']]);
  expect(await stockOf(shop.db, tote.id)).toEqual({ onHand: 7, committed: 0 });
  expect(await stockOf(shop.db, mug.id)).toEqual({ onHand: 8, committed: 0 });
  expect(await shop.db.prisma.mailMessage.count({ where: { orderId: order.id, kind: 'shipping-confirmation' } })).toBe(2);
  expect(errors).toEqual([]);
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.MANAGER.id }, data: { locale: 'en' } });
});
