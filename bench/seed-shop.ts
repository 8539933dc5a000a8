// npx tsx bench/seed-shop.ts --db FILE | --pg-url URL | --pg [--orders N] [--reset]
// Seeds the benchmark shop (BENCH_SHOP: 1M orders, 100k customers, 5k products, ~3 lines per
// order) into a SQLite file or a PostgreSQL database, migrating it first; prints progress, the
// time, the rows per table and the peak RSS. --pg seeds a throwaway cluster (stopped at the end).
// Memory does not grow with the orders (about 150 MB live); node's default heap sizing lets
// garbage reach ~1 GB RSS, NODE_OPTIONS=--max-old-space-size=384 keeps it near 450 MB (~15% more CPU).
import { BENCH_SHOP } from '../prisma/seed/demo.js';

const USAGE = 'usage: npx tsx bench/seed-shop.ts --db FILE | --pg-url URL | --pg [--orders N] [--reset]';

interface Args {
  url: string | null;
  throwaway: boolean;
  orders: number;
  reset: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { url: null, throwaway: false, orders: BENCH_SHOP.orders, reset: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--db') args.url = `file:${argv[++i] ?? ''}`;
    else if (flag === '--pg-url') args.url = String(argv[++i] ?? '');
    else if (flag === '--pg') args.throwaway = true;
    else if (flag === '--reset') args.reset = true;
    else if (flag === '--orders') args.orders = Number(String(argv[++i] ?? '').replace(/[_,]/g, ''));
    else throw new Error(`unknown argument "${flag}" (${USAGE})`);
  }
  if ((args.url === null) === !args.throwaway) throw new Error(`name one database (${USAGE})`);
  if (!Number.isInteger(args.orders) || args.orders < 1) throw new Error(`--orders needs a whole number (${USAGE})`);
  return args;
}

async function seed(url: string, args: Args): Promise<void> {
  const { databaseTarget } = await import('../src/config.js');
  const { openDatabase } = await import('../src/db/client.js');
  const { migrateDatabase } = await import('../src/db/migrate.js');
  const { seedShop } = await import('../prisma/seed/demo.js');
  const { resetShop, shopCounts } = await import('../prisma/seed/reset.js');
  const target = databaseTarget(url);
  await migrateDatabase(target);
  const db = openDatabase(target);
  try {
    const existing = await shopCounts(db.prisma);
    if (existing.orders + existing.products + existing.customers > 0) {
      if (!args.reset) throw new Error(`the database already holds a shop (${existing.orders.toLocaleString('en')} orders): add --reset to replace it`);
      console.log('removing the existing shop…');
      await resetShop(db.prisma, db.provider);
    }
    const shop = { ...BENCH_SHOP, orders: args.orders };
    console.log(`seeding ${db.provider}: ${JSON.stringify(shop)}`);
    const started = Date.now();
    const summary = await seedShop(db.prisma, { ...shop, provider: db.provider, log: (line) => console.log(`  ${line}`) });
    const seconds = (Date.now() - started) / 1000;
    if (db.provider === 'postgresql') await db.prisma.$executeRawUnsafe('ANALYZE');
    const rows = Object.values(summary).reduce((a, b) => a + b, 0);
    for (const [model, count] of Object.entries(summary)) console.log(`  ${model.padEnd(22)} ${count.toLocaleString('en').padStart(12)}`);
    console.log(`${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s)`);
    console.log(`peak RSS of this process: ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.url) return seed(args.url, args);
  // @ts-expect-error plain JavaScript helper shared with the test runner
  const { startCluster } = await import('../scripts/pg-cluster.mjs');
  const cluster = await startCluster({ database: 'seed_bench' });
  try {
    await seed(cluster.url, args);
  } finally {
    cluster.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
