// What each resource's CSV holds, in order: { header, value(row) } per column. Orders, products
// and customers have their own layout (orders: Shopify's); every other resource gets its columns.
import type { Shop } from '../../db/transaction.js';
import { Amount, BadExportRequest, money, type Cell, type ExportColumn } from './cells.js';
import type { FilterValues } from './filters.js';
import { LINE_FIELD, loadOrders, ORDER_FIELD, type OrderExportRow, type OrderFacts, type OrderField } from './orders.js';
import { loadProducts, type ProductExportRow } from './products.js';
import { loadCustomers, type CustomerExportRow } from './customers.js';
import { genericSource } from './generic.js';

export interface ExportQuery {
  filters: FilterValues;
  ids?: number[];
  signal: AbortSignal;
}

/** Rows to export, a page at a time, in id order. */
export type ExportLoad<Row> = (shop: Shop, query: ExportQuery) => AsyncIterable<Row[]>;

export interface ExportSource<Row> {
  columns: ExportColumn<Row>[];
  load: ExportLoad<Row>;
}

const lower = (value: string | null) => value?.toLowerCase() ?? null;

type Values = unknown[];
const [NAME, CURRENCY] = [ORDER_FIELD.name, ORDER_FIELD.currency];
const L = LINE_FIELD;

/** An order's own field: on the first row of the order only. */
const order = (header: string, value: (o: Values, facts: OrderFacts) => Cell): ExportColumn<OrderExportRow> => ({ header, value: (r) => (r.first ? value(r.order, r.facts) : null) });
const text = (header: string, field: OrderField) => {
  const at = ORDER_FIELD[field];
  return order(header, (o) => o[at] as string | null);
};
const amount = (header: string, field: OrderField) => {
  const at = ORDER_FIELD[field];
  return order(header, (o) => money(o[at] as number, o[CURRENCY] as string));
};
const line = (header: string, value: (l: Values, o: Values) => Cell): ExportColumn<OrderExportRow> => ({ header, value: (r) => (r.line ? value(r.line, r.order) : null) });
const address = (kind: 'billing' | 'shipping') =>
  (['Name', 'Address1', 'City', 'Zip', 'Country', 'Phone'] as const).map((f) => text(`${kind === 'billing' ? 'Billing' : 'Shipping'} ${f}`, `${kind}${f}`));

const orderColumns: ExportColumn<OrderExportRow>[] = [
  // The order's name is on every row: it is what ties a line to its order.
  { header: 'Name', value: (r) => r.order[NAME] as string },
  text('Email', 'email'),
  order('Financial Status', (o) => lower(o[ORDER_FIELD.financialStatus] as string)),
  order('Paid at', (_, f) => f.paidAt),
  order('Fulfillment Status', (o) => lower(o[ORDER_FIELD.fulfillmentStatus] as string)),
  order('Fulfilled at', (_, f) => f.fulfilledAt),
  text('Currency', 'currency'),
  amount('Subtotal', 'subtotalCents'),
  amount('Shipping', 'shippingCents'),
  amount('Taxes', 'taxCents'),
  amount('Total', 'totalCents'),
  text('Discount Code', 'discountCode'),
  amount('Discount Amount', 'discountCents'),
  order('Created at', (_, f) => f.createdAt),
  line('Lineitem quantity', (l) => l[L.quantity] as number),
  line('Lineitem name', (l) => (l[L.variantTitle] ? `${l[L.title] as string} - ${l[L.variantTitle] as string}` : (l[L.title] as string))),
  line('Lineitem price', (l, o) => money(l[L.unitPriceCents] as number, o[CURRENCY] as string)),
  line('Lineitem sku', (l) => l[L.sku] as string | null),
  ...address('billing'),
  ...address('shipping'),
  order('Payment Method', (_, f) => f.paymentMethod),
  order('Refunded Amount', (o, f) => money(f.refundedCents, o[CURRENCY] as string)),
  text('Tags', 'tags'),
  text('Notes', 'note'),
  order('Cancelled at', (_, f) => f.cancelledAt),
];

const productColumns: ExportColumn<ProductExportRow>[] = [
  { header: 'Handle', value: (p) => p.handle },
  { header: 'Title', value: (p) => p.title },
  { header: 'Status', value: (p) => lower(p.status) },
  { header: 'Vendor', value: (p) => p.vendor },
  { header: 'Type', value: (p) => p.productType },
  { header: 'Category', value: (p) => p.category },
  { header: 'SKU', value: (p) => p.sku },
  { header: 'Barcode', value: (p) => p.barcode },
  { header: 'Price', value: (p) => money(p.priceCents, p.currency) },
  { header: 'Compare At Price', value: (p) => money(p.compareAtPriceCents, p.currency) },
  { header: 'Tags', value: (p) => p.tags },
  { header: 'Description', value: (p) => p.description },
  { header: 'On hand', value: (p) => p.onHand },
];

const customerColumns: ExportColumn<CustomerExportRow>[] = [
  { header: 'First Name', value: (c) => c.firstName },
  { header: 'Last Name', value: (c) => c.lastName },
  { header: 'Email', value: (c) => c.email },
  { header: 'Phone', value: (c) => c.phone },
  { header: 'Accepts Marketing', value: (c) => c.acceptsMarketing },
  { header: 'Tags', value: (c) => c.tags },
  { header: 'Note', value: (c) => c.note },
  { header: 'Orders count', value: (c) => c.ordersCount },
  // One currency is the usual case; several are listed as "12.00 EUR; 5.00 USD".
  { header: 'Total spent', value: (c) => (c.spent.length > 1 ? new Amount(c.spent.map((s) => `${money(s.cents, s.currency)!.text} ${s.currency}`).join('; ')) : money(c.spent[0]?.cents ?? 0, c.spent[0]?.currency ?? 'EUR')) },
];

const SOURCES: Record<string, ExportSource<never>> = {
  Order: { columns: orderColumns, load: loadOrders },
  Product: { columns: productColumns, load: loadProducts },
  Customer: { columns: customerColumns, load: loadCustomers },
} as unknown as Record<string, ExportSource<never>>;

/** The resource's export layout; throws NotFound for a table that is not exported. */
export function exportSource(resourceId: string): ExportSource<unknown> {
  return (Object.hasOwn(SOURCES, resourceId) ? SOURCES[resourceId] : genericSource(resourceId)) as ExportSource<unknown>;
}

/** The columns asked for (by header, any case), in the order asked; all of them when none are. */
export function pickColumns<Row>(columns: ExportColumn<Row>[], wanted: string[] | undefined): ExportColumn<Row>[] {
  if (!wanted?.length) return columns;
  const byHeader = new Map(columns.map((c) => [c.header.toLowerCase(), c]));
  const unknown = wanted.filter((w) => !byHeader.has(w.trim().toLowerCase()));
  if (unknown.length) {
    throw new BadExportRequest(`Unknown column(s) ${unknown.map((u) => `"${u}"`).join(', ')}; the columns are: ${columns.map((c) => c.header).join(', ')}`);
  }
  return [...new Set(wanted.map((w) => byHeader.get(w.trim().toLowerCase())!))];
}
