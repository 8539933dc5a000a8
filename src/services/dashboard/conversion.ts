// Checkout conversion of a period against the one before, in one query of counts (orders from the
// stored days where they can; draft orders and abandoned checkouts are few, and counted live).
// Counter sees checkouts that ended in an order (orders not made from draft orders) and those
// abandoned after giving an email; a recovered checkout is an abandoned one later completed, so
//   started = completed + abandoned − recovered,  abandonment rate = (abandoned − recovered) / started.
import type { Shop } from '../../db/transaction.js';
import type { Period, Range } from './period.js';
import { hourRows } from './daily.js';
import { sourcesOf, stored } from './rollup.js';
import { num, query, unionAll, within, type Sql } from './sql.js';

export interface ConversionTotals {
  started: number;
  completed: number;
  abandoned: number;
  recovered: number;
  abandonmentRate: number;
  recoveryRate: number;
  /** What the abandoned checkouts that were not recovered held. */
  lostCents: number;
}

export interface ConversionFigure {
  current: ConversionTotals;
  previous: ConversionTotals;
}

type Row = Record<string, unknown>;

/** Orders placed in the range, cancelled or not (hourRows: HourSalesDay for past days). */
async function placed(shop: Shop, range: Range): Promise<Sql> {
  const { spans, live } = await sourcesOf(shop, [range]);
  return unionAll(shop, [
    ...stored(shop, 'SELECT r.orders AS n FROM "HourSalesDay" r', spans),
    ...live.map((range) => shop.sql.sql`SELECT orders AS n FROM (${hourRows(shop, range)}) l`),
  ]);
}

export async function conversionFigure(shop: Shop, period: Period): Promise<ConversionFigure> {
  const orders = { c: await placed(shop, period.current), p: await placed(shop, period.previous) };
  const counts = (range: Range, p: 'c' | 'p') => shop.sql.sql`
    (SELECT SUM(n) FROM (${orders[p]}) t) AS ${shop.sql.raw(`"${p}Orders"`)},
    (SELECT COUNT(*) FROM "DraftOrder" d WHERE ${within(shop, 'd."completedAt"', range)} AND d."orderId" IS NOT NULL) AS ${shop.sql.raw(`"${p}Drafts"`)},
    (SELECT COUNT(*) FROM "AbandonedCheckout" a WHERE ${within(shop, 'a."createdAt"', range)}) AS ${shop.sql.raw(`"${p}Abandoned"`)},
    (SELECT COUNT(*) FROM "AbandonedCheckout" a WHERE ${within(shop, 'a."createdAt"', range)} AND a."recoveredOrderId" IS NOT NULL) AS ${shop.sql.raw(`"${p}Recovered"`)},
    (SELECT SUM(a."totalCents") FROM "AbandonedCheckout" a WHERE ${within(shop, 'a."createdAt"', range)} AND a."recoveredOrderId" IS NULL) AS ${shop.sql.raw(`"${p}Lost"`)}`;
  const [row] = await query<Row>(shop, shop.sql.sql`SELECT ${counts(period.current, 'c')}, ${counts(period.previous, 'p')}`);
  return { current: totals(row, 'c'), previous: totals(row, 'p') };
}

function totals(row: Row, p: string): ConversionTotals {
  const completed = Math.max(0, num(row[`${p}Orders`]) - num(row[`${p}Drafts`]));
  const abandoned = num(row[`${p}Abandoned`]);
  const recovered = num(row[`${p}Recovered`]);
  const started = completed + abandoned - recovered;
  return {
    started, completed, abandoned, recovered, lostCents: num(row[`${p}Lost`]),
    abandonmentRate: started ? (abandoned - recovered) / started : 0,
    recoveryRate: abandoned ? recovered / abandoned : 0,
  };
}
