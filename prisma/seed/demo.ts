// The demo shop: a deterministic catalogue, customers and order history of any size.
// Orders are generated and written in chunks, so memory stays flat even for a million orders.
import type { PrismaClient } from '@prisma/client';
import { buildCatalog, type Sellable } from './catalog.js';
import { catalogDefs } from './catalog-extension.js';
import { PRODUCTS } from './catalog-data.js';
import { buildCustomers, ORDER_SKEW } from './customers.js';
import { buildDiscounts, writeDiscounts } from './discounts.js';
import { Ids } from './ids.js';
import { buildAbandonedCheckouts, buildDraftOrders } from './marketing.js';
import { generateOrder, lineCounts, type OrderContext } from './orders.js';
import { ItemPools } from './pools.js';
import { DAY, Rng } from './random.js';
import { SHOWCASE } from './scenarios.js';
import { Batch, INSERT_ORDER, type Table } from './tables.js';
import { ORDER_DAYS, Timeline } from './timeline.js';
import { BulkWriter, detectProvider, type Provider, type WriteMode } from './writer.js';
import { recountCustomerOrders } from '../../src/services/customers/orders-count.js';

export interface SeedOptions {
  /** Number of orders (default 3,000). */
  orders?: number;
  /** PRNG seed (default 42): the same seed and `now` give the same shop. */
  seed?: number;
  /** The moment the history ends (default: the current time). */
  now?: Date;
  log?: (line: string) => void;
  /** Detected from the client when omitted. */
  provider?: Provider;
  /** 'sql' (default, fast) or 'createMany' (Prisma's API, slower). */
  writer?: WriteMode;
  /** Orders per transaction (default 5,000). */
  chunkSize?: number;
  /** Number of customers (default 300). */
  customers?: number;
  /** Number of products (default: the fixed catalogue of 64); more adds generated products. */
  products?: number;
  /** Average lines per order, from 1 to 5, in orders of 1 to 10 lines (default: the demo's 1 to 4 lines, 1.8 on average). */
  linesPerOrder?: number;
  /** How unevenly customers order (default 0.8); 1.6 makes a few loyal customers and many one-order ones. */
  orderSkew?: number;
}

/**
 * The benchmark shop (issue #7): 1,000,000 orders, ~3,000,000 lines, 100,000 customers and
 * 5,000 products. `seedShop(prisma, { ...BENCH_SHOP, provider })`; override `orders` for a smaller run.
 */
export const BENCH_SHOP = {
  orders: 1_000_000,
  customers: 100_000,
  products: 5_000,
  linesPerOrder: 3,
  orderSkew: 1.6,
  seed: 42,
} as const satisfies SeedOptions;

/** Rows created per model. */
export type SeedSummary = Record<Table, number>;

export const CUSTOMERS = 300;
export const DRAFT_ORDERS = 40;
export const ABANDONED_CHECKOUTS = 150;
const COMPLETED_DRAFTS = 15;
const RECOVERED_CHECKOUTS = 30;

const spread = (count: number, from: number, to: number) =>
  to <= from ? [] : Array.from({ length: count }, (_, k) => Math.floor(from + ((k + 0.5) * (to - from)) / count));

