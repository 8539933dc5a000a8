// Orders as export rows: one per line item (Shopify's layout), with what the payments and
// fulfillments say about each order, loaded for a whole page of orders at once. The rows are read
// through the driver (db/reader.ts: a million orders in seconds, not minutes); which orders, with
// filters, is still Prisma's where clause, so the export holds exactly what the list shows.
import type { Shop } from '../../db/transaction.js';
import type { RowReader } from '../../db/reader.js';
import { orderFilter } from './order-filter.js';
import { keysetPages } from './pages.js';
import type { ExportLoad } from './columns.js';

/** An order's own columns, in select order: the reader's rows are arrays, and rows stay arrays. */
const ORDER_COLUMNS = [
  'id', 'name', 'email', 'currency', 'financialStatus', 'fulfillmentStatus', 'subtotalCents', 'shippingCents', 'taxCents', 'totalCents',
  'discountCode', 'discountCents', 'billingName', 'billingAddress1', 'billingCity', 'billingZip', 'billingCountry', 'billingPhone',
  'shippingName', 'shippingAddress1', 'shippingCity', 'shippingZip', 'shippingCountry', 'shippingPhone', 'tags', 'note', 'createdAt', 'cancelledAt',
] as const;
export type OrderField = (typeof ORDER_COLUMNS)[number];
/** Where each of an order's columns is in its row ("currency" → 3). */
export const ORDER_FIELD = Object.fromEntries(ORDER_COLUMNS.map((c, i) => [c, i])) as { readonly [K in OrderField]: number };
const SELECT_ORDERS = `SELECT ${ORDER_COLUMNS.map((c) => `"${c}"`).join(', ')} FROM "Order"`;
/** A line's columns, in select order. */
export const LINE_FIELD = { orderId: 0, title: 1, variantTitle: 2, sku: 3, unitPriceCents: 4, quantity: 5 } as const;
type Values = unknown[];
const [CREATED_AT, CANCELLED_AT] = [ORDER_FIELD.createdAt, ORDER_FIELD.cancelledAt];

/** What an order's payments and fulfillments say, and its times as ISO 8601 text ("2026-01-10T10:00:00.000Z"). */
export interface OrderFacts {
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

/**
 * One CSV row: a line item of an order; `first` marks the row that carries the order's own fields.
 * `order` and `line` are the reader's rows as they came (read them with ORDER_FIELD and LINE_FIELD):
 * at a million orders, copying them into objects was a tenth of an export's time.
 */
export interface OrderExportRow {
  order: Values;
  facts: OrderFacts;
  line: Values | null;
  first: boolean;
}

/**
 * Orders per page: small enough that a page's rows die young. A page lives while it is formatted; when
 * that spans two scavenges its rows are promoted to the old generation, which then grows by ~250 MB
 * between mark-compacts. At 500 orders a 1M export promoted 1.8 GB and spent 7 s scavenging; at 200,
 * 60 MB and 1.3 s. Statements are cheap enough on both databases at this size.
 */
export const ORDER_PAGE = 200;

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
  // At once: on PostgreSQL the reader's two connections answer side by side.
  const [lines, payments, fulfilled] = await Promise.all([
    children(sql.lines),
    children(sql.payments), // orderId, kind, amountCents, gateway, createdAt
    children(sql.fulfilled), // orderId, first createdAt
  ]);
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
    const facts: OrderFacts = { createdAt: time(base[CREATED_AT])!, cancelledAt: time(base[CANCELLED_AT]), paidAt, fulfilledAt, paymentMethod, refundedCents };
    while (l < lines.length && (lines[l][0] as number) < id) l++;
    // An order without lines still gets its row, so order totals add up.
    if (l === lines.length || lines[l][0] !== id) rows.push({ order: base, facts, line: null, first: true });
    for (let first = true; l < lines.length && lines[l][0] === id; l++, first = false) rows.push({ order: base, facts, line: lines[l], first });
  }
  return rows;
}
