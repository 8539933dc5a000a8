// Top and loyal customers of a period: who spent the most, who ordered the most often, and how
// many buyers came back within the period (repeat buyers): the period's days (customerRows in
// daily.ts: cancelled and guest orders do not count) summed per customer, ranked and counted in the
// database with window functions.
import type { Shop } from '../../db/transaction.js';
import type { Period } from './period.js';
import { customerRows } from './daily.js';
import { sourcesOf, stored } from './rollup.js';
import { num, query, unionAll } from './sql.js';

export interface CustomerRank {
  customerId: number;
  name: string;
  email: string;
  orders: number;
  spentCents: number;
}

export interface CustomersFigure {
  /** Customers with at least one order in the period. */
  buyers: number;
  /** Of those, customers with two orders or more in the period. */
  repeatBuyers: number;
  repeatRate: number;
  topBySpent: CustomerRank[];
  topByOrders: CustomerRank[];
}

export const TOP_CUSTOMERS = 10;

type Row = { id: unknown; firstName: string; lastName: string; email: string; orders: unknown; spent: unknown; bySpent: unknown; byOrders: unknown; buyers: unknown; repeaters: unknown };

export async function customersFigure(shop: Shop, period: Period, limit = TOP_CUSTOMERS): Promise<CustomersFigure> {
  const { spans, live } = await sourcesOf(shop, [period.current]);
  // A customer deleted since a day was stored left guest orders behind: the JOIN drops them, as live.
  const days = unionAll(shop, [
    ...stored(shop, 'SELECT r."customerId" AS id, r.orders AS orders, r."spentCents" AS spent FROM "CustomerSalesDay" r JOIN "Customer" c ON c.id = r."customerId"', spans),
    ...live.map((range) => shop.sql.sql`SELECT "customerId" AS id, orders, spent FROM (${customerRows(shop, range)}) l`),
  ]);
  const rows = await query<Row>(
    shop,
    shop.sql.sql`
      WITH buyers AS (
        SELECT id, SUM(orders) AS orders, SUM(spent) AS spent FROM (${days}) t GROUP BY id
      ), ranked AS (
        SELECT b.*, ROW_NUMBER() OVER (ORDER BY spent DESC, orders DESC, id) AS "bySpent",
                    ROW_NUMBER() OVER (ORDER BY orders DESC, spent DESC, id) AS "byOrders",
                    COUNT(*) OVER () AS buyers,
                    SUM(CASE WHEN orders >= 2 THEN 1 ELSE 0 END) OVER () AS repeaters
          FROM buyers b
      )
      SELECT r.*, c."firstName", c."lastName", c.email
        FROM ranked r JOIN "Customer" c ON c.id = r.id
       WHERE r."bySpent" <= ${limit} OR r."byOrders" <= ${limit}`,
  );
  const buyers = rows.length ? num(rows[0].buyers) : 0;
  const repeatBuyers = rows.length ? num(rows[0].repeaters) : 0;
  const ranked = (key: 'bySpent' | 'byOrders') =>
    rows
      .filter((r) => num(r[key]) <= limit)
      .sort((a, b) => num(a[key]) - num(b[key]))
      .map((r) => ({ customerId: num(r.id), name: `${r.firstName} ${r.lastName}`.trim(), email: r.email, orders: num(r.orders), spentCents: num(r.spent) }));
  return { buyers, repeatBuyers, repeatRate: buyers ? repeatBuyers / buyers : 0, topBySpent: ranked('bySpent'), topByOrders: ranked('byOrders') };
}
