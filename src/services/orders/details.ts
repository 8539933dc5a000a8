// Everything the order page shows besides the order's own columns, in a handful of queries.
import type { Tx } from '../../db/transaction.js';
import type { Db } from '../../db/client.js';
import { NO_PAYMENTS, paymentTotals } from './status.js';
import { linePaid } from './allocate.js';

export async function orderDetails(db: Db | Tx, orderId: number) {
  // One query per part, all at once (PostgreSQL answers them on parallel connections): nested, Prisma
  // asks them one after the other, and the order page waited for seven round trips in a row.
  const where = { orderId };
  const [order, lines, transactions, fulfillments, refunds, events, totals] = await Promise.all([
    db.order.findUnique({
      where: { id: orderId },
      select: { id: true, currency: true, totalCents: true, shippingCents: true, cancelledAt: true, customer: { select: { id: true, firstName: true, lastName: true, email: true, phone: true } } },
    }),
    db.orderLine.findMany({ where, orderBy: { id: 'asc' }, select: { id: true, title: true, variantTitle: true, sku: true, quantity: true, unitPriceCents: true, discountCents: true, taxCents: true, fulfilledQuantity: true, removedQuantity: true, refundedQuantity: true, restockedQuantity: true } }),
    db.paymentTransaction.findMany({ where, orderBy: { id: 'asc' }, select: { id: true, kind: true, status: true, amountCents: true, gateway: true, createdAt: true } }),
    db.fulfillment.findMany({ where, orderBy: { id: 'asc' }, select: { id: true, carrier: true, trackingNumber: true, createdAt: true, lines: { select: { orderLineId: true, quantity: true } } } }),
    db.refund.findMany({ where, orderBy: { id: 'asc' }, select: { id: true, amountCents: true, shippingCents: true, restock: true, reason: true, createdAt: true, lines: { select: { orderLineId: true, quantity: true, amountCents: true } } } }),
    db.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: 200, select: { id: true, action: true, message: true, createdAt: true, staffUser: { select: { name: true } } } }),
    paymentTotals(db as Tx, [orderId]),
  ]);
  if (!order) return null;
  const paid = totals.get(orderId) ?? NO_PAYMENTS;
  const refundedShipping = refunds.reduce((n, r) => n + r.shippingCents, 0);
  const net = paid.captured - paid.refunded;
  // What the customer still owes (> 0) or is owed (< 0). Refunds give back goods or shipping, so they
  // lower what is owed and what was paid alike: total − captured. A cancelled order owes nothing.
  const balance = order.cancelledAt ? (net === 0 ? 0 : -net) : order.totalCents - paid.captured;
  return {
    customer: order.customer,
    lines: lines.map((l) => ({
      ...l, refundable: l.quantity - l.refundedQuantity, paidCents: linePaid(l),
      refundedCents: refunds.reduce((n, r) => n + r.lines.reduce((m, rl) => m + (rl.orderLineId === l.id ? rl.amountCents : 0), 0), 0),
    })),
    transactions,
    fulfillments,
    refunds,
    timeline: events.map((e) => ({ id: e.id, action: e.action, message: e.message, at: e.createdAt, by: e.staffUser?.name ?? null })),
    payments: { ...paid, net, refundableCents: Math.max(0, net), refundableShippingCents: Math.max(0, order.shippingCents - refundedShipping), balanceCents: balance },
  };
}

export type OrderDetails = NonNullable<Awaited<ReturnType<typeof orderDetails>>>;
