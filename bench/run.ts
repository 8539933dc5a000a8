// npm run bench [-- --orders N --customers N --products N --runs N --sqlite-only|--pg-only --no-vanilla --cases a,b --no-load --reseed]
// The benchmark: a shop of 1M orders on SQLite (data/bench.db) and PostgreSQL (a cluster kept in
// data/bench-pg), seeded once and reused. For each case, Counter's own HTTP endpoint through a
// logged-in session, the same result in raw SQL on the driver (the floor) and vanilla AdminJS +
// @adminjs/prisma on the same database (the peer): median and p95, Counter/raw and vanilla/Counter.
// Results go to bench/results/<date>-<provider>.json, a table to stdout. Then, on PostgreSQL, the
// load test of two instances behind a round-robin (bench/load.ts, its own JSON). It asserts nothing.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { benchCluster, describe, prepareShop, type PreparedShop, type ShopSize } from './lib/shop.js';
import { startServer, type BenchServer } from './lib/server.js';
import { openRaw, type RawDb } from './lib/raw.js';
import { timeIt, round } from './lib/measure.js';
import type { BenchCase, CaseContext, CaseFigures, Facts } from './cases/types.js';
import { ordersDeepPage, ordersEmailSearch, ordersFiltered, ordersPageOne } from './cases/orders-list.js';
import { busyOrder, orderPage } from './cases/order-page.js';
import { dashboardHome } from './cases/dashboard.js';
import { httpFloor } from './cases/http-floor.js';
import { bulkFulfil } from './cases/bulk-fulfil.js';
import { exportOrders } from './cases/export.js';

const CASES: BenchCase[] = [httpFloor, ordersPageOne, ordersFiltered, ordersDeepPage, ordersEmailSearch, orderPage, dashboardHome, exportOrders, bulkFulfil];

interface Args extends ShopSize {
  runs: number;
  sqlite: boolean;
  pg: boolean;
  vanilla: boolean;
  cases: string[] | null;
  reseed: boolean;
  load: boolean;
  db: string;
}

const USAGE = 'npm run bench -- [--orders N] [--customers N] [--products N] [--runs N] [--sqlite-only | --pg-only] [--no-vanilla] [--cases id,id] [--no-load] [--reseed] [--db FILE]';

