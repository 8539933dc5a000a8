// Orders as export rows: one per line item (Shopify's layout), with what the payments and
// fulfillments say about each order, loaded for a whole page of orders at once. The rows are read
// through the driver (db/reader.ts: a million orders in seconds, not minutes); which orders, with
// filters, is still Prisma's where clause, so the export holds exactly what the list shows.
import type { Shop } from '../../db/transaction.js';
import type { RowReader } from '../../db/reader.js';
import { orderFilter } from './order-filter.js';
import { keysetPages } from './pages.js';
import type { ExportLoad } from './columns.js';

/** An order's own fields; times are ISO 8601 text ("2026-01-10T10:00:00.000Z"). */
export interface ExportedOrder {
  id: number;
  name: string;
  email: string;
  currency: string;
  financialStatus: string;
  fulfillmentStatus: string;
  subtotalCents: number;
  shippingCents: number;
  taxCents: number;
  totalCents: number;
  discountCode: string | null;
  discountCents: number;
  billingName: string | null;
  billingAddress1: string | null;
  billingCity: string | null;
  billingZip: string | null;
  billingCountry: string | null;
  billingPhone: string | null;
  shippingName: string | null;
  shippingAddress1: string | null;
  shippingCity: string | null;
  shippingZip: string | null;
  shippingCountry: string | null;
  shippingPhone: string | null;
  tags: string;
  note: string | null;
  createdAt: string;
  cancelledAt: string | null;
  /** First successful capture or sale. */
  paidAt: string | null;
  /** First fulfillment. */
  fulfilledAt: string | null;
  /** Gateway of the first successful payment transaction. */
  paymentMethod: string | null;
  /** Sum of the successful refund transactions. */
  refundedCents: number;
}

export interface ExportedLine {
  orderId: number;
  title: string;
  variantTitle: string | null;
  sku: string | null;
  unitPriceCents: number;
  quantity: number;
}

/** One CSV row: a line item of an order; `first` marks the row that carries the order's own fields. */
export interface OrderExportRow {
  order: ExportedOrder;
  line: ExportedLine | null;
  first: boolean;
}

/**
 * Orders per page: small enough that a page's rows die young (pages of 2,000 were promoted to the old
 * generation and the heap grew by ~100 MB during a 1M export), large enough that statements are few.
 */
export const ORDER_PAGE = 500;

/** An order's own columns, in select order (the reader's rows are arrays). */
const ORDER_COLUMNS = [
  'id', 'name', 'email', 'currency', 'financialStatus', 'fulfillmentStatus', 'subtotalCents', 'shippingCents', 'taxCents', 'totalCents',
  'discountCode', 'discountCents', 'billingName', 'billingAddress1', 'billingCity', 'billingZip', 'billingCountry', 'billingPhone',
  'shippingName', 'shippingAddress1', 'shippingCity', 'shippingZip', 'shippingCountry', 'shippingPhone', 'tags', 'note', 'createdAt', 'cancelledAt',
] as const satisfies readonly (keyof ExportedOrder)[];
const SELECT_ORDERS = `SELECT ${ORDER_COLUMNS.map((c) => `"${c}"`).join(', ')} FROM "Order"`;
type Values = unknown[];
/** Order rows are read by position; a literal (one shape for every order) rather than a loop over names. */
const orderOf = (r: Values, time: (v: unknown) => string | null, paidAt: string | null, fulfilledAt: string | null, paymentMethod: string | null, refundedCents: number): ExportedOrder => ({
  id: r[0] as number, name: r[1] as string, email: r[2] as string, currency: r[3] as string, financialStatus: r[4] as string, fulfillmentStatus: r[5] as string,
  subtotalCents: r[6] as number, shippingCents: r[7] as number, taxCents: r[8] as number, totalCents: r[9] as number, discountCode: r[10] as string | null, discountCents: r[11] as number,
  billingName: r[12] as string | null, billingAddress1: r[13] as string | null, billingCity: r[14] as string | null, billingZip: r[15] as string | null,
  billingCountry: r[16] as string | null, billingPhone: r[17] as string | null, shippingName: r[18] as string | null, shippingAddress1: r[19] as string | null,
  shippingCity: r[20] as string | null, shippingZip: r[21] as string | null, shippingCountry: r[22] as string | null, shippingPhone: r[23] as string | null,
  tags: r[24] as string, note: r[25] as string | null, createdAt: time(r[26])!, cancelledAt: time(r[27]),
  paidAt, fulfilledAt, paymentMethod, refundedCents,
});
const lineOf = (r: Values): ExportedLine => ({ orderId: r[0] as number, title: r[1] as string, variantTitle: r[2] as string | null, sku: r[3] as string | null, unitPriceCents: r[4] as number, quantity: r[5] as number });

