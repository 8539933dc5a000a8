// "Import CSV" on products over real HTTP: the check writes nothing, the import writes, a refused
// file writes nothing, only managers may import, and no upload — however broken — gets a 500.
import request from 'supertest';
import { ADMIN_PATH, PASSWORD, startTestShop, type TestShop } from '../support/app.js';
import { makeItem } from '../support/fixtures.js';
import { listen } from '../support/listen.js';
import { csvFile, PRODUCT_HEADER, productDump } from '../support/product-dump.js';
import { exportUrl } from '../export/support.js';

let shop: TestShop;
let server: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  shop = await startTestShop();
  server = await listen(shop.app);
  await shop.db.prisma.category.create({ data: { name: 'Garden', handle: 'garden' } });
});
afterAll(async () => {
  await server.close();
  await shop.stop();
});

const IMPORT = `${ADMIN_PATH}/api/resources/Product/actions/importCsv`;

/** A logged-in agent on a real listening server, sending the admin's own Origin like a browser. */
async function staff(role: keyof TestShop['staff']) {
  const agent = request.agent(server.url);
  const res = await agent.post(`${ADMIN_PATH}/login`).set('Origin', server.url).type('form').send({ email: shop.staff[role].email, password: PASSWORD });
  expect(res.status).toBe(302);
  return {
    get: (url: string) => agent.get(url),
    upload: (file: Buffer | null, fields: Record<string, string> = {}, name = 'products.csv') => {
      let req = agent.post(IMPORT).set('Origin', server.url);
      for (const [k, v] of Object.entries(fields)) req = req.field(k, v);
      return file ? req.attach('file', file, { filename: name, contentType: 'text/csv' }) : req;
    },
  };
}

const good = () =>
  csvFile([
    PRODUCT_HEADER,
    ['rake', 'Rake', 'active', 'Acme', 'Tool', 'Garden', 'RAKE-1', '', '24.90', '', 'garden', 'A sturdy rake', 6],
    ['hoe', 'Hoe', 'draft', '', '', '', 'HOE-1', '', '12.00', '15.00', '', '', ''],
  ]);

test('the check writes nothing; the import writes products, stock and IMPORT movements', async () => {
  const manager = await staff('MANAGER');
  const before = await productDump(shop.db);
  const check = await manager.upload(good(), { dryRun: 'true' });
  expect(check.status).toBe(200);
  expect(check.body.report).toEqual({ rows: 2, creates: 2, updates: 0, unchanged: 0, stockChanges: 1, errors: [], errorCount: 0, applied: false });
  expect(check.body.notice).toBeUndefined();
  expect(await productDump(shop.db)).toEqual(before);

  const done = await manager.upload(good(), { dryRun: 'false' });
  expect(done.status).toBe(200);
  expect(done.body.notice).toEqual({ message: 'Imported: 2 products created, 0 updated, 0 unchanged; stock changed on 1 item.', type: 'success' });
  expect(done.body.listUrl).toBe(`${ADMIN_PATH}/resources/Product`);
  const rake = await shop.db.prisma.product.findUniqueOrThrow({ where: { handle: 'rake' }, include: { category: true, inventoryItems: { include: { movements: true } } } });
  expect(rake).toMatchObject({ title: 'Rake', priceCents: 2490, vendor: 'Acme', category: { name: 'Garden' } });
  expect(rake.inventoryItems[0].movements.map((m) => [m.reason, m.onHandDelta, m.staffUserId])).toEqual([['IMPORT', 6, shop.staff.MANAGER.id]]);
  expect(await shop.db.prisma.product.findUniqueOrThrow({ where: { handle: 'hoe' } })).toMatchObject({ compareAtPriceCents: 1500, status: 'DRAFT' });
});

test('a file with errors answers 422 with the rows to fix, and writes nothing', async () => {
  const manager = await staff('OWNER');
  const file = csvFile([PRODUCT_HEADER, ['spade', 'Spade', 'active', '', '', '', '', '', 'ten', '', '', '', 3], ['fork', 'Fork', 'active', '', '', 'Attic', '', '', '8.00', '', '', '', '']]);
  const before = await productDump(shop.db);
  const check = await manager.upload(file, { dryRun: 'true' });
  expect(check.status).toBe(200);
  expect(check.body.report.errors).toEqual([
    { row: 2, column: 'Price', message: 'Price "ten" is not an amount (write it like 19.99).' },
    { row: 3, column: 'Category', message: 'There is no category "Attic". Create it first (Catalog → Categories), or leave the cell empty.' },
  ]);
  const refused = await manager.upload(file);
  expect(refused.status).toBe(422);
  expect(refused.body.notice).toEqual({ message: 'Nothing was imported: the file has 2 problems (row 2: Price "ten" is not an amount (write it like 19.99).).', type: 'error' });
  expect(refused.body.report.errors).toEqual(check.body.report.errors);
  expect(await productDump(shop.db)).toEqual(before);
});

