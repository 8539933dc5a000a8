// Stored days: each past UTC day's share of the figures, so a period reads at most a few rows per
// day instead of every order. A day is computed once by the figures' own queries (daily.ts) and
// stored; today is always computed live, and so is a period's partial first or last day.
// Freshness: every service that changes an order's money, lines or cancellation, or adds a refund,
// bumps the version of the order's day and of its refunds' days in its own transaction
// (markOrderSalesStale); a day whose stored rows were computed at another version, or never, is
// recomputed on the next read. The version is read before the day is computed, so a change that
// commits during the computation leaves the day stale rather than stored with old money.
import { inTransaction, type Shop, type Tx } from '../../db/transaction.js';
import type { Range } from './period.js';
import { customerRows, hourRows, productRows, salesRows } from './daily.js';
import { query, type Sql } from './sql.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days computed per transaction (a cold 90-day period does not hold the write lock for long). */
const FILL_DAYS = 10;

const label = (t: number) => new Date(t).toISOString().slice(0, 10);
const startOf = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** First and last stored day of a span, both included ("2026-11-01", "2026-11-07"). */
export type DaySpan = [string, string];

/** Where a set of ranges is read from: stored days, and live ranges for the rest. */
export interface Sources {
  spans: DaySpan[];
  live: Range[];
}

const DIRECT = new WeakSet<object>();

/** The same shop, read without stored days (every figure computed from the orders): for tests and checks. */
export function directShop<S extends Shop>(shop: S): S {
  const copy = { ...shop };
  DIRECT.add(copy);
  return copy;
}

/** A shop read without stored days (directShop). */
export const isDirect = (shop: Shop): boolean => DIRECT.has(shop);

/** Splits ranges into the whole past days they cover (stored) and what is left (live). */
export function splitRanges(shop: Shop, ranges: Range[], opts: { live?: boolean } = {}, now = Date.now()): Sources {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const out: Sources = { spans: [], live: [] };
  for (const range of ranges) {
    const from = range.from.getTime();
    const to = range.to.getTime();
    const first = Math.ceil(from / DAY_MS) * DAY_MS;
    const end = Math.min(Math.floor(to / DAY_MS) * DAY_MS, today);
    if (opts.live || DIRECT.has(shop) || first >= end) {
      if (from < to) out.live.push(range);
      continue;
    }
    if (from < first) out.live.push({ from: range.from, to: new Date(first) });
    out.spans.push([label(first), label(end - DAY_MS)]);
    if (end < to) out.live.push({ from: new Date(end), to: range.to });
  }
  return out;
}

/** The stored days and live ranges of ranges, the stored days brought up to date first. */
export async function sourcesOf(shop: Shop, ranges: Range[], opts: { live?: boolean } = {}): Promise<Sources> {
  const sources = splitRanges(shop, ranges, opts);
  await refreshDays(shop, sources.spans);
  return sources;
}

/** `column` within any of the spans (day labels compare as text). */
export function dayIn(shop: Shop, column: string, spans: DaySpan[]): Sql {
  const c = shop.sql.raw(column);
  return shop.sql.sql`(${shop.sql.join(spans.map(([a, b]) => shop.sql.sql`(${c} >= ${a} AND ${c} <= ${b})`), ' OR ')})`;
}

/** `SELECT … FROM <stored table> WHERE <day in spans>` when there are spans. */
export const stored = (shop: Shop, select: string, spans: DaySpan[]): Sql[] =>
  spans.length ? [shop.sql.sql`${shop.sql.raw(select)} WHERE ${dayIn(shop, 'r."day"', spans)}`] : [];

const daysOf = ([a, b]: DaySpan) => {
  const days: string[] = [];
  for (let t = startOf(a); t <= startOf(b); t += DAY_MS) days.push(label(t));
  return days;
};

type DayRow = { day: string; version: unknown; computedVersion: unknown };
const isFresh = (r: DayRow) => r.computedVersion !== null && Number(r.computedVersion) === Number(r.version);

