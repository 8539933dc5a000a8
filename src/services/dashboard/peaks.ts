// Order peaks: orders placed per weekday × hour of day over a period (UTC), for the heat map.
// Orders per day and hour (hourRows in daily.ts: every placed order, cancelled or not; HourSalesDay
// for past days), folded into weekdays in one query.
import type { Shop } from '../../db/transaction.js';
import type { Period } from './period.js';
import { hourRows } from './daily.js';
import { sourcesOf, stored } from './rollup.js';
import { num, query, unionAll, weekdayOfDay } from './sql.js';

export interface PeaksFigure {
  /** cells[weekday][hour]: weekday 0 = Monday … 6 = Sunday, hour 0–23 UTC. */
  cells: number[][];
  max: number;
  total: number;
  timezone: 'UTC';
}

type Row = { weekday: unknown; hour: unknown; orders: unknown };

export async function peaksFigure(shop: Shop, period: Period): Promise<PeaksFigure> {
  const { spans, live } = await sourcesOf(shop, [period.current]);
  const days = unionAll(shop, [
    ...stored(shop, 'SELECT r."day" AS d, r."hour" AS h, r.orders AS n FROM "HourSalesDay" r', spans),
    ...live.map((range) => shop.sql.sql`SELECT "day" AS d, "hour" AS h, orders AS n FROM (${hourRows(shop, range)}) l`),
  ]);
  const rows = await query<Row>(shop, shop.sql.sql`SELECT ${weekdayOfDay(shop, 'd')} AS weekday, h AS hour, SUM(n) AS orders FROM (${days}) t GROUP BY 1, 2`);
  const cells = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const r of rows) cells[(num(r.weekday) + 6) % 7][num(r.hour)] += num(r.orders); // Sunday-first → Monday-first
  const flat = cells.flat();
  return { cells, max: Math.max(0, ...flat), total: flat.reduce((a, b) => a + b, 0), timezone: 'UTC' };
}
