// npx tsx bench/export.ts [--orders N] [--db FILE] [--pg | --pg-url URL] [--skip-sqlite] [--runs N]
// Seeds (or reuses) a shop of N orders (bench/lib/shop.ts; SQLite file; with --pg also a throwaway
// PostgreSQL cluster, seeded the same way — several minutes at 1M), starts the app in a child process
// per database (bench/lib/server.ts), downloads the full orders CSV over HTTP --runs times and prints rows, seconds, rows/s
// and the server's peak RSS (sampled every 100 ms) per run, then the medians. A benchmark, not a
// test: it asserts nothing.
import { loadavg } from 'node:os';
import { downloadCsv } from './lib/csv-download.js';
import { startServer } from './lib/server.js';
import { prepareShop } from './lib/shop.js';

interface Args {
  orders: number;
  db: string;
  pg: boolean;
  /** An existing PostgreSQL database (seeded unless it holds the orders), instead of a throwaway cluster. */
  pgUrl: string | null;
  skipSqlite: boolean;
  runs: number;
}

const USAGE = 'usage: npx tsx bench/export.ts [--orders N] [--db FILE] [--pg | --pg-url URL] [--skip-sqlite] [--runs N]';

function parseArgs(argv: string[]): Args {
  const args: Args = { orders: 200_000, db: '/tmp/export-bench.db', pg: false, pgUrl: null, skipSqlite: false, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--orders') args.orders = Number(String(argv[++i]).replace(/[_,]/g, ''));
    else if (flag === '--db') args.db = String(argv[++i]);
    else if (flag === '--pg') args.pg = true;
    else if (flag === '--pg-url') (args.pg = true), (args.pgUrl = String(argv[++i]));
    else if (flag === '--skip-sqlite') args.skipSqlite = true;
    else if (flag === '--runs') args.runs = Number(argv[++i]);
    else throw new Error(`unknown argument ${flag} (${USAGE})`);
  }
  if (!Number.isInteger(args.orders) || args.orders < 1) throw new Error('--orders needs a whole number');
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs needs a whole number');
  return args;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Downloads the orders CSV `runs` times from a fresh server on that database. */
async function measure(url: string, label: string, args: Args): Promise<void> {
  // The demo's customers and catalogue, BENCH_SHOP's lines per order.
  await prepareShop(url, { orders: args.orders, customers: 300, products: 64 }, (line) => console.log(line));
  const server = await startServer('counter', url);
  try {
    const { rss: startRss } = await server.peak();
    console.log(`\norders export of ${args.orders.toLocaleString('en')} orders (${label})`);
    const results: { rowsPerSecond: number; rowsPerCpuSecond: number; seconds: number; peak: number; firstByteMs: number }[] = [];
    for (let run = 1; run <= args.runs; run++) {
      await server.resetPeak();
      const load = loadavg()[0];
      const got = await downloadCsv(`${server.base}/api/export/Order.csv`, server.cookie);
      const { peak, cpuSeconds } = await server.peak();
      const rowsPerSecond = got.rows / got.seconds;
      const rowsPerCpuSecond = got.rows / cpuSeconds;
      results.push({ rowsPerSecond, rowsPerCpuSecond, seconds: got.seconds, peak, firstByteMs: got.firstByteMs });
      console.log(
        `  run ${run}: ${got.rows.toLocaleString('en')} rows (${got.orders.toLocaleString('en')} orders, ${mb(got.bytes)}) in ${got.seconds.toFixed(1)} s` +
          ` = ${Math.round(rowsPerSecond).toLocaleString('en')} rows/s; server CPU ${cpuSeconds.toFixed(1)} s = ${Math.round(rowsPerCpuSecond).toLocaleString('en')} rows/CPU-s;` +
          ` first byte ${got.firstByteMs.toFixed(0)} ms; peak RSS ${mb(peak)}; load ${load.toFixed(1)}`,
      );
    }
    console.log(`  median rows/s       ${Math.round(median(results.map((r) => r.rowsPerSecond))).toLocaleString('en')}`);
    console.log(`  median rows/CPU-s   ${Math.round(median(results.map((r) => r.rowsPerCpuSecond))).toLocaleString('en')}  (the server's CPU time: what one idle core would give)`);
    console.log(`  median seconds      ${median(results.map((r) => r.seconds)).toFixed(1)}`);
    console.log(`  median first byte   ${median(results.map((r) => r.firstByteMs)).toFixed(0)} ms`);
    console.log(`  server RSS          ${mb(startRss)} at start, peak ${mb(Math.max(...results.map((r) => r.peak)))} during the exports (median ${mb(median(results.map((r) => r.peak)))})`);
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.skipSqlite) await measure(`file:${args.db}`, `SQLite, ${args.db}`, args);
  if (!args.pg) return;
  if (args.pgUrl) return measure(args.pgUrl, 'PostgreSQL', args);
  // @ts-expect-error plain JavaScript helper shared with the test runner
  const { startCluster } = await import('../scripts/pg-cluster.mjs');
  const cluster = await startCluster({ database: 'export_bench' });
  try {
    await measure(cluster.url, 'PostgreSQL, throwaway cluster', args);
  } finally {
    cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
