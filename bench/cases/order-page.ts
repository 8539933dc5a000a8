// The order page: the order with its customer, lines, payments, fulfilments, refunds and timeline.
import type { CaseContext, ListCase } from './types.js';

export const orderPage: ListCase = {
  kind: 'timed',
  id: 'order-page',
  title: 'order page with lines, transactions and timeline',
  target: '< 50 ms',
  counter: (ctx) => async () => {
    const body = await ctx.counter.json<{ record: { params: { id: number } } }>(`/api/resources/Order/records/${ctx.facts.orderId}/show`);
    return Number(body.record.params.id);
  },
  // Vanilla shows the order alone; its page needs the related lists beside it, asked for at once as a page would.
  vanilla: (ctx) => async () => {
    const id = ctx.facts.orderId;
    const [order] = await Promise.all([
      ctx.vanilla!.json<{ record: { params: { id: number } } }>(`/api/resources/Order/records/${id}/show`),
      ...['OrderLine', 'PaymentTransaction', 'Fulfillment', 'Refund', 'AuditEvent'].map((r) => ctx.vanilla!.json(`/api/resources/${r}/actions/list?filters.order=${id}&perPage=50`)),
    ]);
    return Number(order.record.params.id);
  },
  raw: (ctx) => async () => {
    const id = ctx.facts.orderId;
    const q = (sql: string) => ctx.raw.query(sql, [id]);
    const [[order]] = await Promise.all([
      q(`SELECT o.*, c."firstName", c."lastName", c.email AS "customerEmail", c.phone AS "customerPhone" FROM "Order" o LEFT JOIN "Customer" c ON c.id = o."customerId" WHERE o.id = $1`),
      q(`SELECT * FROM "OrderLine" WHERE "orderId" = $1 ORDER BY id`),
      q(`SELECT * FROM "PaymentTransaction" WHERE "orderId" = $1 ORDER BY id`),
      q(`SELECT f.*, fl."orderLineId", fl.quantity FROM "Fulfillment" f LEFT JOIN "FulfillmentLine" fl ON fl."fulfillmentId" = f.id WHERE f."orderId" = $1 ORDER BY f.id`),
      q(`SELECT r.*, rl."orderLineId", rl.quantity FROM "Refund" r LEFT JOIN "RefundLine" rl ON rl."refundId" = r.id WHERE r."orderId" = $1 ORDER BY r.id`),
      q(`SELECT e.id, e.action, e.message, e."createdAt", s.name FROM "AuditEvent" e LEFT JOIN "StaffUser" s ON s.id = e."staffUserId" WHERE e."orderId" = $1 ORDER BY e.id DESC LIMIT 200`),
    ]);
    return Number((order as { id: number }).id);
  },
  met: (m) => m.counter.median < 50,
};

/** A busy order among the recent ones: the most lines, with a refund if one exists. */
export async function busyOrder(ctx: Pick<CaseContext, 'raw'>): Promise<number> {
  const [row] = await ctx.raw.query<{ id: number }>(
    `SELECT l."orderId" AS id FROM "OrderLine" l WHERE l."orderId" > (SELECT MAX(id) - 20000 FROM "Order") AND l."orderId" IN (SELECT "orderId" FROM "Refund") GROUP BY l."orderId" ORDER BY count(*) DESC, l."orderId" LIMIT 1`,
  );
  return Number(row?.id ?? (await ctx.raw.query<{ id: number }>(`SELECT MAX(id) AS id FROM "Order"`))[0].id);
}
