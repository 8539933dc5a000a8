// Product CSV import: the dry run writes nothing, the import writes all or nothing, stock moves
// through the ledger (reason IMPORT) by the difference to the file's figure.
import { checkProductImport, importProducts, IMPORT_COLUMNS, ProductImportRefused } from '../../../src/services/catalog/import/index.js';
import { exportSource } from '../../../src/services/export/columns.js';
import { applyStockChanges } from '../../../src/services/inventory.js';
import { inTransaction } from '../../../src/db/transaction.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeItem, stockOf } from '../../support/fixtures.js';
import { csvFile, PRODUCT_HEADER, productDump } from '../../support/product-dump.js';

let db: TestDatabase;
let kitchen: number;
beforeAll(async () => {
  db = await createTestDatabase();
  kitchen = (await db.prisma.category.create({ data: { name: 'Kitchen', handle: 'kitchen' } })).id;
});
afterAll(() => db.drop());

/** A product whose own SKU (and its stock row's) is `sku`. */
async function makeProduct(opts: Parameters<typeof makeItem>[1] & { sku: string }) {
  const made = await makeItem(db, opts);
  return { ...made, product: await db.prisma.product.update({ where: { id: made.product.id }, data: { sku: opts.sku } }) };
}

const row = (p: Partial<Record<(typeof PRODUCT_HEADER)[number], string | number>>) => PRODUCT_HEADER.map((h) => p[h as keyof typeof p] ?? '');

async function refusal(file: Buffer) {
  const before = await productDump(db);
  const error = await importProducts(db, { file }).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ProductImportRefused);
  expect(await productDump(db)).toEqual(before);
  return (error as ProductImportRefused).report;
}

test('the import reads the same columns the product export writes', () => {
  expect(Object.keys(IMPORT_COLUMNS)).toEqual(exportSource('Product').columns.map((c) => c.header));
  expect(PRODUCT_HEADER).toEqual(Object.keys(IMPORT_COLUMNS));
});

test('a good file: the dry run writes nothing; the import creates products, stock rows and IMPORT movements', async () => {
  const file = csvFile([
    PRODUCT_HEADER,
    row({ Handle: 'teapot', Title: 'Teapot', Status: 'active', Category: 'kitchen', SKU: 'TEA-1', Price: '19.99', 'Compare At Price': '24.90', Tags: 'tea, gift', Description: 'Cast iron,\n1.2 l', 'On hand': 12 }),
    row({ Handle: 'cup', Title: 'Cup', Price: '0.10', 'On hand': 0 }),
  ]);
  const before = await productDump(db);
  const dry = await checkProductImport(db, { file });
  expect(dry).toEqual({ rows: 2, creates: 2, updates: 0, unchanged: 0, stockChanges: 1, errors: [], errorCount: 0, applied: false });
  expect(await productDump(db)).toEqual(before);

  expect(await importProducts(db, { file })).toEqual({ ...dry, applied: true });
  const teapot = await db.prisma.product.findUniqueOrThrow({ where: { handle: 'teapot' }, include: { inventoryItems: { include: { movements: true } } } });
  expect(teapot).toMatchObject({
    title: 'Teapot', status: 'ACTIVE', categoryId: kitchen, sku: 'TEA-1', priceCents: 1999, compareAtPriceCents: 2490, currency: 'EUR', tags: 'tea, gift', description: 'Cast iron,\n1.2 l',
  });
  expect(teapot.inventoryItems).toHaveLength(1);
  expect(teapot.inventoryItems[0]).toMatchObject({ sku: 'TEA-1', onHand: 12, allowBackorder: false });
  expect(teapot.inventoryItems[0].movements.map((m) => [m.reason, m.onHandDelta, m.note])).toEqual([['IMPORT', 12, 'CSV import']]);
  const cup = await db.prisma.product.findUniqueOrThrow({ where: { handle: 'cup' }, include: { inventoryItems: { include: { movements: true } } } });
  expect(cup).toMatchObject({ status: 'DRAFT', priceCents: 10, compareAtPriceCents: null, sku: null });
  expect(cup.inventoryItems.map((i) => [i.onHand, i.movements.length])).toEqual([[0, 0]]);
  expect(await db.prisma.auditEvent.findFirst({ where: { action: 'products.imported' }, orderBy: { id: 'desc' } })).toMatchObject({ message: 'CSV import: 2 created, 0 updated, stock changed on 1 item' });
});