test('support and warehouse staff may not import (403), nor check a file', async () => {
  const before = await productDump(shop.db);
  for (const role of ['SUPPORT', 'WAREHOUSE'] as const) {
    const agent = await staff(role);
    expect((await agent.upload(good(), { dryRun: 'true' })).status).toBe(403);
    expect((await agent.upload(csvFile([PRODUCT_HEADER, ['shears', 'Shears', 'active', '', '', '', '', '', '9.00', '', '', '', 1]]))).status).toBe(403);
    expect((await agent.get(IMPORT)).status).toBe(403);
  }
  expect(await productDump(shop.db)).toEqual(before);
  expect((await request(server.url).post(IMPORT).set('Origin', server.url).attach('file', good(), 'p.csv')).status).toBe(401);
});

const MALFORMED: Array<[string, Buffer | null, Record<string, string>]> = [
  ['no file at all', null, {}],
  ['a text field named file', null, { file: 'Handle,Title\nx,y' }],
  ['an empty file', Buffer.alloc(0), {}],
  ['binary junk', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), {}],
  ['the wrong header', Buffer.from('Name,Email\n#1001,a@b.test\n'), {}],
  ['an unclosed quote', Buffer.from('Handle,Title,Price\n"rake,Rake,1\n'), {}],
  ['Latin-1 text', Buffer.concat([Buffer.from('Handle,Title,Price\nthe,Th'), Buffer.from([0xe9]), Buffer.from(',1\n')]), {}],
  ['a UTF-16 file without a BOM', Buffer.from('Handle,Title,Price\nx,X,1\n', 'utf16le'), {}],
  ['rows longer than the header', Buffer.from('Handle,Title,Price\nx,X,1,2,3\n'), {}],
];

test.each(MALFORMED)('%s: a clear 4xx (or per-row message), never a 500, nothing written', async (_what, file, fields) => {
  const manager = await staff('MANAGER');
  const before = await productDump(shop.db);
  for (const dryRun of ['true', 'false']) {
    const res = await manager.upload(file, { ...fields, dryRun });
    expect(res.status).toBe(file === null || dryRun === 'false' ? 422 : 200);
    const message: string = res.body.notice?.message ?? res.body.report.errors[0].message;
    expect(message).toMatch(/^(Choose a CSV file|Nothing was imported|The file|This is not a CSV|Unknown column|A quote|This row has)/);
    if (file) expect(res.body.report.errorCount).toBeGreaterThan(0);
  }
  expect(await productDump(shop.db)).toEqual(before);
});

test('a file over 10 MB is refused with a 4xx, nothing written', async () => {
  const manager = await staff('MANAGER');
  const before = await productDump(shop.db);
  const big = Buffer.concat([Buffer.from(`${PRODUCT_HEADER.join(',')}\n`), Buffer.alloc(11 * 1024 * 1024, 'a')]);
  const res = await manager.upload(big).catch((e: { status?: number; response?: { status: number } }) => e.response ?? e);
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(await productDump(shop.db)).toEqual(before);
});

test('round trip: the product export imported back changes nothing (plain and Excel variants)', async () => {
  const { product, item } = await makeItem(shop.db, { title: '=HYPERLINK("http://x")', priceCents: 1999, onHand: 7 });
  await shop.db.prisma.product.update({ where: { id: product.id }, data: { sku: '-MINUS', tags: '@home, +sale', description: 'Two\nlines, "quoted"', compareAtPriceCents: 2500, vendor: 'Acme; Co' } });
  const withVariants = await shop.db.prisma.product.create({ data: { title: 'Tee', handle: 'tee', priceCents: 1500 } });
  const variant = await shop.db.prisma.productVariant.create({ data: { productId: withVariants.id, title: 'M', priceCents: 1500 } });
  await shop.db.prisma.inventoryItem.create({ data: { productId: withVariants.id, variantId: variant.id } });
  expect(item.onHand).toBeDefined();
  const manager = await staff('MANAGER');
  const count = await shop.db.prisma.product.count();
  for (const query of ['', 'excel=1']) {
    const exported = await manager.get(exportUrl('Product', query));
    expect(exported.status).toBe(200);
    const before = await productDump(shop.db);
    const check = await manager.upload(Buffer.from(exported.text, 'utf8'), { dryRun: 'true' });
    expect(check.body.report).toEqual({ rows: count, creates: 0, updates: 0, unchanged: count, stockChanges: 0, errors: [], errorCount: 0, applied: false });
    const done = await manager.upload(Buffer.from(exported.text, 'utf8'));
    expect(done.body.report).toMatchObject({ creates: 0, updates: 0, unchanged: count, applied: true });
    const after = await productDump(shop.db);
    expect({ ...after, events: 0 }).toEqual({ ...before, events: 0 });
  }
});
