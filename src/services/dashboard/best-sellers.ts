// Best-selling products of a period, by units and by revenue: one GROUP BY over the period's order
// lines, ranked twice in the database. Cancelled orders do not count (see sales.ts); units are
// those ordered, revenue is what the lines cost after line discounts (before refunds).
import type { Shop } from '../../db/transaction.js';
import type { Period } from './period.js';
import { num, periodLines, query } from './sql.js';

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
  // Lines of deleted products keep their title, so they are grouped by it.
  const rows = await query<Row>(
    shop,
    shop.sql.sql`
      WITH sold AS (
        SELECT l."productId" AS "productId", MIN(l.title) AS title, SUM(l.quantity) AS units,
               SUM(l."unitPriceCents" * l.quantity - l."discountCents") AS revenue
          FROM ${periodLines(shop, period)}
         GROUP BY l."productId", CASE WHEN l."productId" IS NULL THEN l.title END
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
