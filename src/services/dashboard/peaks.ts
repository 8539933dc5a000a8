// Order peaks: orders placed per weekday × hour of day over a period (UTC), for the heat map.
// Grouped by day and hour first (at most 24 rows a day), then folded into weekdays, in one query.
// Every placed order counts, cancelled or not: it was work when it came in.
import type { Shop } from '../../db/transaction.js';
import type { Period } from './period.js';
import { dayOf, hourOf, num, query, weekdayOfDay, within } from './sql.js';

export interface PeaksFigure {
  /** cells[weekday][hour]: weekday 0 = Monday … 6 = Sunday, hour 0–23 UTC. */
  cells: number[][];
  max: number;
  total: number;
  timezone: 'UTC';
}

type Row = { weekday: unknown; hour: unknown; orders: unknown };

export async function peaksFigure(shop: Shop, period: Period): Promise<PeaksFigure> {
  const rows = await query<Row>(
    shop,
    shop.sql.sql`
      SELECT ${weekdayOfDay(shop, 'd')} AS weekday, h AS hour, SUM(n) AS orders FROM (
        SELECT ${dayOf(shop, 'o."createdAt"')} AS d, ${hourOf(shop, 'o."createdAt"')} AS h, COUNT(*) AS n
          FROM "Order" o
         WHERE ${within(shop, 'o."createdAt"', period.current)}
         GROUP BY 1, 2
      ) t
      GROUP BY 1, 2`,
  );
  const cells = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const r of rows) cells[(num(r.weekday) + 6) % 7][num(r.hour)] += num(r.orders); // Sunday-first → Monday-first
  const flat = cells.flat();
  return { cells, max: Math.max(0, ...flat), total: flat.reduce((a, b) => a + b, 0), timezone: 'UTC' };
}
