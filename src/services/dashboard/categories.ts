// Sales by category over a period: the period's lines grouped by product, then by the product's
// category, in one query. Products without a category (or whose product was deleted) are one row.
import type { Shop } from '../../db/transaction.js';
import type { Period } from './period.js';
import { soldLines } from './best-sellers.js';
import { num, query } from './sql.js';

export interface CategorySales {
  categoryId: number | null;
  name: string;
  units: number;
  revenueCents: number;
}

export const UNCATEGORISED = 'No category';

type Row = { categoryId: number | null; name: string | null; units: unknown; revenue: unknown };

export async function categoriesFigure(shop: Shop, period: Period): Promise<CategorySales[]> {
  const rows = await query<Row>(
    shop,
    shop.sql.sql`
      WITH sold AS (
        SELECT "productId", SUM(units) AS units, SUM(revenue) AS revenue
          FROM (${await soldLines(shop, period.current)}) t
         GROUP BY "productId"
      )
      SELECT c.id AS "categoryId", MIN(c.name) AS name, SUM(s.units) AS units, SUM(s.revenue) AS revenue
        FROM sold s LEFT JOIN "Product" p ON p.id = s."productId" LEFT JOIN "Category" c ON c.id = p."categoryId"
       GROUP BY c.id
       ORDER BY revenue DESC, name`,
  );
  return rows.map((r) => ({ categoryId: r.categoryId === null ? null : num(r.categoryId), name: r.name ?? UNCATEGORISED, units: num(r.units), revenueCents: num(r.revenue) }));
}