export async function seedShop(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const total = options.orders ?? 3000;
  const now = (options.now ?? new Date()).getTime();
  const log = options.log ?? (() => {});
  const chunkSize = options.chunkSize ?? 5000;
  const writer = new BulkWriter(prisma, options.provider ?? detectProvider(prisma), options.writer ?? 'sql');
  await writer.prepare();
  const rng = new Rng(options.seed ?? 42);
  const ids = await Ids.after(prisma);
  const [{ m: lastNumber }] = await prisma.$queryRawUnsafe<{ m: number | bigint | null }[]>('SELECT MAX(number) AS m FROM "Order"');
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

  const customers = options.customers ?? CUSTOMERS;
  if (!Number.isInteger(customers) || customers < 1) throw new Error('customers must be a whole number from 1');
  const setup = new Batch();
  const products = options.products === undefined ? PRODUCTS : catalogDefs(rng, options.products);
  const sellables = buildCatalog(rng, setup, ids, now, products);
  const book = buildCustomers(rng, setup, ids, now, customers, options.orderSkew ?? ORDER_SKEW);
  await writer.write(setup);
  log(`catalogue: ${setup.count('Product')} products, ${sellables.length} stock items; ${customers.toLocaleString('en')} customers (${elapsed()})`);
  setup.rows.clear(); // written: at bench size its rows would otherwise stay in memory for the whole seed

  const initialMovements = ids.reserve('StockMovement', sellables.length);
  const timeline = new Timeline(rng, now, total);
  const recentFrom = timeline.indexAt(now - 29 * DAY);
  const ctx: OrderContext = {
    rng, now, ids, batch: new Batch(), timeline, book, pools: new ItemPools(sellables), discounts: buildDiscounts(now),
    firstNumber: Math.max(1000, Number(lastNumber ?? 0)) + 1,
    showcase: new Map(spread(SHOWCASE.length, 0, Math.floor(total * 0.8)).map((index, k) => [index, SHOWCASE[k]])),
    targets: { draft: spread(COMPLETED_DRAFTS, Math.floor(total * 0.1), Math.floor(total * 0.9)), checkout: spread(RECOVERED_CHECKOUTS, recentFrom, total) },
    captured: { draft: [], checkout: [] },
    lastOrderAt: new Map(),
    lineCounts: lineCounts(options.linesPerOrder),
  };
  // On PostgreSQL the next chunk is generated, in slices between the writer's statements, while the
  // server stores the previous one. SQLite runs in this process, so there it is write, then generate.
  const overlap = writer.provider === 'postgresql';
  let writing: Promise<void> | null = null;
  let writingEnd = 0;
  const finish = async () => {
    if (!writing) return;
    await writing;
    writing = null;
    log(`orders: ${writingEnd.toLocaleString('en')}/${total.toLocaleString('en')} (${elapsed()})`);
  };
  for (let start = 0; start < total; start += chunkSize) {
    const batch = (ctx.batch = new Batch());
    const end = Math.min(total, start + chunkSize);
    for (let i = start; i < end; i++) {
      generateOrder(ctx, i);
      if (writing && (i - start) % 250 === 249) await new Promise((resolve) => setImmediate(resolve));
    }
    await finish();
    writing = writer.write(batch);
    writing.catch(() => undefined); // awaited in finish(); this only keeps a failure from counting as unhandled meanwhile
    writingEnd = end;
    if (!overlap) await finish();
  }
  await finish();

  const rest = new Batch();
  writeInitialStock(rest, sellables, initialMovements, now);
  writeDiscounts(rest, ids, ctx.discounts, now);
  const marketing = { rng, now, ids, batch: rest, book, pools: ctx.pools, lastOrderAt: ctx.lastOrderAt };
  buildDraftOrders(marketing, ctx.captured.draft, DRAFT_ORDERS);
  buildAbandonedCheckouts(marketing, ctx.captured.checkout, ABANDONED_CHECKOUTS);
  // The items' figures are set with their opening movements, so the ledger adds up once this commits.
  await writer.write(rest, (tx) => writer.setStock(tx, sellables.map((s) => [s.itemId, onHand(s), s.committed]), now));
  log(`opening stock, discounts, drafts and checkouts (${elapsed()})`);
  await writer.resetSequences();
  await recountCustomerOrders(prisma);
  log(`customers' order counts (${elapsed()})`);
  // Days the dashboard stored before these orders no longer hold: it recomputes them on its next read.
  await prisma.$executeRawUnsafe('DELETE FROM "DashboardDay"');
  log(`done: ${total.toLocaleString('en')} orders in ${elapsed()}`);
  return Object.fromEntries(INSERT_ORDER.map((t) => [t, writer.counts[t] ?? 0])) as SeedSummary;
}

/** What is on the shelf at the end: the target, plus what is committed to open orders and what came back. */
const onHand = (s: Sellable) => s.target + s.committed + s.returned;

/**
 * The opening stock, dated before the first order: enough that on-hand never goes negative
 * (every shipment is covered), so that onHand = sum(onHandDelta) and committed = sum(committedDelta).
 */
function writeInitialStock(batch: Batch, sellables: Sellable[], firstId: number, now: number): void {
  const opening = now - (ORDER_DAYS + 5) * DAY;
  sellables.forEach((s, k) => {
    const at = Math.max(opening, s.createdAt + DAY);
    batch.add('StockMovement', [firstId + k, s.itemId, 'INITIAL', onHand(s) + s.fulfilled - s.returned, 0, null, 'Opening stock count', at]);
  });
}
