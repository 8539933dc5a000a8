// Sales of a period against the one before: gross, refunds, net, orders, average order, and the
// same per day (per hour for a single day).
// What counts is salesRows (daily.ts); net = gross − refunds. Past days come from SalesDay (rollup.ts).
import type { Shop } from '../../db/transaction.js';
import { bucketsOf, type Period, type Range } from './period.js';
import { salesRows } from './daily.js';
import { sourcesOf, stored } from './rollup.js';
import { num, query, unionAll } from './sql.js';

export interface SalesTotals {
  grossCents: number;
  refundsCents: number;
  netCents: number;
  orders: number;
  averageOrderCents: number;
}

export interface SalesPoint {
  /** "2026-11-23", or "2026-11-23T14" for hours. */
  bucket: string;
  previousBucket: string;
  grossCents: number;
  refundsCents: number;
  netCents: number;
  orders: number;
  previousNetCents: number;
  previousOrders: number;
}

export interface SalesFigure {
  current: SalesTotals;
  previous: SalesTotals;
  series: SalesPoint[];
}

type Row = { bucket: string; gross: unknown; orders: unknown; refunds: unknown };

export async function salesFigure(shop: Shop, period: Period): Promise<SalesFigure> {
  // Hours are not stored: a single day (and its comparison) is computed live.
  const { spans, live } = await sourcesOf(shop, [period.current, period.previous], { live: period.bucket === 'hour' });
  const parts = [
    ...stored(shop, 'SELECT r."day" AS bucket, r."grossCents" AS gross, r.orders AS orders, r."refundsCents" AS refunds FROM "SalesDay" r', spans),
    ...live.map((range) => salesRows(shop, range, period.bucket)),
  ];
  const rows = await query<Row>(shop, shop.sql.sql`SELECT bucket, SUM(gross) AS gross, SUM(orders) AS orders, SUM(refunds) AS refunds FROM (${unionAll(shop, parts)}) t GROUP BY bucket`);
  const byBucket = new Map(rows.map((r) => [r.bucket, { gross: num(r.gross), orders: num(r.orders), refunds: num(r.refunds) }]));
  const current = bucketsOf(period.current, period.bucket);
  const previous = alignedBuckets(period.previous, period.bucket, current.length);
  const at = (bucket: string) => byBucket.get(bucket) ?? { gross: 0, orders: 0, refunds: 0 };
  const series = current.map((bucket, i) => {
    const c = at(bucket);
    const p = at(previous[i]);
    return {
      bucket, previousBucket: previous[i], grossCents: c.gross, refundsCents: c.refunds, netCents: c.gross - c.refunds, orders: c.orders,
      previousNetCents: p.gross - p.refunds, previousOrders: p.orders,
    };
  });
  return { current: totals(current.map(at)), previous: totals(previous.map(at)), series };
}

/** The previous range's buckets, as many as the current one has (a partial day matches a partial day). */
function alignedBuckets(range: Range, bucket: Period['bucket'], count: number): string[] {
  return bucketsOf(range, bucket).slice(0, count);
}

function totals(points: Array<{ gross: number; orders: number; refunds: number }>): SalesTotals {
  const grossCents = points.reduce((n, p) => n + p.gross, 0);
  const refundsCents = points.reduce((n, p) => n + p.refunds, 0);
  const orders = points.reduce((n, p) => n + p.orders, 0);
  return { grossCents, refundsCents, netCents: grossCents - refundsCents, orders, averageOrderCents: orders ? Math.round(grossCents / orders) : 0 };
}
