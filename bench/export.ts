// npx tsx bench/export.ts [--orders N] [--db FILE] [--pg | --pg-url URL] [--skip-sqlite] [--runs N]
// Seeds (or reuses) a demo shop of N orders (SQLite file; with --pg also a throwaway PostgreSQL
// cluster, seeded the same way — several minutes at 1M), starts the app in a child process per
// database, downloads the full orders CSV over HTTP --runs times and prints rows, seconds, rows/s
// and the server's peak RSS (sampled every 100 ms) per run, then the medians. A benchmark, not a
// test: it asserts nothing.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { downloadCsv } from './lib/csv-download.js';

const ADMIN_PATH = '/admin';
const EMAIL = 'bench@counter.local';
const PASSWORD = 'bench-password-not-secret';

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

/** The shop of N orders in that database, seeded unless it already holds exactly that many. */
async function prepareShop(url: string, orders: number): Promise<void> {
  const { databaseTarget } = await import('../src/config.js');
  const { openDatabase } = await import('../src/db/client.js');
  const { migrateDatabase } = await import('../src/db/migrate.js');
  const { seedShop } = await import('../prisma/seed/demo.js');
  const { resetShop, shopCounts } = await import('../prisma/seed/reset.js');
  const { hashPassword } = await import('../src/services/passwords.js');
  const target = databaseTarget(url);
  await migrateDatabase(target);
  const db = openDatabase(target);
  try {
    const counts = await shopCounts(db.prisma);
    if (counts.orders !== orders) {
      if (counts.orders + counts.products + counts.customers > 0) await resetShop(db.prisma, db.provider);
      console.log(`seeding ${orders.toLocaleString('en')} orders (${db.provider})…`);
      const started = Date.now();
      await seedShop(db.prisma, { orders, provider: db.provider });
      console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    } else console.log(`reusing the ${db.provider} shop (${orders.toLocaleString('en')} orders)`);
    if (db.provider === 'postgresql') await db.prisma.$executeRawUnsafe('ANALYZE');
    const passwordHash = await hashPassword(PASSWORD);
    await db.prisma.staffUser.upsert({ where: { email: EMAIL }, create: { email: EMAIL, name: 'Bench', role: 'OWNER', passwordHash }, update: { passwordHash, active: true } });
  } finally {
    await db.close();
  }
}

/** Child process: the app on a free port, its RSS sampled every 100 ms. */
async function serve(url: string): Promise<void> {
  process.env.ADMIN_JS_TMP_DIR ??= '/tmp/export-bench-adminjs';
  const { databaseTarget } = await import('../src/config.js');
  const { openDatabase } = await import('../src/db/client.js');
  const { createApp } = await import('../src/app.js');
  const db = openDatabase(databaseTarget(url));
  const { app } = createApp({ config: { adminPath: ADMIN_PATH, trustProxy: false }, db, sessionSecret: 'bench-'.padEnd(40, 'x') });
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 100);
  const server = app.listen(0, '127.0.0.1', () => {
    sample();
    process.send!({ port: (server.address() as { port: number }).port, rss: process.memoryUsage().rss });
  });
  let cpu = process.cpuUsage();
  process.on('message', (message: { type: string }) => {
    if (message.type === 'reset') (peak = process.memoryUsage().rss), (cpu = process.cpuUsage());
    // CPU seconds since the reset: on a busy shared machine, rows per CPU-second say more than rows per second.
    const { user, system } = process.cpuUsage(cpu);
    if (message.type === 'reset' || message.type === 'report') process.send!({ peak, rss: process.memoryUsage().rss, cpuSeconds: (user + system) / 1e6 });
    if (message.type === 'stop') {
      clearInterval(timer);
      server.closeAllConnections();
      server.close(() => db.close().then(() => process.exit(0)));
    }
  });
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  const answer = once(child, 'message') as Promise<[T]>;
  child.send({ type });
  return answer.then(([message]) => message);
}

/** Downloads the orders CSV `runs` times from a fresh server on that database. */
async function measure(url: string, label: string, args: Args): Promise<void> {
  await prepareShop(url, args.orders);
  const child = fork(fileURLToPath(import.meta.url), ['--serve', url], { stdio: 'inherit' });
  try {
    const [{ port, rss: startRss }] = (await once(child, 'message')) as [{ port: number; rss: number }];
    const origin = `http://127.0.0.1:${port}`;
    const base = `${origin}${ADMIN_PATH}`;
    const login = await fetch(`${base}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams({ email: EMAIL, password: PASSWORD }),
    });
    if (login.status !== 302) throw new Error(`login failed: HTTP ${login.status}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

    console.log(`\norders export of ${args.orders.toLocaleString('en')} orders (${label})`);
    const results: { rowsPerSecond: number; rowsPerCpuSecond: number; seconds: number; peak: number; firstByteMs: number }[] = [];
    for (let run = 1; run <= args.runs; run++) {
      await ask(child, 'reset');
      const load = loadavg()[0];
      const got = await downloadCsv(`${base}/api/export/Order.csv`, cookie);
      const { peak, cpuSeconds } = await ask<{ peak: number; cpuSeconds: number }>(child, 'report');
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
    child.send({ type: 'stop' });
    await once(child, 'exit');
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

if (process.argv[2] === '--serve') {
  serve(process.argv[3]).catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
