// npx tsx bench/dashboard.ts [--orders N] [--db FILE] [--pg] [--periods today,7d,30d,90d] [--runs 3]
// Seeds (or reuses) a demo shop of N orders (SQLite file; with --pg also a throwaway PostgreSQL
// cluster, seeded the same way), then times each dashboard figure and card, and the whole home
// (the cards and every figure at once, as the page asks for them), per period. Median of --runs
// after one warm-up run. A benchmark, not a test: it asserts nothing.
import type { Database } from '../src/db/client.js';

interface Args {
  orders: number;
  db: string;
  pg: boolean;
  periods: string[];
  runs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { orders: 1_000_000, db: 'data/dashboard-bench.db', pg: false, periods: ['today', '7d', '30d', '90d'], runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--orders') args.orders = Number(String(argv[++i]).replace(/[_,]/g, ''));
    else if (flag === '--db') args.db = String(argv[++i]);
    else if (flag === '--pg') args.pg = true;
    else if (flag === '--periods') args.periods = String(argv[++i]).split(',');
    else if (flag === '--runs') args.runs = Number(argv[++i]);
    else throw new Error(`unknown argument ${flag} (usage: npx tsx bench/dashboard.ts [--orders N] [--db FILE] [--pg] [--periods today,7d,30d,90d] [--runs 3])`);
  }
  if (!Number.isInteger(args.orders) || args.orders < 1) throw new Error('--orders needs a whole number');
  return args;
}

/** The shop of N orders in that database, seeded unless it already holds exactly that many. */
async function prepare(url: string, orders: number): Promise<Database> {
  const { databaseTarget } = await import('../src/config.js');
  const { openDatabase } = await import('../src/db/client.js');
  const { migrateDatabase } = await import('../src/db/migrate.js');
  const { seedShop } = await import('../prisma/seed/demo.js');
  const { resetShop, shopCounts } = await import('../prisma/seed/reset.js');
  const target = databaseTarget(url);
  await migrateDatabase(target);
  const db = openDatabase(target);
  const counts = await shopCounts(db.prisma);
  if (counts.orders !== orders) {
    if (counts.orders + counts.products + counts.customers > 0) await resetShop(db.prisma, db.provider);
    console.log(`seeding ${orders.toLocaleString('en')} orders (${db.provider})…`);
    const started = Date.now();
    await seedShop(db.prisma, { orders, provider: db.provider });
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } else console.log(`reusing ${db.provider} shop (${orders.toLocaleString('en')} orders)`);
  if (db.provider === 'postgresql') await db.prisma.$executeRawUnsafe('ANALYZE');
  return db;
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn(); // warm-up: statement preparation, page cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function measure(db: Database, args: Args): Promise<void> {
  const { parsePeriod } = await import('../src/services/dashboard/period.js');
  const { FIGURE_IDS, dashboardFigure } = await import('../src/services/dashboard/figures.js');
  const { CARD_IDS, dashboardCards } = await import('../src/services/dashboard/cards.js');
  const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
  console.log(`\ndashboard on ${db.provider}, ${args.orders.toLocaleString('en')} orders (median of ${args.runs})`);
  console.log('  cards (live, no period)');
  for (const id of CARD_IDS) console.log(`    ${id.padEnd(20)} ${ms(await time(() => dashboardCards(db, [id]), args.runs))}`);
  const cards = await time(() => dashboardCards(db, CARD_IDS), args.runs);
  console.log(`    ${'all cards'.padEnd(20)} ${ms(cards)}`);
  for (const key of args.periods) {
    const period = parsePeriod({ period: key });
    console.log(`  period ${key}`);
    for (const id of FIGURE_IDS) console.log(`    ${id.padEnd(20)} ${ms(await time(() => dashboardFigure(db, id, period), args.runs))}`);
    // The page: the cards and every figure requested at once (PostgreSQL answers them on parallel connections).
    const page = await time(() => Promise.all([dashboardCards(db, CARD_IDS), ...FIGURE_IDS.map((id) => dashboardFigure(db, id, period))]), args.runs);
    console.log(`    ${'WHOLE HOME'.padEnd(20)} ${ms(page)}`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const sqlite = await prepare(`file:${args.db}`, args.orders);
  try {
    await measure(sqlite, args);
  } finally {
    await sqlite.close();
  }
  if (!args.pg) return;
  // @ts-expect-error plain JavaScript helper shared with the test runner
  const { startCluster } = await import('../scripts/pg-cluster.mjs');
  const cluster = await startCluster({ database: 'dashboard_bench' });
  try {
    const pg = await prepare(cluster.url, args.orders);
    try {
      await measure(pg, args);
    } finally {
      await pg.close();
    }
  } finally {
    cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
