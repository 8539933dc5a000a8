// A period's sales summed per product line and per customer, kept in memory between reads, so a
// dashboard read costs a few small queries instead of summing tens of thousands of stored rows.
// - The whole past days: read once from the stored tables (rollup.ts) and kept while their
//   versions stay the same and the rows they join do (customers', products' count and highest id:
//   what a deletion changes).
// - Today, up to now: kept while today's version stays the same. Every order placed, edited,
//   cancelled or refunded bumps the version of its day (markOrderSalesStale), so a kept today holds
//   every order of today so far. The version is read before the rows, as rollup.ts does.
// - Anything else live (a partial day in the past) is summed on each read.
// Each database client keeps its own few entries; a shop read "direct" (tests) keeps nothing.
import type { Shop } from '../../db/transaction.js';
import type { Range } from './period.js';
import { customerRows, productRows } from './daily.js';
import { dayIn, isDirect, sourcesOf, type DaySpan } from './rollup.js';
import { num, query, type Sql } from './sql.js';

/** Units and revenue of one product line: product (null once deleted), stock item and title as sold. */
export interface LineSum {
  productId: number | null;
  inventoryItemId: number | null;
  title: string;
  units: number;
  revenue: number;
}

export interface CustomerSum {
  customerId: number;
  orders: number;
  spent: number;
}

interface Kind<T> {
  name: string;
  /** The table whose deletions change the stored rows' joins. */
  joined: string;
  stored(shop: Shop, spans: DaySpan[]): Sql;
  live(shop: Shop, range: Range): Sql;
  row(r: Record<string, unknown>): T;
  key(t: T): string;
  add(into: T, t: T): void;
}

const orNull = (v: unknown) => (v === null || v === undefined ? null : num(v));

const LINES: Kind<LineSum> = {
  name: 'lines',
  joined: 'Product',
  // Lines of deleted products (gone from "Product" since the day was stored) read as product-less, as they do live.
  stored: (shop, spans) => shop.sql.sql`
    SELECT p.id AS "productId", r."inventoryItemId" AS "inventoryItemId", r.title AS title, SUM(r.units) AS units, SUM(r."revenueCents") AS revenue
      FROM "ProductSalesDay" r LEFT JOIN "Product" p ON p.id = r."productId"
     WHERE ${dayIn(shop, 'r."day"', spans)}
     GROUP BY p.id, r."inventoryItemId", r.title`,
  live: (shop, range) => shop.sql.sql`
    SELECT "productId", "inventoryItemId", title, SUM(units) AS units, SUM(revenue) AS revenue
      FROM (${productRows(shop, range)}) l GROUP BY "productId", "inventoryItemId", title`,
  row: (r) => ({ productId: orNull(r.productId), inventoryItemId: orNull(r.inventoryItemId), title: String(r.title), units: num(r.units), revenue: num(r.revenue) }),
  key: (t) => JSON.stringify([t.productId, t.inventoryItemId, t.title]),
  add: (into, t) => ((into.units += t.units), (into.revenue += t.revenue)),
};

const CUSTOMERS: Kind<CustomerSum> = {
  name: 'customers',
  joined: 'Customer',
  // A customer deleted since a day was stored left guest orders behind: the JOIN drops them, as live.
  stored: (shop, spans) => shop.sql.sql`
    SELECT r."customerId" AS "customerId", SUM(r.orders) AS orders, SUM(r."spentCents") AS spent
      FROM "CustomerSalesDay" r JOIN "Customer" c ON c.id = r."customerId"
     WHERE ${dayIn(shop, 'r."day"', spans)}
     GROUP BY r."customerId"`,
  live: (shop, range) => shop.sql.sql`SELECT "customerId", SUM(orders) AS orders, SUM(spent) AS spent FROM (${customerRows(shop, range)}) l GROUP BY "customerId"`,
  row: (r) => ({ customerId: num(r.customerId), orders: num(r.orders), spent: num(r.spent) }),
  key: (t) => String(t.customerId),
  add: (into, t) => ((into.orders += t.orders), (into.spent += t.spent)),
};

/** The range's sales per product line (product, stock item, title as sold). */
export const lineSums = (shop: Shop, range: Range): Promise<LineSum[]> => sums(shop, LINES, range);

/** The range's orders and spending per customer (cancelled and guest orders do not count). */
export const customerSums = (shop: Shop, range: Range): Promise<CustomerSum[]> => sums(shop, CUSTOMERS, range);

const DAY_MS = 24 * 60 * 60 * 1000;
/** Entries kept per database client: a few periods' stored days and today, for each kind. */
const KEPT = 12;

interface Entry {
  version: string;
  rows: Map<string, unknown>;
}

const kept = new WeakMap<object, Map<string, Entry>>();

async function sums<T>(shop: Shop, kind: Kind<T>, range: Range): Promise<T[]> {
  const { spans, live } = await sourcesOf(shop, [range]);
  let joinedAt: Promise<string> | undefined; // asked once per read, whichever parts need it
  const joined = () => (joinedAt ??= joinedVersion(shop, kind));
  const parts = await Promise.all([
    ...(spans.length ? [keep(shop, `${kind.name} ${JSON.stringify(spans)}`, () => storedVersion(shop, spans, joined()), () => read(shop, kind, kind.stored(shop, spans)))] : []),
    ...live.map((part) =>
      isToday(part) && !isDirect(shop)
        ? keep(shop, `${kind.name} live ${part.from.toISOString()}`, () => todayVersion(shop, part.from, joined()), () => read(shop, kind, kind.live(shop, part)))
        : read(shop, kind, kind.live(shop, part)),
    ),
  ]);
  return merge(kind, parts);
}