function parseArgs(argv: string[]): Args {
  const args: Args = { orders: 1_000_000, customers: 100_000, products: 5_000, runs: 20, sqlite: true, pg: true, vanilla: true, cases: null, reseed: false, load: true, db: 'data/bench.db' };
  const whole = (v: string | undefined) => {
    const n = Number(String(v).replace(/[_,]/g, ''));
    if (!Number.isInteger(n) || n < 1) throw new Error(`"${v}" is not a whole number (usage: ${USAGE})`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--orders') args.orders = whole(argv[++i]);
    else if (flag === '--customers') args.customers = whole(argv[++i]);
    else if (flag === '--products') args.products = whole(argv[++i]);
    else if (flag === '--runs') args.runs = whole(argv[++i]);
    else if (flag === '--sqlite-only') args.pg = false;
    else if (flag === '--pg-only') args.sqlite = false;
    else if (flag === '--no-vanilla') args.vanilla = false;
    else if (flag === '--cases') args.cases = String(argv[++i]).split(',');
    else if (flag === '--reseed') args.reseed = true;
    else if (flag === '--no-load') args.load = false;
    else if (flag === '--db') args.db = String(argv[++i]);
    else throw new Error(`unknown argument ${flag} (usage: ${USAGE})`);
  }
  const unknown = args.cases?.filter((id) => !CASES.some((c) => c.id === id));
  if (unknown?.length) throw new Error(`unknown case ${unknown.join(', ')} (cases: ${CASES.map((c) => c.id).join(', ')})`);
  return args;
}

const log = (line: string) => console.log(line);

async function gatherFacts(raw: RawDb): Promise<Facts> {
  const [{ newest }] = await raw.query<{ newest: string | Date }>(`SELECT MAX("createdAt") AS newest FROM "Order"`);
  const to = new Date(newest);
  const from = new Date(to.getTime() - 90 * 86_400_000);
  // A customer with a few orders; the fragment is the middle of the email's local part, as typed.
  const [customer] = await raw.query<{ email: string }>(
    `SELECT c.email FROM "Customer" c WHERE c."ordersCount" BETWEEN 3 AND 20 AND c.email NOT LIKE '%\\_%' ESCAPE '\\' ORDER BY c.id LIMIT 1 OFFSET 50`,
  );
  const local = (customer?.email ?? 'martin@example.com').split('@')[0];
  const emailFragment = local.length > 6 ? local.slice(1, -1) : local;
  return { newest: to.toISOString(), from: from.toISOString(), to: to.toISOString(), emailFragment, orderId: await busyOrder({ raw }), perPage: 25 }; // Counter's rows per page, asked of all three
}

/**
 * Each probe once: Counter, raw and vanilla must agree on the result, or the figures compare
 * different things. A list's total may differ by a little where Counter shows PostgreSQL's estimate;
 * a searched list has none (Counter does not count it).
 */
async function agree(c: BenchCase & { kind: 'timed' }, ctx: CaseContext): Promise<string | null> {
  const counter = await c.counter(ctx)();
  const problems: string[] = [];
  const compare = (name: string, other: unknown) => {
    const a = other as { ids?: number[]; total?: number };
    const b = counter as { ids?: number[]; total?: number };
    const sameIds = JSON.stringify(a?.ids ?? a) === JSON.stringify(b?.ids ?? b);
    const closeTotals = a?.total === undefined || b?.total === undefined || Math.abs(a.total - b.total) <= Math.max(0, a.total * 0.05);
    if (!sameIds || !closeTotals) problems.push(`${name} ${JSON.stringify(other).slice(0, 120)} ≠ counter ${JSON.stringify(counter).slice(0, 120)}`);
  };
  if (c.raw) compare('raw', await c.raw(ctx)());
  if (c.vanilla && ctx.vanilla) compare('vanilla', await c.vanilla(ctx)());
  return problems.length ? problems.join('; ') : null;
}

interface CaseResult {
  id: string;
  title: string;
  target: string;
  figures: CaseFigures | null;
  /** null: the case failed, or has no target. */
  met: boolean | null;
  note?: string;
}

async function runCases(shop: PreparedShop, args: Args): Promise<CaseResult[]> {
  const raw = openRaw(shop.url);
  const servers: BenchServer[] = [];
  try {
    const counter = await startServer('counter', shop.url);
    servers.push(counter);
    const vanilla = args.vanilla ? await startServer('vanilla', shop.url) : null;
    if (vanilla) servers.push(vanilla);
    const facts = await gatherFacts(raw);
    log(`facts: ${JSON.stringify(facts)}`);
    const ctx: CaseContext = { provider: shop.provider, databaseUrl: shop.url, counter, vanilla, raw, facts, runs: args.runs, log };
    const figures = new Map<string, CaseFigures>();
    const results: CaseResult[] = [];
    for (const c of CASES.filter((k) => !args.cases || args.cases.includes(k.id))) {
      log(`${c.title}…`);
      try {
        let mine: CaseFigures;
        let note: string | undefined;
        if (c.kind === 'timed') {
          note = (await agree(c, ctx)) ?? undefined;
          if (note) log(`  results differ: ${note}`);
          mine = { counter: await timeIt(c.counter(ctx), { runs: args.runs }) };
          if (c.raw) mine.raw = await timeIt(c.raw(ctx), { runs: args.runs });
          if (c.vanilla && vanilla) mine.vanilla = await timeIt(c.vanilla(ctx), { runs: Math.max(3, Math.ceil(args.runs / 4)), warmup: 1 });
          figures.set(c.id, mine);
          results.push({ id: c.id, title: c.title, target: c.target, figures: mine, met: c.met(mine, figures), note });
        } else {
          mine = await c.run(ctx);
          figures.set(c.id, mine);
          results.push({ id: c.id, title: c.title, target: c.target, figures: mine, met: c.met(mine) });
        }
        log(`  ${line(results.at(-1)!)}`);
      } catch (error) {
        const cause = (error as Error & { cause?: Error }).cause;
        const message = `${(error as Error).message}${cause ? ` (${cause.message ?? cause})` : ''}`;
        log(`  failed: ${message}`);
        results.push({ id: c.id, title: c.title, target: c.target, figures: null, met: null, note: message });
      }
    }
    return results;
  } finally {
    for (const s of servers) await s.stop();
    await raw.close();
  }
}

const ms = (t?: { median: number; p95: number }) => (t ? `${t.median} / ${t.p95}` : '—');
const x = (a?: number, b?: number) => (a !== undefined && b ? `${round(a / b)}×` : '—');

function line(r: CaseResult): string {
  const f = r.figures;
  if (!f) return `${r.title}: failed (${r.note})`;
  const extra = f.extra ? ` · ${Object.entries(f.extra).map(([k, v]) => `${k} ${v}`).join(', ')}` : '';
  const verdict = r.met === null ? 'no target' : r.met ? 'target met' : 'TARGET MISSED';
  return `counter ${ms(f.counter)} ms · raw ${ms(f.raw)} · vanilla ${ms(f.vanilla)} · counter/raw ${x(f.counter.median, f.raw?.median)} · vanilla/counter ${x(f.vanilla?.median, f.counter.median)}${extra} · ${verdict}`;
}

function table(provider: string, shop: PreparedShop, results: CaseResult[]): string {
  const head = ['case', 'counter ms (median/p95)', 'raw ms', 'vanilla ms', 'counter/raw', 'vanilla/counter', 'target', 'met'];
  const rows = results.map((r) => [
    r.title, ms(r.figures?.counter), ms(r.figures?.raw), ms(r.figures?.vanilla),
    x(r.figures?.counter.median, r.figures?.raw?.median), x(r.figures?.vanilla?.median, r.figures?.counter.median),
    r.target + (r.figures?.extra ? ` (${Object.entries(r.figures.extra).map(([k, v]) => `${k} ${v}`).join(', ')})` : ''),
    !r.figures ? 'failed' : r.met === null ? '—' : r.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const fmt = (cells: string[]) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [`\n${provider}: ${describe(shop.counts)}`, fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}

async function bench(shop: PreparedShop, args: Args): Promise<void> {
  const started = new Date();
  const results = await runCases(shop, args);
  console.log(table(shop.provider, shop, results));
  const dir = resolve('bench/results');
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${started.toISOString().slice(0, 19).replace(/:/g, '')}-${shop.provider}.json`;
  const machine = { cpus: cpus().length, model: cpus()[0]?.model, loadavg: loadavg().map((l) => round(l)), node: process.version };
  writeFileSync(file, `${JSON.stringify({ started, provider: shop.provider, shop: shop.counts, runs: args.runs, machine, results }, null, 2)}\n`);
  log(`written to ${file}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const size: ShopSize = { orders: args.orders, customers: args.customers, products: args.products };
  if (args.sqlite) {
    if (args.reseed) rmSync(args.db, { force: true });
    await bench(await prepareShop(`file:${args.db}`, size, log), args);
  }
  if (args.pg) {
    if (args.reseed) rmSync(resolve('data/bench-pg'), { recursive: true, force: true });
    const cluster = await benchCluster();
    try {
      await bench(await prepareShop(cluster.url, size, log), args);
      if (args.load) {
        const { runLoadTest } = await import('./load.js');
        await runLoadTest({ pgUrl: cluster.url, log });
      }
    } finally {
      cluster.stop();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
