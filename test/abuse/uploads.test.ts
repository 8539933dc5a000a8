// Malformed CSV imports, oversized images and files that only pretend to be images, sent as the OWNER:
// each one is refused with a 4xx or a validation message, nothing is written and nothing is kept in
// the uploads folder. A formula that a CSV import stores as text comes back neutralised in the export.
import { readdirSync } from 'node:fs';
import { ADMIN_PATH, startTestShop, type TestShop } from '../support/app.js';
import { makeItem } from '../support/fixtures.js';
import { oversizedPng, pngImage } from '../support/images.js';
import { csvFile, PRODUCT_HEADER } from '../support/product-dump.js';
import { changedTables, dumpDatabase, isRefusal, watchWrites } from './support.js';
import { exportUrl, readCsv } from '../export/support.js';

let shop: TestShop;
let productId: number;
beforeAll(async () => {
  shop = await startTestShop();
  productId = (await makeItem(shop.db, { title: 'Vase' })).product.id;
});
afterAll(() => shop.stop());

const row = (cells: Partial<Record<string, string>>) => PRODUCT_HEADER.map((h) => cells[h] ?? '');
const BAD_CSV: Array<[string, Buffer]> = [
  ['empty file', Buffer.alloc(0)],
  ['a PNG named .csv', pngImage(8, 8)],
  ['NUL bytes', Buffer.from('Handle,Title\nab\u0000c,Cup\n')],
  ['Latin-1, not UTF-8', Buffer.from('Handle,Title\ncaf\xe9,Caf\xe9\n', 'latin1')],
  ['unclosed quote', Buffer.from('Handle,Title\n"cup,Cup\n')],
  ['header only', csvFile([PRODUCT_HEADER])],
  ['unknown columns', Buffer.from('Foo,Bar\n1,2\n')],
  ['1 MB title', csvFile([PRODUCT_HEADER, row({ Handle: 'big', Title: 'x'.repeat(1024 * 1024), Price: '1.00' })])],
  ['negative and overflowing numbers', csvFile([PRODUCT_HEADER, row({ Handle: 'neg', Title: 'Neg', Price: '-5.00', 'On hand': '-3' }), row({ Handle: 'huge', Title: 'Huge', Price: '1e308', 'On hand': '9223372036854775808' })])],
  ['SQL and script in the handle', csvFile([PRODUCT_HEADER, row({ Handle: `'; DROP TABLE "Order"; --`, Title: '<script>alert(1)</script>', Price: 'NaN' })])],
  ['11 MB file (over the upload limit)', Buffer.concat([Buffer.from(`${PRODUCT_HEADER.join(',')}\n`), Buffer.alloc(11 * 1024 * 1024, 0x61)])],
];

const BAD_IMAGES: Array<[string, Buffer, string]> = [
  ['text named .png', Buffer.from('not an image at all'), 'photo.png'],
  ['6 MB behind a PNG signature', oversizedPng(6 * 1024 * 1024), 'big.png'],
  ['empty file', Buffer.alloc(0), 'empty.jpg'],
  ['SVG with a script', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'logo.svg'],
  ['HTML named .gif', Buffer.from('<html><script>alert(1)</script></html>'), 'x.gif'],
  ['executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), 'run.webp'],
];

test('malformed CSV uploads and files that are not images: refused, nothing written, nothing kept', async () => {
  const owner = await shop.login('OWNER');
  const writes = await watchWrites(shop.db);
  const before = await dumpDatabase(shop.db);
  const problems: string[] = [];
  let cases = 0;
  for (const [name, file] of BAD_CSV) {
    for (const dryRun of ['true', 'false']) {
      cases++;
      const res = await owner.post(`${ADMIN_PATH}/api/resources/Product/actions/importCsv`).field('dryRun', dryRun).attach('file', file, { filename: 'products.csv', contentType: 'text/csv' });
      const refused = res.status >= 400 || (res.body.report?.errorCount ?? 0) > 0;
      if (res.status >= 500 || !refused) problems.push(`CSV ${name} (dryRun=${dryRun}): HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    }
  }
  for (const [name, file, filename] of BAD_IMAGES) {
    cases++;
    const res = await owner.post(`${ADMIN_PATH}/api/resources/ProductImage/actions/new`).field('product', String(productId)).field('alt', name).attach('file', file, { filename });
    if (res.status >= 500 || !isRefusal(res)) problems.push(`image ${name}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
  }
  cases++;
  const noFile = await owner.post(`${ADMIN_PATH}/api/resources/Product/actions/importCsv`).field('file', 'just text').field('dryRun', 'false');
  if (noFile.status !== 422) problems.push(`CSV as a text field: HTTP ${noFile.status}`);
  console.log(`abuse suite (uploads): ${cases} cases sent`);
  expect(problems).toEqual([]);
  expect(await writes.take()).toEqual([]);
  expect(changedTables(before, await dumpDatabase(shop.db))).toEqual([]);
  expect(readdirSync(shop.uploadsDir)).toEqual([]);
});

test('formulas stored through the CSV import come back neutralised in the CSV export', async () => {
  const owner = await shop.login('OWNER');
  const hostile = ['=HYPERLINK("http://x.test","click")', '+1+1', '@SUM(A1)', '-2+3'];
  const file = csvFile([PRODUCT_HEADER, ...hostile.map((title, i) => row({ Handle: `formula-${i}`, Title: title, Price: '1.00', Vendor: title }))]);
  const res = await owner.post(`${ADMIN_PATH}/api/resources/Product/actions/importCsv`).field('dryRun', 'false').attach('file', file, { filename: 'f.csv', contentType: 'text/csv' });
  expect(res.status).toBe(200);
  for (const [i, title] of hostile.entries()) expect(await shop.db.prisma.product.findUniqueOrThrow({ where: { handle: `formula-${i}` } })).toMatchObject({ title, vendor: title });
  const { rows } = readCsv(await owner.get(exportUrl('Product')));
  for (const title of hostile) {
    const exported = rows.find((r) => r.Title === `'${title}`);
    expect(exported).toBeDefined(); // prefixed with a quote: a spreadsheet shows it as text
    expect(exported!.Vendor).toBe(`'${title}`);
  }
});
