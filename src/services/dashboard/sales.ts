// Sales of a period against the one before: gross, refunds, net, orders, average order, and the
// same per day (per hour for a single day), from one GROUP BY over orders and refunds.
//
// What counts: an order is a sale on the day it was placed, unless it was cancelled (a
// cancellation undoes the sale, and its refund is not counted either). Gross is the orders'
// totals (items − discounts + shipping + taxes); refunds are the Refund rows of the period, on the
// day they were made, whatever day the order was placed; net = gross − refunds.
import type { Shop } from '../../db/transaction.js';
import { bucketsOf, type Period, type Range } from './period.js';
import { bucketOf, num, query } from './sql.js';

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

/** Both ranges in one scan: from the previous start to the current end, minus the gap between them. */
export function bothRanges(shop: Shop, column: string, period: Period) {
  const c = shop.sql.raw(column);
  return shop.sql.sql`${c} >= ${period.previous.from} AND ${c} < ${period.current.to} AND (${c} >= ${period.current.from} OR ${c} < ${period.previous.to})`;
}

export async function salesFigure(shop: Shop, period: Period): Promise<SalesFigure> {
  const rows = await query<Row>(
    shop,
    shop.sql.sql`
      SELECT bucket, SUM(gross) AS gross, SUM(orders) AS orders, SUM(refunds) AS refunds FROM (
        SELECT ${bucketOf(shop, 'o."createdAt"', period.bucket)} AS bucket, SUM(o."totalCents") AS gross, COUNT(*) AS orders, 0 AS refunds
          FROM "Order" o
         WHERE ${bothRanges(shop, 'o."createdAt"', period)} AND o."cancelledAt" IS NULL
         GROUP BY 1
        UNION ALL
        SELECT ${bucketOf(shop, 'r."createdAt"', period.bucket)} AS bucket, 0 AS gross, 0 AS orders, SUM(r."amountCents") AS refunds
          FROM "Refund" r JOIN "Order" o ON o.id = r."orderId"
         WHERE ${bothRanges(shop, 'r."createdAt"', period)} AND o."cancelledAt" IS NULL
         GROUP BY 1
      ) t
      GROUP BY bucket`,
  );
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