/** The statements of one export, written for the reader's database. */
function statements(reader: RowReader) {
  // A page's children by the range of its ids when they are dense (a range scan is cheaper than as many
  // lookups; the merge in orderRows skips the other orders'), else by the list of its ids.
  const children = (select: string, order: string) => ({
    range: `${select} WHERE "orderId" BETWEEN ? AND ?${order}`,
    list: `${select} WHERE ${reader.inList('"orderId"')}${order}`,
  });
  return {
    firstPage: `${SELECT_ORDERS} ORDER BY "id" LIMIT ?`,
    nextPage: `${SELECT_ORDERS} WHERE "id" > ? ORDER BY "id" LIMIT ?`,
    byIds: `${SELECT_ORDERS} WHERE ${reader.inList('"id"')} ORDER BY "id"`,
    lines: children(`SELECT "orderId", "title", "variantTitle", "sku", "unitPriceCents", "quantity" FROM "OrderLine"`, ' ORDER BY "orderId", "id"'),
    payments: children(`SELECT "orderId", "kind", "amountCents", "gateway", "createdAt" FROM "PaymentTransaction"`, ` AND "status" = 'SUCCESS' ORDER BY "orderId", "createdAt", "id"`),
    fulfilled: children(`SELECT "orderId", MIN("createdAt") AS "at" FROM "Fulfillment"`, ' GROUP BY "orderId" ORDER BY "orderId"'),
  };
}
type Statements = ReturnType<typeof statements>;

export const loadOrders: ExportLoad<OrderExportRow> = (shop, { filters, ids, signal }) => {
  const reader = shop.reader();
  const sql = statements(reader);
  return (async function* () {
    // The search looks its words up first (order-search.ts); a bad filter still fails before the first row.
    const where = await orderFilter(filters, { insensitive: shop.provider === 'postgresql', db: shop });
    const pages = Object.keys(where).length === 0 && !ids ? everyOrder(reader, sql, signal) : chosenOrders(shop, reader, sql, where, ids, signal);
    for await (const orders of pages) yield await orderRows(reader, sql, orders);
  })();
};

/** The whole table, a keyset page at a time. */
async function* everyOrder(reader: RowReader, sql: Statements, signal: AbortSignal): AsyncGenerator<Values[]> {
  let lastId: number | undefined;
  for (;;) {
    if (signal.aborted) return;
    const rows = await (lastId === undefined ? reader.rows(sql.firstPage, [ORDER_PAGE]) : reader.rows(sql.nextPage, [lastId, ORDER_PAGE]));
    if (rows.length) yield rows;
    if (rows.length < ORDER_PAGE) return;
    lastId = rows[rows.length - 1][0] as number;
  }
}

/** The orders the filters (Prisma's where) and the selection keep: their ids from Prisma, their rows from the reader. */
async function* chosenOrders(shop: Shop, reader: RowReader, sql: Statements, where: object, ids: number[] | undefined, signal: AbortSignal): AsyncGenerator<Values[]> {
  const idPages = keysetPages((q) => shop.prisma.order.findMany({ ...q, select: { id: true } }), where, { ids, signal, pageSize: ORDER_PAGE });
  for await (const page of idPages) {
    const rows = await reader.rows(sql.byIds, [page.map((o) => o.id)]);
    if (rows.length) yield rows;
  }
}

/** A page of orders with their lines, payments and first fulfillment: every list is in order id order, so one pass merges them. */
async function orderRows(reader: RowReader, sql: Statements, orders: Values[]): Promise<OrderExportRow[]> {
  const ids = orders.map((o) => o[0] as number);
  const [low, high] = [ids[0], ids[ids.length - 1]];
  const children = (statement: { range: string; list: string }) =>
    high - low < 2 * ids.length ? reader.rows(statement.range, [low, high]) : reader.rows(statement.list, [ids]);
  const lines = await children(sql.lines);
  const payments = await children(sql.payments); // orderId, kind, amountCents, gateway, createdAt
  const fulfilled = await children(sql.fulfilled); // orderId, first createdAt
  const time = reader.isoTime;
  const rows: OrderExportRow[] = [];
  let l = 0;
  let p = 0;
  let f = 0;
  for (const base of orders) {
    const id = base[0] as number;
    let paidAt: string | null = null;
    let paymentMethod: string | null = null;
    let refundedCents = 0;
    for (; p < payments.length && (payments[p][0] as number) <= id; p++) {
      const [orderId, kind, amountCents, gateway, createdAt] = payments[p] as [number, string, number, string, unknown];
      if (orderId < id) continue;
      if (kind === 'REFUND') refundedCents += amountCents;
      else if (kind !== 'VOID') paymentMethod ??= gateway;
      if (paidAt === null && (kind === 'CAPTURE' || kind === 'SALE')) paidAt = time(createdAt);
    }
    while (f < fulfilled.length && (fulfilled[f][0] as number) < id) f++;
    const fulfilledAt = f < fulfilled.length && fulfilled[f][0] === id ? time(fulfilled[f][1]) : null;
    const order = orderOf(base, time, paidAt, fulfilledAt, paymentMethod, refundedCents);
    while (l < lines.length && (lines[l][0] as number) < id) l++;
    // An order without lines still gets its row, so order totals add up.
    if (l === lines.length || lines[l][0] !== id) rows.push({ order, line: null, first: true });
    for (let first = true; l < lines.length && lines[l][0] === id; l++, first = false) rows.push({ order, line: lineOf(lines[l]), first });
  }
  return rows;
}
