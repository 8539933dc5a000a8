// Best-selling products of a period, by units and by revenue: the period's lines (productRows in
// daily.ts: cancelled orders do not count; revenue after line discounts, before refunds) summed per
// product (sums.ts) and ranked twice; the winners show their product's current title.
import type { Shop } from '../../db/transaction.js';
import type { Period } from './period.js';
import { lineSums, topOf, type LineSum } from './sums.js';
import { query } from './sql.js';

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

type Sold = { productId: number | null; title: string; units: number; revenue: number };

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const id = (a: Sold, b: Sold) => (a.productId ?? Infinity) - (b.productId ?? Infinity);
const byUnits = (a: Sold, b: Sold) => b.units - a.units || b.revenue - a.revenue || text(a.title, b.title) || id(a, b);
const byRevenue = (a: Sold, b: Sold) => b.revenue - a.revenue || b.units - a.units || text(a.title, b.title) || id(a, b);

export async function bestSellersFigure(shop: Shop, period: Period, limit = BEST_SELLERS): Promise<BestSellersFigure> {
  const sold = perProduct(await lineSums(shop, period.current));
  const ranked = { byUnits: topOf(sold, limit, byUnits), byRevenue: topOf(sold, limit, byRevenue) };
  const ids = [...new Set([...ranked.byUnits, ...ranked.byRevenue].flatMap((s) => (s.productId === null ? [] : [s.productId])))];
  const titles = new Map(
    ids.length ? (await query<{ id: unknown; title: string }>(shop, shop.sql.sql`SELECT id, title FROM "Product" WHERE id IN (${shop.sql.join(ids)})`)).map((p) => [Number(p.id), p.title]) : [],
  );
  const seller = (s: Sold): BestSeller => ({ productId: s.productId, title: (s.productId === null ? undefined : titles.get(s.productId)) ?? s.title, units: s.units, revenueCents: s.revenue });
  return { byUnits: ranked.byUnits.map(seller), byRevenue: ranked.byRevenue.map(seller) };
}

/** Lines summed per product; lines without a product (deleted) per title. A product's title is the first of its lines' titles. */
function perProduct(lines: LineSum[]): Sold[] {
  const sold = new Map<string, Sold>();
  for (const l of lines) {
    const key = l.productId === null ? `title ${l.title}` : `product ${l.productId}`;
    const seen = sold.get(key);
    if (!seen) sold.set(key, { productId: l.productId, title: l.title, units: l.units, revenue: l.revenue });
    else {
      seen.units += l.units;
      seen.revenue += l.revenue;
      if (l.title < seen.title) seen.title = l.title;
    }
  }
  return [...sold.values()];
}
