// npx tsx bench/import.ts [--products N] [--db /tmp/import-bench.db]
// On a fresh SQLite file: check (dry run) and import a CSV of N new products, then a second file
// that changes every price and stock figure (N updates), and prints the seconds of each step.
// A benchmark, not a test: it asserts nothing.
import { rmSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';

const args = { products: 5_000, db: '/tmp/import-bench.db' };
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--products') args.products = Number(process.argv[++i]);
  else if (process.argv[i] === '--db') args.db = String(process.argv[++i]);
  else throw new Error(`unknown argument ${process.argv[i]} (usage: npx tsx bench/import.ts [--products N] [--db FILE])`);
}

const { databaseTarget } = await import('../src/config.js');
const { openDatabase } = await import('../src/db/client.js');
const { migrateDatabase } = await import('../src/db/migrate.js');
const { checkProductImport, importProducts, IMPORT_COLUMNS } = await import('../src/services/catalog/import/index.js');

rmSync(args.db, { force: true });
const target = databaseTarget(`file:${args.db}`);
await migrateDatabase(target);
const db = openDatabase(target);
await db.prisma.category.create({ data: { name: 'Kitchen', handle: 'kitchen' } });

const file = (round: number) =>
  Buffer.from(
    stringify([
      Object.keys(IMPORT_COLUMNS),
      ...Array.from({ length: args.products }, (_, i) => [
        `p-${i}`, `Product ${i}`, 'active', 'Vendor', 'Type', 'Kitchen', `SKU-${i}`, `400${i}`, `${i + round}.99`, '', 'a, b', `Description of product ${i}`, (i + round) % 50,
      ]),
    ]),
  );

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  console.log(`${label.padEnd(34)} ${((performance.now() - start) / 1000).toFixed(2)} s  ${JSON.stringify({ ...result, errors: undefined })}`);
  return result;
}

for (const [round, what] of [[0, 'new'], [1, 'changed']] as const) {
  const csv = file(round);
  console.log(`${args.products} ${what} products, ${(csv.length / 1024 / 1024).toFixed(1)} MB`);
  await timed('  dry run', () => checkProductImport(db, { file: csv }));
  await timed('  import', () => importProducts(db, { file: csv }));
}
await db.close();
rmSync(args.db, { force: true });
