// npx tsx bench/dashboard.ts [--orders N] [--db FILE] [--pg | --pg-url URL] [--skip-sqlite] [--periods today,7d,30d,90d] [--runs 3]
// Seeds (or reuses) a demo shop of N orders (SQLite file; with --pg also a throwaway PostgreSQL
// cluster, seeded the same way), then times each dashboard figure and card, and the whole home
// (the cards and every figure at once, as the page asks for them), per period: cold (the first read
// after the seed, which stores the past days) and warm (median of --runs after one warm-up run).
// A benchmark, not a test: it asserts nothing.
import type { Database } from '../src/db/client.js';
import { prepareShop } from './lib/shop.js';

interface Args {
  orders: number;
  db: string;
  pg: boolean;
  /** An existing PostgreSQL database (seeded unless it holds the orders), instead of a throwaway cluster. */
  pgUrl: string | null;
  skipSqlite: boolean;
  periods: string[];
  runs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { orders: 1_000_000, db: 'data/dashboard-bench.db', pg: false, pgUrl: null, skipSqlite: false, periods: ['today', '7d', '30d', '90d'], runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--orders') args.orders = Number(String(argv[++i]).replace(/[_,]/g, ''));
    else if (flag === '--db') args.db = String(argv[++i]);
    else if (flag === '--pg') args.pg = true;
    else if (flag === '--pg-url') (args.pg = true), (args.pgUrl = String(argv[++i]));
    else if (flag === '--skip-sqlite') args.skipSqlite = true;
    else if (flag === '--periods') args.periods = String(argv[++i]).split(',');
    else if (flag === '--runs') args.runs = Number(argv[++i]);
    else throw new Error(`unknown argument ${flag} (usage: npx tsx bench/dashboard.ts [--orders N] [--db FILE] [--pg | --pg-url URL] [--skip-sqlite] [--periods today,7d,30d,90d] [--runs 3])`);
  }
  if (!Number.isInteger(args.orders) || args.orders < 1) throw new Error('--orders needs a whole number');
  return args;
}

/** The shop of N orders in that database (bench/lib/shop.ts: seeded unless it holds them), opened. */
async function prepare(url: string, orders: number): Promise<Database> {
  const { databaseTarget } = await import('../src/config.js');
  const { openDatabase } = await import('../src/db/client.js');
  // The demo's customers and catalogue, BENCH_SHOP's lines per order.
  await prepareShop(url, { orders, customers: 300, products: 64 }, (line) => console.log(line));
  return openDatabase(databaseTarget(url));
}

async function time(fn: () => Promise<unknown>, runs: number): Promise<number> {
  await fn(); // warm-up: statement preparation, page cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once(fn));
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

async function once(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * Per period: cold = the first read after a seed (no stored day: the read computes and stores the
 * past days it needs), measured for the whole home and for each figure alone; warm = median of
 * --runs once the days are stored. Today is always live, so cold and warm differ only by the cache.
 */
async function measure(db: Database, args: Args): Promise<void> {
  const { parsePeriod } = await import('../src/services/dashboard/period.js');
  const { FIGURE_IDS, dashboardFigure } = await import('../src/services/dashboard/figures.js');
  const { CARD_IDS, dashboardCards } = await import('../src/services/dashboard/cards.js');
  const forget = () => db.prisma.$executeRawUnsafe('DELETE FROM "DashboardDay"'); // as the seed leaves it
  const cell = (n: number) => n.toFixed(0).padStart(10);
  console.log(`\ndashboard on ${db.provider}, ${args.orders.toLocaleString('en')} orders (ms; warm = median of ${args.runs})`);
  console.log(`  ${'figure'.padEnd(24)}${args.periods.map((k) => `${`${k} cold`.padStart(10)} ${`${k} warm`.padStart(10)}`).join(' ')}`);
  const table = new Map<string, string[]>();
  const put = (row: string, value: string) => table.set(row, [...(table.get(row) ?? []), value]);
  for (const key of args.periods) {
    const period = parsePeriod({ period: key });
    const page = () => Promise.all([dashboardCards(db, CARD_IDS), ...FIGURE_IDS.map((id) => dashboardFigure(db, id, period))]);
    await forget();
    const coldPage = await once(page);
    for (const id of FIGURE_IDS) {
      await forget();
      const cold = await once(() => dashboardFigure(db, id, period));
      put(id, `${cell(cold)} ${cell(await time(() => dashboardFigure(db, id, period), args.runs))}`);
    }
    for (const id of CARD_IDS) {
      const cold = await once(() => dashboardCards(db, [id]));
      put(`card ${id}`, `${cell(cold)} ${cell(await time(() => dashboardCards(db, [id]), args.runs))}`);
    }
    // The page: the cards and every figure requested at once (PostgreSQL answers them on parallel connections).
    put('WHOLE HOME', `${cell(coldPage)} ${cell(await time(page, args.runs))}`);
  }
  for (const [row, values] of table) console.log(`  ${row.padEnd(24)}${values.join(' ')}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.skipSqlite) {
    const sqlite = await prepare(`file:${args.db}`, args.orders);
    try {
      await measure(sqlite, args);
    } finally {
      await sqlite.close();
    }
  }
  if (!args.pg) return;
  if (args.pgUrl) {
    const pg = await prepare(args.pgUrl, args.orders);
    try {
      return await measure(pg, args);
    } finally {
      await pg.close();
    }
  }
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