/**
 * The parts summed per key. The largest part's rows are handed out as they are (they may be kept:
 * callers read them, never change them); only keys the smaller parts add to are copied.
 */
function merge<T>(kind: Kind<T>, parts: Array<Map<string, T>>): T[] {
  const [base, ...rest] = [...parts].sort((a, b) => b.size - a.size);
  if (!base) return [];
  const extra = new Map<string, T>();
  for (const part of rest) {
    for (const [key, t] of part) {
      const seen = extra.get(key);
      if (seen) kind.add(seen, t);
      else extra.set(key, { ...t });
    }
  }
  const out: T[] = [];
  for (const [key, t] of base) {
    const more = extra.get(key);
    if (!more) out.push(t);
    else {
      const sum = { ...t };
      kind.add(sum, more);
      out.push(sum);
      extra.delete(key);
    }
  }
  out.push(...extra.values());
  return out;
}

const read = async <T>(shop: Shop, kind: Kind<T>, sql: Sql): Promise<Map<string, T>> => {
  const rows = new Map<string, T>();
  for (const r of await query<Record<string, unknown>>(shop, sql)) {
    const t = kind.row(r);
    rows.set(kind.key(t), t); // each part's query groups by the key: one row per key
  }
  return rows;
};

/** Today from its midnight up to now: what a later read of today would ask again. */
function isToday(range: Range, now = Date.now()): boolean {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  return range.from.getTime() === today && range.to.getTime() <= now && range.to.getTime() > today;
}

/** The entry under key if its version is still the current one; otherwise the rows, read anew and kept. */
async function keep<T>(shop: Shop, key: string, version: () => Promise<string>, rows: () => Promise<Map<string, T>>): Promise<Map<string, T>> {
  let entries = kept.get(shop.prisma);
  if (!entries) kept.set(shop.prisma, (entries = new Map()));
  const now = await version(); // before the rows: a change committed meanwhile leaves the entry stale, not wrong
  const entry = entries.get(key);
  if (entry?.version === now) {
    entries.delete(key); // most recently used last
    entries.set(key, entry);
    return entry.rows as Map<string, T>;
  }
  const fresh = await rows();
  entries.delete(key);
  entries.set(key, { version: now, rows: fresh });
  for (const old of entries.keys()) {
    if (entries.size <= KEPT) break;
    entries.delete(old);
  }
  return fresh;
}

/** What the stored days' rows were computed at, and what their joined table holds. */
async function storedVersion(shop: Shop, spans: DaySpan[], joinedAt: Promise<string>): Promise<string> {
  const [days, joined] = await Promise.all([
    query<{ day: string; computedVersion: unknown }>(shop, shop.sql.sql`SELECT "day", "computedVersion" FROM "DashboardDay" r WHERE ${dayIn(shop, 'r."day"', spans)} ORDER BY "day"`),
    joinedAt,
  ]);
  return `${days.map((d) => `${d.day}:${String(d.computedVersion)}`).join(',')} ${joined}`;
}

/** Today's version, and what the joined table holds (a deleted customer's orders become guest orders). */
async function todayVersion(shop: Shop, from: Date, joinedAt: Promise<string>): Promise<string> {
  const day = from.toISOString().slice(0, 10);
  const [[row], joined] = await Promise.all([
    query<{ version: unknown }>(shop, shop.sql.sql`SELECT version FROM "DashboardDay" WHERE "day" = ${day}`),
    joinedAt,
  ]);
  return `${row ? String(row.version) : 'none'} ${joined}`;
}

async function joinedVersion(shop: Shop, kind: Kind<unknown>): Promise<string> {
  const [row] = await query<{ n: unknown; top: unknown }>(shop, shop.sql.sql`SELECT COUNT(*) AS n, MAX(id) AS top FROM ${shop.sql.raw(`"${kind.joined}"`)}`);
  return `${num(row.n)}/${num(row.top)}`;
}

/** The first k of items in compare's order (a stable partial sort: ranks thousands, keeps k). */
export function topOf<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (k <= 0) return best;
  for (const item of items) {
    if (best.length === k && compare(item, best[k - 1]) >= 0) continue;
    let at = best.length;
    while (at > 0 && compare(item, best[at - 1]) < 0) at--;
    best.splice(at, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

/** Rows as one JSON text bound as a single parameter, read back as a table by the database. */
export function jsonRows(shop: Shop, rows: unknown[][], columns: Array<[name: string, type: 'int' | 'bigint']>): Sql {
  const json = JSON.stringify(rows);
  const s = shop.sql;
  const cols = columns.map(([name, type], i) =>
    shop.provider === 'sqlite' ? s.raw(`value->>${i} AS "${name}"`) : s.raw(`CAST(x->>${i} AS ${type}) AS "${name}"`),
  );
  return shop.provider === 'sqlite'
    ? s.sql`SELECT ${s.join(cols)} FROM json_each(${json})`
    : s.sql`SELECT ${s.join(cols)} FROM jsonb_array_elements(CAST(${json} AS jsonb)) x`;
}
