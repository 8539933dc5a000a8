// Scores one order after it was placed: gathers its history in a few queries, runs the rules, and
// writes the score, its reasons and a timeline entry. Scoring twice gives the same result (the
// history looks only at orders up to this one), so a retry does no harm.
import { inTransaction, type Shop } from '../../db/transaction.js';
import { findOrders } from '../../services/orders/load.js';
import { missingOrders, parseOrderIds, type BulkResult } from '../../services/orders/bulk.js';
import { assessRisk, describeSignals, type History, type OrderFacts, type Risk } from './rules.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const AVERAGE_DAYS = 90;
const AVERAGE_MIN_ORDERS = 10;

export async function orderHistory(shop: Shop, order: { id: number; email: string; createdAt: Date; shippingAddress1: string | null; shippingZip: string | null }): Promise<History> {
  const since = new Date(order.createdAt.getTime() - DAY_MS);
  const upTo = { lte: order.createdAt };
  const [earlier, fromEmail, toAddress, average] = await Promise.all([
    shop.prisma.order.count({ where: { email: order.email, id: { lt: order.id } } }),
    shop.prisma.order.count({ where: { email: order.email, createdAt: { gte: since, ...upTo }, id: { lte: order.id } } }),
    order.shippingAddress1
      ? shop.prisma.order.groupBy({
          by: ['email'],
          where: { shippingAddress1: order.shippingAddress1, shippingZip: order.shippingZip, createdAt: { gte: since, ...upTo }, id: { lte: order.id } },
          _count: { _all: true },
        })
      : Promise.resolve([]),
    shop.prisma.order.aggregate({
      where: { id: { not: order.id }, cancelledAt: null, createdAt: { gte: new Date(order.createdAt.getTime() - AVERAGE_DAYS * DAY_MS), ...upTo } },
      _avg: { totalCents: true },
      _count: { _all: true },
    }),
  ]);
  return {
    earlierOrdersFromEmail: earlier,
    ordersFromEmail24h: fromEmail,
    ordersToAddress24h: toAddress.reduce((n, g) => n + g._count._all, 0),
    emailsToAddress24h: toAddress.length,
    averageOrderCents: average._count._all >= AVERAGE_MIN_ORDERS && average._avg.totalCents ? Math.round(average._avg.totalCents) : null,
  };
}

export async function scoreOrder(shop: Shop, orderId: number, staffUserId: number | null = null): Promise<Risk | null> {
  const order = await shop.prisma.order.findUnique({
    where: { id: orderId },
    select: { id: true, name: true, email: true, createdAt: true, totalCents: true, currency: true, billingCountry: true, shippingCountry: true, shippingAddress1: true, shippingZip: true },
  });
  if (!order) return null;
  const facts: OrderFacts = {
    totalCents: order.totalCents, currency: order.currency, email: order.email,
    billingCountry: order.billingCountry, shippingCountry: order.shippingCountry,
    shippingAddress: order.shippingAddress1 ? [order.shippingAddress1, order.shippingZip].filter(Boolean).join(', ') : null,
  };
  const risk = assessRisk(facts, await orderHistory(shop, order));
  const reasons = describeSignals(risk.signals);
  await inTransaction(shop, async (tx) => {
    await tx.order.update({ where: { id: order.id }, data: { riskScore: risk.score, riskReasons: reasons || null } });
    await tx.auditEvent.create({
      data: {
        action: 'order.risk_scored', subjectType: 'Order', subjectId: String(order.id), orderId: order.id, staffUserId,
        message: `Fraud risk ${risk.score}/100 (${risk.level})${reasons ? `: ${reasons.replace(/\n/g, '; ')}` : ''}`,
      },
    });
  });
  return risk;
}

/**
 * "Rescore risk": the same rules for orders chosen by staff (e.g. placed before the plugin was on).
 * One order at a time, each in its own transaction, like scoring after placement; a missing order is skipped.
 */
export async function rescoreOrders(shop: Shop, input: { orderIds: unknown; staffUserId?: number | null }): Promise<BulkResult> {
  const ids = parseOrderIds(input.orderIds);
  const found = await findOrders(shop.prisma, ids, { id: true, name: true });
  const result: BulkResult = { done: [], skipped: missingOrders(ids, new Set(found.map((o) => o.id))) };
  for (const o of found) {
    if (await scoreOrder(shop, o.id, input.staffUserId ?? null)) result.done.push(o);
    else result.skipped.push({ ...o, reason: 'not found' });
  }
  return result;
}
