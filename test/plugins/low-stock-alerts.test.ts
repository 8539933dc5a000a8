// Low-stock alerts: the home widget and the reorder CSV per role over HTTP, and the daily digest
// queued once per day to the chosen staff.
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem } from '../support/fixtures.js';
import { lowStockAlerts, runDailyDigest } from '../../src/plugins-builtin/low-stock-alerts/index.js';
import { digestMail, sendLowStockDigest } from '../../src/plugins-builtin/low-stock-alerts/digest.js';
import { adjustStock } from '../../src/services/inventory.js';

let shop: TestShop;
let low: Awaited<ReturnType<typeof makeItem>>;
let out: Awaited<ReturnType<typeof makeItem>>;

beforeAll(async () => {
  shop = await startTestShop({ plugins: [lowStockAlerts()] });
  await makeItem(shop.db, { onHand: 50, sku: 'PLENTY' });
  low = await makeItem(shop.db, { onHand: 3, sku: '=LOW', title: 'Candle' }); // threshold 5: reorder 5×2−3 = 7
  out = await makeItem(shop.db, { onHand: 0, sku: 'OUT', title: 'Mug' }); // reorder 10
  const archived = await makeItem(shop.db, { onHand: 0, sku: 'GONE' });
  await shop.db.prisma.product.update({ where: { id: archived.product.id }, data: { status: 'ARCHIVED' } });
});
afterAll(() => shop.stop());

const widgets = `${ADMIN_PATH}/api/dashboard/widgets`;

test('warehouse sees the widget: the items at or below their threshold, lowest first, with what to reorder', async () => {
  const warehouse = await shop.login('WAREHOUSE');
  const list = await warehouse.get(widgets);
  expect(list.body.widgets).toEqual([{ id: 'low-stock', title: 'Low stock to reorder', component: 'LowStockWidget', plugin: 'low-stock-alerts' }]);
  const res = await warehouse.get(`${widgets}/low-stock`);
  expect(res.status).toBe(200);
  expect(res.body.data.total).toBe(2);
  expect(res.body.data.items.map((i: { sku: string; available: number; threshold: number; suggested: number }) => [i.sku, i.available, i.threshold, i.suggested]))
    .toEqual([['OUT', 0, 5, 10], ['=LOW', 3, 5, 7]]);
});

test('support does not see it: absent from the list, 403 on its data; an unknown widget is a 404', async () => {
  const support = await shop.login('SUPPORT');
  expect((await support.get(widgets)).body.widgets).toEqual([]);
  expect((await support.get(`${widgets}/low-stock`)).status).toBe(403);
  expect((await support.get(`${widgets}/nope`)).status).toBe(404);
});

test('the reorder list CSV: stock desk only, formula-escaped', async () => {
  const manager = await shop.login('MANAGER');
  const res = await manager.get(`${ADMIN_PATH}/api/plugins/low-stock-alerts/reorder-list.csv`);
  expect(res.status).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/^attachment; filename="reorder-list-\d{4}-\d{2}-\d{2}\.csv"$/);
  expect(res.text.trim().split('\n')).toEqual([
    'SKU,Item,Available,Threshold,Suggested quantity',
    `'=LOW,Candle,3,5,7`,
    'OUT,Mug,0,5,10',
  ]);
  const support = await shop.login('SUPPORT');
  expect((await support.get(`${ADMIN_PATH}/api/plugins/low-stock-alerts/reorder-list.csv`)).status).toBe(403);
  expect((await manager.get(`${ADMIN_PATH}/api/plugins/low-stock-alerts/nope.csv`)).status).toBe(404);
});

