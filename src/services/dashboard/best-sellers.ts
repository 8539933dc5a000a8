// Best-selling products of a period, by units and by revenue: the period's lines (productRows in
// daily.ts: cancelled orders do not count; revenue after line discounts, before refunds) summed per
// product and ranked twice in the database.
import type { Shop } from '../../db/transaction.js';
import type { Period, Range } from './period.js';
import { productRows } from './daily.js';
import { sourcesOf, stored } from './rollup.js';
import { num, query, unionAll } from './sql.js';

export interface BestSeller {
  productId: number | null;
  title: string;
  units: number;
  revenueCents: number;
}

export interface BestSellersFigure {
  byUnits: BestSeller[];
  byRevenue: BestSeller[];
}

export const BEST_SELLERS = 10;

type Row = { productId: number | null; title: string; units: unknown; revenue: unknown; byUnits: unknown; byRevenue: unknown };

export async function bestSellersFigure(shop: Shop, period: Period, limit = BEST_SELLERS): Promise<BestSellersFigure> {
  const rows = await query<Row>(
    shop,
    shop.sql.sql`
      WITH sold AS (
        SELECT "productId", MIN(title) AS title, SUM(units) AS units, SUM(revenue) AS revenue
          FROM (${await soldLines(shop, period.current)}) t
         GROUP BY "productId", CASE WHEN "productId" IS NULL THEN title END
      ), ranked AS (
        SELECT s.*, ROW_NUMBER() OVER (ORDER BY units DESC, revenue DESC, title) AS "byUnits",
                    ROW_NUMBER() OVER (ORDER BY revenue DESC, units DESC, title) AS "byRevenue"
          FROM sold s
      )
      SELECT r."productId", COALESCE(p.title, r.title) AS title, r.units, r.revenue, r."byUnits", r."byRevenue"
        FROM ranked r LEFT JOIN "Product" p ON p.id = r."productId"
       WHERE r."byUnits" <= ${limit} OR r."byRevenue" <= ${limit}`,
  );
  const sellers = rows.map((r) => ({ row: r, seller: { productId: r.productId === null ? null : num(r.productId), title: r.title, units: num(r.units), revenueCents: num(r.revenue) } }));
  const ranked = (key: 'byUnits' | 'byRevenue') =>
    sellers.filter((s) => num(s.row[key]) <= limit).sort((a, b) => num(a.row[key]) - num(b.row[key])).map((s) => s.seller);
  return { byUnits: ranked('byUnits'), byRevenue: ranked('byRevenue') };
}

/**
 * The range's lines per day, product and stock item (productId, inventoryItemId, title, units,
 * revenue): stored days from ProductSalesDay, the rest live. Lines of deleted products (gone from
 * "Product" since the day was stored) read as product-less, as they do live, and are grouped by title.
 */
export async function soldLines(shop: Shop, range: Range) {
  const { spans, live } = await sourcesOf(shop, [range]);
  return unionAll(shop, [
    ...stored(shop, `SELECT p.id AS "productId", r."inventoryItemId", r.title, r.units, r."revenueCents" AS revenue
                       FROM "ProductSalesDay" r LEFT JOIN "Product" p ON p.id = r."productId"`, spans),
    ...live.map((range) => shop.sql.sql`SELECT "productId", "inventoryItemId", title, units, revenue FROM (${productRows(shop, range)}) l`),
  ]);
}
