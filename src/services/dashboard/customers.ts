// Top and loyal customers of a period: who spent the most, who ordered the most often, and how
// many buyers came back within the period (repeat buyers): the period's orders summed per customer
// (customerRows in daily.ts, through sums.ts: cancelled and guest orders do not count), then ranked.
import type { Shop } from '../../db/transaction.js';
import type { Period } from './period.js';
import { customerSums, topOf, type CustomerSum } from './sums.js';
import { query } from './sql.js';

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

const bySpent = (a: CustomerSum, b: CustomerSum) => b.spent - a.spent || b.orders - a.orders || a.customerId - b.customerId;
const byOrders = (a: CustomerSum, b: CustomerSum) => b.orders - a.orders || b.spent - a.spent || a.customerId - b.customerId;

export async function customersFigure(shop: Shop, period: Period, limit = TOP_CUSTOMERS): Promise<CustomersFigure> {
  const buyers = await customerSums(shop, period.current);
  const repeatBuyers = buyers.filter((b) => b.orders >= 2).length;
  const ranked = { bySpent: topOf(buyers, limit, bySpent), byOrders: topOf(buyers, limit, byOrders) };
  const ids = [...new Set([...ranked.bySpent, ...ranked.byOrders].map((b) => b.customerId))];
  type Row = { id: unknown; firstName: string; lastName: string; email: string };
  const people = new Map(
    ids.length ? (await query<Row>(shop, shop.sql.sql`SELECT id, "firstName", "lastName", email FROM "Customer" WHERE id IN (${shop.sql.join(ids)})`)).map((c) => [Number(c.id), c]) : [],
  );
  const rank = (list: CustomerSum[]): CustomerRank[] =>
    list.flatMap((b) => {
      const c = people.get(b.customerId);
      return c ? [{ customerId: b.customerId, name: `${c.firstName} ${c.lastName}`.trim(), email: c.email, orders: b.orders, spentCents: b.spent }] : [];
    });
  return {
    buyers: buyers.length,
    repeatBuyers,
    repeatRate: buyers.length ? repeatBuyers / buyers.length : 0,
    topBySpent: rank(ranked.bySpent),
    topByOrders: rank(ranked.byOrders),
  };
}
