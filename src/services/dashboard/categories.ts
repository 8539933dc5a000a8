// Sales by category over a period: the period's lines summed per product (sums.ts), then grouped by
// the product's category in the database. Products without a category (or deleted) are one row.
import type { Shop } from '../../db/transaction.js';
import type { Period } from './period.js';
import { jsonRows, lineSums } from './sums.js';
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
  const perProduct = new Map<number | null, [number | null, number, number]>();
  for (const l of await lineSums(shop, period.current)) {
    const seen = perProduct.get(l.productId);
    if (seen) (seen[1] += l.units), (seen[2] += l.revenue);
    else perProduct.set(l.productId, [l.productId, l.units, l.revenue]);
  }
  if (!perProduct.size) return [];
  const sold = jsonRows(shop, [...perProduct.values()], [['productId', 'int'], ['units', 'bigint'], ['revenue', 'bigint']]);
  const rows = await query<Row>(
    shop,
    shop.sql.sql`
      WITH sold AS (${sold})
      SELECT c.id AS "categoryId", MIN(c.name) AS name, SUM(s.units) AS units, SUM(s.revenue) AS revenue
        FROM sold s LEFT JOIN "Product" p ON p.id = s."productId" LEFT JOIN "Category" c ON c.id = p."categoryId"
       GROUP BY c.id
       ORDER BY revenue DESC, name`,
  );
  return rows.map((r) => ({ categoryId: r.categoryId === null ? null : num(r.categoryId), name: r.name ?? UNCATEGORISED, units: num(r.units), revenueCents: num(r.revenue) }));
}