test('update by handle: changed fields only, stock set to the file figure with the difference as an IMPORT movement', async () => {
  const { product, item } = await makeProduct({ title: 'Kettle', priceCents: 3000, onHand: 10, sku: 'KET-1' });
  const { product: same } = await makeProduct({ title: 'Spoon', priceCents: 250, onHand: 4, sku: 'SPN-1' });
  const file = csvFile([
    ['Handle', 'Title', 'Price', 'On hand'],
    [product.handle, 'Kettle 1.5 l', '31.50', 7],
    [same.handle, 'Spoon', '2.50', 4],
  ]);
  expect(await checkProductImport(db, { file })).toMatchObject({ creates: 0, updates: 1, unchanged: 1, stockChanges: 1, errors: [] });
  await importProducts(db, { file, staffUserId: null });
  expect(await db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ title: 'Kettle 1.5 l', priceCents: 3150, sku: 'KET-1', status: 'ACTIVE' });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 7, committed: 0 });
  const moves = await db.prisma.stockMovement.findMany({ where: { inventoryItemId: item.id }, orderBy: { id: 'asc' } });
  expect(moves.map((m) => [m.reason, m.onHandDelta])).toEqual([['INITIAL', 10], ['IMPORT', -3]]);
  // The same file again changes nothing, and no movement is written where the figure did not change.
  expect(await importProducts(db, { file })).toMatchObject({ updates: 0, unchanged: 2, stockChanges: 0 });
  expect(await db.prisma.stockMovement.count({ where: { inventoryItemId: item.id } })).toBe(2);
});

test('update by SKU: a new handle renames the product; an SKU change follows to its stock row', async () => {
  const { product, item } = await makeProduct({ title: 'Mug', priceCents: 900, sku: 'MUG-1', onHand: 3 });
  await importProducts(db, { file: csvFile([['Handle', 'SKU', 'Price'], ['mug-blue', 'MUG-1', '9.50']]) });
  expect(await db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ handle: 'mug-blue', priceCents: 950, sku: 'MUG-1' });
  await importProducts(db, { file: csvFile([['Handle', 'SKU'], ['mug-blue', 'MUG-2']]) });
  expect(await db.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ sku: 'MUG-2' });
  expect((await db.prisma.inventoryItem.findUniqueOrThrow({ where: { id: item.id } })).sku).toBe('MUG-2');
  // A stock count by SKU alone.
  await importProducts(db, { file: csvFile([['SKU', 'On hand'], ['MUG-2', 5]]) });
  expect(await stockOf(db, item.id)).toEqual({ onHand: 5, committed: 0 });
});

test('every kind of bad row is named with its spreadsheet row and column, and nothing is written', async () => {
  const { product: taken } = await makeProduct({ title: 'Taken', sku: 'TAKEN-1' });
  const { product: withVariant } = await makeProduct({ title: 'Shirt', sku: 'SHIRT' });
  await db.prisma.productVariant.create({ data: { productId: withVariant.id, title: 'XL', sku: 'SHIRT-XL', priceCents: 100 } });
  const file = csvFile([
    PRODUCT_HEADER,
    row({ Handle: 'ok-1', Title: 'Fine', Price: '1.00' }), // row 2: fine
    row({ Handle: 'bad-price', Title: 'A', Price: '12,5x' }), // 3
    row({ Handle: 'no-title', Price: '1.00' }), // 4
    row({ Handle: 'bad-status', Title: 'B', Status: 'live', Price: '1' }), // 5
    row({ Handle: 'bad-cat', Title: 'C', Category: 'Garden', Price: '1' }), // 6
    row({ Handle: 'bad-stock', Title: 'D', Price: '1', 'On hand': '2.5' }), // 7
    row({ Handle: 'ok-1', Title: 'Twice', Price: '1' }), // 8: duplicate handle
    row({ Handle: 'sku-taken', Title: 'E', SKU: 'TAKEN-1', Price: '1' }), // 9: matches Taken by SKU, renaming it… but:
    row({ Handle: taken.handle, Title: 'Taken', Price: '1' }), // 10: …Taken is then updated twice
    row({ Handle: 'variant-sku', Title: 'F', SKU: 'SHIRT-XL', Price: '1' }), // 11
    row({ Handle: 'neg', Title: 'G', Price: '-1', 'On hand': -3 }), // 12
    row({ Handle: 'too-fine', Title: 'H', Price: '1.999' }), // 13
    row({ Title: 'No handle', Price: '1' }), // 14
    row({ Handle: 'has space', Title: 'I', Price: '1' }), // 15
    ['only', 'three', 'cells'], // 16
    row({ Handle: 'empty-price', Title: 'J' }), // 17
  ]);
  const report = await checkProductImport(db, { file });
  expect(report.errors).toEqual([
    { row: 3, column: 'Price', message: 'Price "12,5x" is not an amount (write it like 19.99).' },
    { row: 4, column: 'Title', message: 'Title is required.' },
    { row: 5, column: 'Status', message: 'Status must be draft, active or archived, not "live".' },
    { row: 6, column: 'Category', message: 'There is no category "Garden". Create it first (Catalog → Categories), or leave the cell empty.' },
    { row: 7, column: 'On hand', message: 'On hand must be a whole number of units, not "2.5".' },
    { row: 8, column: 'Handle', message: 'Handle "ok-1" is also on row 2.' },
    { row: 10, column: null, message: 'Row 9 already updates this product ("Taken").' },
    { row: 11, column: 'SKU', message: 'SKU "SHIRT-XL" is used by the variant "XL" of "Shirt".' },
    { row: 12, column: 'Price', message: 'Price cannot be negative.' },
    { row: 12, column: 'On hand', message: 'On hand cannot be below 0 for a new product (backorders are off until you allow them).' },
    { row: 13, column: 'Price', message: 'Price "1.999" has more than 2 decimals for EUR.' },
    { row: 14, column: 'Handle', message: 'Handle is required for a new product.' },
    { row: 15, column: 'Handle', message: 'Handle "has space" has spaces; write it like blue-shirt.' },
    { row: 16, column: null, message: 'This row has 3 cells, the header has 13; a cell with the separator in it needs quotes.' },
    { row: 17, column: 'Price', message: 'Price is required.' },
  ]);
  expect(report).toMatchObject({ rows: 16, errorCount: 15, creates: 1, updates: 1 });
  const refused = await refusal(file);
  expect(refused.errors).toEqual(report.errors);
  expect(await db.prisma.product.count({ where: { handle: 'ok-1' } })).toBe(0);
});

