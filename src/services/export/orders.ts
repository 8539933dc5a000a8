// Orders as export rows: one per line item (Shopify's layout), with what the payments and
// fulfillments say about each order, loaded for a whole page of orders at once.
import type { Prisma } from '@prisma/client';
import type { Shop } from '../../db/transaction.js';
import { orderFilter } from './order-filter.js';
import { groupBy, inBatches, keysetPages } from './pages.js';
import type { ExportLoad } from './columns.js';

const ORDER_FIELDS = {
  id: true, name: true, email: true, currency: true, financialStatus: true, fulfillmentStatus: true,
  subtotalCents: true, shippingCents: true, taxCents: true, totalCents: true, discountCode: true, discountCents: true,
  billingName: true, billingAddress1: true, billingCity: true, billingZip: true, billingCountry: true, billingPhone: true,
  shippingName: true, shippingAddress1: true, shippingCity: true, shippingZip: true, shippingCountry: true, shippingPhone: true,
  tags: true, note: true, createdAt: true, cancelledAt: true,
} as const satisfies Prisma.OrderSelect;
const LINE_FIELDS = { orderId: true, title: true, variantTitle: true, sku: true, unitPriceCents: true, quantity: true } as const satisfies Prisma.OrderLineSelect;

export type ExportedOrder = Prisma.OrderGetPayload<{ select: typeof ORDER_FIELDS }> & {
  /** First successful capture or sale. */
  paidAt: Date | null;
  /** First fulfillment. */
  fulfilledAt: Date | null;
  /** Gateway of the first successful payment transaction. */
  paymentMethod: string | null;
  /** Sum of the successful refund transactions. */
  refundedCents: number;
};
export type ExportedLine = Prisma.OrderLineGetPayload<{ select: typeof LINE_FIELDS }>;

/** One CSV row: a line item of an order; `first` marks the row that carries the order's own fields. */
export interface OrderExportRow {
  order: ExportedOrder;
  line: ExportedLine | null;
  first: boolean;
}

export const loadOrders: ExportLoad<OrderExportRow> = (shop, { filters, ids, signal }) => {
  const where = orderFilter(filters, { insensitive: shop.provider === 'postgresql' });
  const pages = keysetPages((q) => shop.prisma.order.findMany({ ...q, select: ORDER_FIELDS }), where, { ids, signal });
  return (async function* () {
    for await (const orders of pages) yield await orderRows(shop, orders);
  })();
};

async function orderRows(shop: Shop, orders: Prisma.OrderGetPayload<{ select: typeof ORDER_FIELDS }>[]): Promise<OrderExportRow[]> {
  const ids = orders.map((o) => o.id);
  const lines = await inBatches(ids, (batch) =>
    shop.prisma.orderLine.findMany({ where: { orderId: { in: batch } }, select: LINE_FIELDS, orderBy: [{ orderId: 'asc' }, { id: 'asc' }] }),
  );
  const payments = await inBatches(ids, (batch) =>
    shop.prisma.paymentTransaction.findMany({
      where: { orderId: { in: batch }, status: 'SUCCESS' },
      select: { orderId: true, kind: true, amountCents: true, gateway: true, createdAt: true },
      orderBy: [{ orderId: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    }),
  );
  const fulfilled = await inBatches(ids, (batch) =>
    shop.prisma.fulfillment.groupBy({ by: ['orderId'], where: { orderId: { in: batch } }, _min: { createdAt: true } }),
  );
  const linesOf = groupBy(lines, (l) => l.orderId);
  const paymentsOf = groupBy(payments, (t) => t.orderId);
  const fulfilledAt = new Map(fulfilled.map((f) => [f.orderId, f._min.createdAt]));

  const rows: OrderExportRow[] = [];
  for (const base of orders) {
    const txs = paymentsOf.get(base.id) ?? [];
    const order: ExportedOrder = {
      ...base,
      paidAt: txs.find((t) => t.kind === 'CAPTURE' || t.kind === 'SALE')?.createdAt ?? null,
      fulfilledAt: fulfilledAt.get(base.id) ?? null,
      paymentMethod: txs.find((t) => t.kind !== 'REFUND' && t.kind !== 'VOID')?.gateway ?? null,
      refundedCents: txs.reduce((sum, t) => (t.kind === 'REFUND' ? sum + t.amountCents : sum), 0),
    };
    const own = linesOf.get(base.id);
    // An order without lines still gets its row, so order totals add up.
    if (!own) rows.push({ order, line: null, first: true });
    else own.forEach((line, i) => rows.push({ order, line, first: i === 0 }));
  }
  return rows;
}