test('in French: the CSV headers for a French staff member, the digest when the shop writes in French (SHOP_LOCALE=fr)', async () => {
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.WAREHOUSE.id }, data: { locale: 'fr' } });
  const warehouse = await shop.login('WAREHOUSE');
  const res = await warehouse.get(`${ADMIN_PATH}/api/plugins/low-stock-alerts/reorder-list.csv`);
  expect(res.text.split('\n')[0]).toBe('Référence,Article,Disponible,Seuil,Quantité suggérée');
  await shop.db.prisma.staffUser.update({ where: { id: shop.staff.WAREHOUSE.id }, data: { locale: 'en' } });

  const items = [{ inventoryItemId: 1, productId: 1, title: 'Mug', sku: 'OUT', available: 0, threshold: 5, suggested: 10 }];
  const before = process.env.SHOP_LOCALE;
  process.env.SHOP_LOCALE = 'fr';
  try {
    const mail = digestMail(items, 'https://shop.test/admin');
    expect(mail.subject).toBe('Stock bas : 1 article à réapprovisionner');
    expect(mail.text).toBe([
      '1 article est au niveau de son seuil de stock bas ou en dessous.', '',
      '  Mug (OUT) : 0 disponible(s), seuil 5, à commander 10', '',
      'Liste de réapprovisionnement : https://shop.test/admin/api/plugins/low-stock-alerts/reorder-list.csv',
    ].join('\n'));
  } finally {
    if (before === undefined) delete process.env.SHOP_LOCALE;
    else process.env.SHOP_LOCALE = before;
  }
  expect(digestMail(items).subject).toBe('Low stock: 1 item to reorder');
});

test('the digest goes once a day to owners and warehouse by default, or to the chosen staff', async () => {
  const day = new Date('2026-03-02T08:00:00Z');
  const first = await sendLowStockDigest(shop.db, { recipients: [], mailMode: 'local', now: day });
  expect(first).toEqual({ sent: true, day: '2026-03-02', to: [shop.staff.OWNER.email, shop.staff.WAREHOUSE.email], items: 2 });
  const mails = await shop.db.prisma.mailMessage.findMany({ where: { kind: 'low-stock-digest' }, orderBy: { id: 'asc' } });
  expect(mails.map((m) => m.to)).toEqual([shop.staff.OWNER.email, shop.staff.WAREHOUSE.email]);
  expect(mails[0].subject).toBe('Low stock: 2 items to reorder');
  expect(mails[0].text).toContain('Mug (OUT): 0 available, threshold 5, reorder 10');

  expect(await sendLowStockDigest(shop.db, { recipients: [], mailMode: 'local', now: new Date('2026-03-02T23:00:00Z') }))
    .toEqual({ sent: false, day: '2026-03-02', reason: 'already sent today' });
  const next = await sendLowStockDigest(shop.db, { recipients: ['buyer@shop.test'], mailMode: 'local', now: new Date('2026-03-03T08:00:00Z') });
  expect(next).toMatchObject({ sent: true, to: ['buyer@shop.test'] });
  expect(await shop.db.prisma.mailMessage.count({ where: { kind: 'low-stock-digest' } })).toBe(3);
});

test("the timer's job waits for the digest hour, and nothing is sent when nothing is low", async () => {
  const ctx = { shop: shop.db, mail: shop.mail, rootPath: ADMIN_PATH, uploadsDir: shop.uploadsDir };
  expect(await runDailyDigest(ctx, { digestHourUtc: 7 }, new Date('2026-03-04T06:59:00Z'))).toMatchObject({ sent: false, reason: 'too early' });
  await adjustStock(shop.db, { inventoryItemId: low.item.id, mode: 'set', quantity: 40 });
  await adjustStock(shop.db, { inventoryItemId: out.item.id, mode: 'set', quantity: 40 });
  expect(await runDailyDigest(ctx, { digestHourUtc: 7 }, new Date('2026-03-04T07:00:00Z'))).toMatchObject({ sent: false, reason: 'nothing is low' });
  const warehouse = await shop.login('WAREHOUSE');
  expect((await warehouse.get(`${widgets}/low-stock`)).body.data).toEqual({ total: 0, items: [], csv: '/api/plugins/low-stock-alerts/reorder-list.csv' });
});
