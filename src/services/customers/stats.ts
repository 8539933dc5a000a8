// What the customer page says about a customer's history, from three aggregate queries.
import type { Db } from '../../db/client.js';

export interface CustomerStats {
  ordersCount: number;
  totalSpentCents: number;
  averageOrderCents: number;
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
}

/** Orders that were not cancelled; money actually paid (captures and sales, minus refunds). */
export async function customerStats(db: Db, customerId: number): Promise<CustomerStats> {
  const where = { customerId, cancelledAt: null };
  const [orders, paid, refunded] = await Promise.all([
    db.order.aggregate({ where, _count: { _all: true }, _min: { createdAt: true }, _max: { createdAt: true } }),
    db.paymentTransaction.aggregate({ where: { order: where, status: 'SUCCESS', kind: { in: ['CAPTURE', 'SALE'] } }, _sum: { amountCents: true } }),
    db.paymentTransaction.aggregate({ where: { order: where, status: 'SUCCESS', kind: 'REFUND' }, _sum: { amountCents: true } }),
  ]);
  const count = orders._count._all;
  const spent = (paid._sum.amountCents ?? 0) - (refunded._sum.amountCents ?? 0);
  return { ordersCount: count, totalSpentCents: spent, averageOrderCents: count ? Math.round(spent / count) : 0, firstOrderAt: orders._min.createdAt, lastOrderAt: orders._max.createdAt };
}