/** Computes and stores the spans' days that are missing or stale, in runs of consecutive days. */
export async function refreshDays(shop: Shop, spans: DaySpan[]): Promise<void> {
  if (!spans.length) return;
  const rows = await query<DayRow>(shop, shop.sql.sql`SELECT "day", version, "computedVersion" FROM "DashboardDay" r WHERE ${dayIn(shop, 'r."day"', spans)}`);
  const fresh = new Set(rows.filter(isFresh).map((r) => r.day));
  const stale = [...new Set(spans.flatMap(daysOf))].filter((d) => !fresh.has(d)).sort();
  let run: string[] = [];
  for (const day of stale) {
    if (run.length && (startOf(day) - startOf(run[run.length - 1]) !== DAY_MS || run.length === FILL_DAYS)) {
      await fillDays(shop, [run[0], run[run.length - 1]]);
      run = [];
    }
    run.push(day);
  }
  if (run.length) await fillDays(shop, [run[0], run[run.length - 1]]);
}

/** Recomputes a run of consecutive days in one transaction: their rows, then their versions. */
async function fillDays(shop: Shop, span: DaySpan): Promise<void> {
  const range = { from: new Date(startOf(span[0])), to: new Date(startOf(span[1]) + DAY_MS) };
  const s = shop.sql;
  await inTransaction(shop, async (tx) => {
    // PostgreSQL: one filler at a time, so two readers never store the same day twice
    if (shop.provider === 'postgresql') await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707371)`;
    const rows = await tx.$queryRaw<DayRow[]>(s.sql`SELECT "day", version, "computedVersion" FROM "DashboardDay" WHERE "day" >= ${span[0]} AND "day" <= ${span[1]}`);
    const known = new Map(rows.map((r) => [r.day, r]));
    const days = daysOf(span);
    if (days.every((d) => known.has(d) && isFresh(known.get(d)!))) return; // another reader stored them meanwhile
    const inSpan = s.sql`"day" >= ${span[0]} AND "day" <= ${span[1]}`;
    for (const table of ['SalesDay', 'HourSalesDay', 'ProductSalesDay', 'CustomerSalesDay']) await tx.$executeRaw(s.sql`DELETE FROM ${s.raw(`"${table}"`)} WHERE ${inSpan}`);
    await tx.$executeRaw(s.sql`INSERT INTO "SalesDay" ("day", orders, "grossCents", "refundsCents") SELECT bucket, orders, gross, refunds FROM (${salesRows(shop, range)}) t`);
    await tx.$executeRaw(s.sql`INSERT INTO "HourSalesDay" ("day", "hour", orders) SELECT "day", "hour", orders FROM (${hourRows(shop, range)}) t`);
    await tx.$executeRaw(s.sql`INSERT INTO "ProductSalesDay" ("day", "productId", "inventoryItemId", title, units, "revenueCents")
      SELECT "day", "productId", "inventoryItemId", title, units, revenue FROM (${productRows(shop, range)}) t`);
    await tx.$executeRaw(s.sql`INSERT INTO "CustomerSalesDay" ("day", "customerId", orders, "spentCents") SELECT "day", "customerId", orders, spent FROM (${customerRows(shop, range)}) t`);
    const versions = days.map((d) => s.sql`(${d}, 0, ${Number(known.get(d)?.version ?? 0)})`);
    await tx.$executeRaw(s.sql`INSERT INTO "DashboardDay" ("day", version, "computedVersion") VALUES ${s.join(versions)}
      ON CONFLICT ("day") DO UPDATE SET "computedVersion" = excluded."computedVersion"`);
  });
}

/** Marks days stale (any Date within them): their stored figures are recomputed on the next read. */
export async function markSalesDaysStale(shop: Shop, tx: Tx, at: Date[]): Promise<void> {
  const days = [...new Set(at.map((d) => label(d.getTime())))].sort(); // in order: no deadlock between two writers
  if (!days.length) return;
  const s = shop.sql;
  await tx.$executeRaw(s.sql`INSERT INTO "DashboardDay" ("day", version) VALUES ${s.join(days.map((d) => s.sql`(${d}, 1)`))}
    ON CONFLICT ("day") DO UPDATE SET version = "DashboardDay".version + 1`);
}

/** The days an order's figures live on: the day it was placed and the days of its refunds. */
export async function markOrderSalesStale(shop: Shop, tx: Tx, orderId: number): Promise<void> {
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { createdAt: true, refunds: { select: { createdAt: true } } } });
  if (order) await markSalesDaysStale(shop, tx, [order.createdAt, ...order.refunds.map((r) => r.createdAt)]);
}
