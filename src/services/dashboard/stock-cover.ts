// Stock that will run out soon at the current sales rate: per stock item, units sold over the
// period (at least the last 7 days, so "today" is not a rate of one morning), the daily rate, and
// the days its available stock (on hand − committed) covers. The period's lines summed per item
// (sums.ts), joined to the stock in the database.
import type { Shop } from '../../db/transaction.js';
import type { Period } from './period.js';
import { jsonRows, lineSums } from './sums.js';
import { num, query } from './sql.js';

export interface StockCover {
  inventoryItemId: number;
  productId: number;
  title: string;
  sku: string | null;
  available: number;
  unitsSold: number;
  perDay: number;
  /** 0 when nothing is left. */
  daysOfCover: number;
}

export interface StockCoverFigure {
  /** The days the rate is measured over. */
  rateDays: number;
  /** Items whose cover is shorter than this are listed. */
  horizonDays: number;
  items: StockCover[];
}

export const COVER_HORIZON_DAYS = 14;
const MIN_RATE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

type Row = { id: unknown; productId: unknown; title: string; variantTitle: string | null; sku: string | null; available: unknown; units: unknown };

export async function stockCoverFigure(shop: Shop, period: Period, limit = 20): Promise<StockCoverFigure> {
  const rateDays = Math.max(MIN_RATE_DAYS, period.days);
  const window = rateDays === period.days ? period : { ...period, current: { from: new Date(period.current.to.getTime() - rateDays * DAY_MS), to: period.current.to } };
  const horizon = COVER_HORIZON_DAYS;
  const perItem = new Map<number, [number, number]>();
  for (const l of await lineSums(shop, window.current)) {
    if (l.inventoryItemId === null) continue;
    const seen = perItem.get(l.inventoryItemId);
    if (seen) seen[1] += l.units;
    else perItem.set(l.inventoryItemId, [l.inventoryItemId, l.units]);
  }
  if (!perItem.size) return { rateDays, horizonDays: horizon, items: [] };
  // cover = available / (units / rateDays) < horizon  ⇔  available × rateDays < horizon × units
  const rows = await query<Row>(
    shop,
    shop.sql.sql`
      WITH sold AS (${jsonRows(shop, [...perItem.values()], [['id', 'int'], ['units', 'bigint']])})
      SELECT i.id, i."productId", p.title, v.title AS "variantTitle", i.sku, i."onHand" - i."committed" AS available, s.units
        FROM sold s JOIN "InventoryItem" i ON i.id = s.id JOIN "Product" p ON p.id = i."productId"
        LEFT JOIN "ProductVariant" v ON v.id = i."variantId"
       WHERE s.units > 0 AND (i."onHand" - i."committed") * ${rateDays} < ${horizon} * s.units
       ORDER BY (i."onHand" - i."committed") * 1.0 / s.units, p.title, i.id
       LIMIT ${limit}`,
  );
  const items = rows.map((r) => {
    const available = num(r.available);
    const unitsSold = num(r.units);
    const perDay = unitsSold / rateDays;
    return {
      inventoryItemId: num(r.id), productId: num(r.productId), title: r.variantTitle ? `${r.title} — ${r.variantTitle}` : r.title, sku: r.sku,
      available, unitsSold, perDay, daysOfCover: available <= 0 ? 0 : available / perDay,
    };
  });
  return { rateDays, horizonDays: horizon, items };
}