test('an SKU of another product is refused on an update by handle', async () => {
  const { product: a } = await makeProduct({ sku: 'A-SKU' });
  await makeProduct({ title: 'Bee', sku: 'B-SKU' });
  const report = await refusal(csvFile([['Handle', 'SKU'], [a.handle, 'B-SKU']]));
  expect(report.errors).toEqual([{ row: 2, column: 'SKU', message: expect.stringMatching(/^SKU "B-SKU" belongs to another product, "Bee" \(handle product-/) }]);
});

test('stock below zero only where the item allows backorders; products with variants keep their total', async () => {
  const { product: strict, item: strictItem } = await makeItem(db, { onHand: 2 });
  const { product: loose, item: looseItem } = await makeItem(db, { onHand: 2 });
  await db.prisma.inventoryItem.update({ where: { id: looseItem.id }, data: { allowBackorder: true } });
  const report = await refusal(csvFile([['Handle', 'On hand'], [strict.handle, -1], [loose.handle, -4]]));
  expect(report.errors).toEqual([{ row: 2, column: 'On hand', message: 'On hand cannot be below 0: backorders are off for this item.' }]);
  await importProducts(db, { file: csvFile([['Handle', 'On hand'], [loose.handle, -4]]) });
  expect(await stockOf(db, looseItem.id)).toEqual({ onHand: -4, committed: 0 });
  expect(await stockOf(db, strictItem.id)).toEqual({ onHand: 2, committed: 0 });

  const shirt = await db.prisma.product.create({ data: { title: 'Tee', handle: `tee-${Date.now()}`, priceCents: 1500 } });
  const variants = await Promise.all(['S', 'M'].map((t) => db.prisma.productVariant.create({ data: { productId: shirt.id, title: t, priceCents: 1500 } })));
  const items = await Promise.all(variants.map((v) => db.prisma.inventoryItem.create({ data: { productId: shirt.id, variantId: v.id } })));
  await inTransaction(db, (tx) => applyStockChanges(tx, items.map((i) => ({ inventoryItemId: i.id, reason: 'INITIAL' as const, onHandDelta: 3 }))));
  expect((await checkProductImport(db, { file: csvFile([['Handle', 'On hand'], [shirt.handle, 6]]) })).errors).toEqual([]);
  expect((await refusal(csvFile([['Handle', 'On hand'], [shirt.handle, 8]]))).errors[0].message).toBe("This product has variants: its figure is their total (6); set each variant's stock under Inventory.");
});

test('Excel files: semicolons, BOM, CRLF, decimal commas and the export\'s formula quotes', async () => {
  const file = csvFile(
    [
      PRODUCT_HEADER,
      row({ Handle: 'excel-1', Title: "'=SUM(A1)", Price: '4,20', SKU: "'-EX-1", Tags: 'a;b', 'On hand': 2 }),
    ],
    { separator: ';', bom: true, eol: '\r\n' },
  );
  expect((await importProducts(db, { file })).creates).toBe(1);
  expect(await db.prisma.product.findUniqueOrThrow({ where: { handle: 'excel-1' } })).toMatchObject({ title: '=SUM(A1)', sku: '-EX-1', priceCents: 420, tags: 'a;b' });
  // UTF-16 with a BOM (Excel's "Unicode text") is read too.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Handle\tTitle\tPrice\nexcel-2\tThé\t1.00\n', 'utf16le')]);
  expect((await importProducts(db, { file: utf16 })).creates).toBe(1);
  expect((await db.prisma.product.findUniqueOrThrow({ where: { handle: 'excel-2' } })).title).toBe('Thé');
});

test.each([
  ['an empty file', Buffer.alloc(0), { row: 1, column: null, message: 'The file is empty.' }],
  ['blank lines only', Buffer.from('\n\r\n  \n'), { row: 1, column: null, message: 'The file is empty.' }],
  ['a header alone', Buffer.from('Handle,Title,Price\n'), { row: 2, column: null, message: 'The file has a header but no products.' }],
  ['binary junk', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), { row: 1, column: null, message: expect.stringMatching(/^(The file is not UTF-8 text|This is not a CSV file)/) }],
  ['a ZIP with text-like bytes', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(20)]), { row: 1, column: null, message: 'This is not a CSV file (it holds binary data). Upload the CSV you exported from Counter or saved from a spreadsheet.' }],
  ['the orders export', Buffer.from('Name,Email,Financial Status\n#1001,a@b.test,paid\n'), { row: 1, column: null, message: expect.stringMatching(/^Unknown columns "Name", "Email", "Financial Status"\. The columns are those of the product export: Handle, Title/) }],
  ['no Handle nor SKU column', Buffer.from('Title,Price\nA,1\n'), { row: 1, column: null, message: expect.stringMatching(/^A Handle or SKU column is needed/) }],
  ['a repeated column', Buffer.from('Handle,Price,price\na,1,2\n'), { row: 1, column: 'Price', message: 'The column "Price" appears twice.' }],
  ['an unclosed quote', Buffer.from('Handle,Title,Price\na,A,1\nb,"B,2\nc,C,3\n'), { row: 3, column: null, message: 'A quote (") opened in this row is never closed, so the rest of the file reads as one cell.' }],
  ['a stray quote', Buffer.from('Handle,Title,Price\na,A "big" one,1\n'), { row: 2, column: null, message: expect.stringMatching(/^A quote \(\"\) in the middle of a cell/) }],
  ['Latin-1 text', Buffer.concat([Buffer.from('Handle,Title,Price\na,A,1\nb,Th'), Buffer.from([0xe9]), Buffer.from(',1\n')]), { row: 3, column: null, message: expect.stringMatching(/^The file is not UTF-8 text/) }],
])('%s is refused with one clear message and nothing written', async (_what, file, error) => {
  const report = await checkProductImport(db, { file });
  expect(report.errors).toEqual([error]);
  expect(report).toMatchObject({ rows: 0, creates: 0, updates: 0, errorCount: 1 });
  expect((await refusal(file)).errors).toEqual([error]);
});

// More rows than one IN list holds (ID_BATCH = 900): lookups go in batches. bench/import.ts times 5,000.
test('2,000 rows are checked with batched lookups and imported in one go', async () => {
  const rows = Array.from({ length: 2_000 }, (_, i) => row({ Handle: `bulk-${i}`, Title: `Bulk ${i}`, SKU: `BULK-${i}`, Price: `${i}.99`, Category: 'Kitchen', 'On hand': i % 7 }));
  const file = csvFile([PRODUCT_HEADER, ...rows]);
  expect(await importProducts(db, { file })).toMatchObject({ rows: 2_000, creates: 2_000, errorCount: 0 });
  const again = await checkProductImport(db, { file });
  expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 2_000, stockChanges: 0 });
  const agg = await db.prisma.inventoryItem.aggregate({ where: { product: { handle: { startsWith: 'bulk-' } } }, _sum: { onHand: true }, _count: true });
  expect(agg).toEqual({ _sum: { onHand: Array.from({ length: 2_000 }, (_, i) => i % 7).reduce((a, b) => a + b, 0) }, _count: 2_000 });
});
