// Fulfil: ship every unfulfilled unit of the selected orders, in one transaction. The rules of a
// shipment (what may ship, stock under lock, the writes) are here once; fulfil-items.ts ships parcels with them.
import { chunks, ID_BATCH, inTransaction, lockInventoryItems, lockOrders, type Shop, type Tx } from '../../db/transaction.js';
import { insertRows, insertRowsReturning, type RowOf } from '../../db/insert.js';
import { recordEvents, type AuditInput } from '../audit.js';
import { applyStockChanges, type StockChange } from '../inventory.js';
import { queueMail, type MailMode } from '../mail/outbox.js';
import { shippingConfirmation } from '../mail/templates.js';
import { InvalidInput } from '../errors.js';
import { missingOrders, parseOrderIds, type BulkResult } from './bulk.js';
import { fulfillmentStatus, unfulfilled } from './status.js';
import { findOrders } from './load.js';
import { emitAfterCommit } from '../../plugins/events.js';

export interface FulfilInput {
  orderIds: unknown;
  carrier?: string | null;
  trackingNumber?: string | null;
  notifyCustomer?: boolean;
  staffUserId?: number | null;
  mailMode: MailMode;
}

export const text = (value: string | null | undefined, label: string) => {
  const v = value?.trim() || null;
  if (v && v.length > 100) throw new InvalidInput(`${label} is too long (100 characters at most).`);
  return v;
};

const SELECT = {
  id: true, name: true, email: true, cancelledAt: true, archivedAt: true, fulfilmentHold: true,
  lines: { select: { id: true, title: true, quantity: true, fulfilledQuantity: true, removedQuantity: true, inventoryItemId: true } },
} as const;

export async function fulfilOrders(shop: Shop, input: FulfilInput): Promise<BulkResult> {
  const ids = parseOrderIds(input.orderIds);
  const carrier = text(input.carrier, 'Carrier');
  const trackingNumber = text(input.trackingNumber, 'Tracking number');
  const staffUserId = input.staffUserId ?? null;

  return inTransaction(shop, async (tx) => {
    await lockOrders(shop, tx, ids);
    const orders = await findOrders(tx, ids, SELECT);
    const result: BulkResult = { done: [], skipped: missingOrders(ids, new Set(orders.map((o) => o.id))) };
    const stock = await stockOnHand(tx, orders.flatMap((o) => o.lines.map((l) => l.inventoryItemId)));
    const shipping: Parcel[] = [];
    for (const order of orders) {
      const ref = { id: order.id, name: order.name };
      const parcel = { order, lines: order.lines.filter((l) => unfulfilled(l) > 0).map((line) => ({ line, quantity: unfulfilled(line) })) };
      const blocked = notShippable(order);
      if (blocked) result.skipped.push({ ...ref, reason: blocked });
      else if (parcel.lines.length === 0) result.skipped.push({ ...ref, reason: 'already fulfilled' });
      else {
        const short = takeStock(stock, parcel);
        if (short) result.skipped.push({ ...ref, reason: `not enough stock of ${short}` });
        else (shipping.push(parcel), result.done.push(ref));
      }
    }
    await shipParcels(shop, tx, shipping, { carrier, trackingNumber, staffUserId }, { whole: true, notify: input.notifyCustomer !== false, mailMode: input.mailMode });
    return result;
  });
}

/** Why nothing of this order may ship, in the bulk notice's words; null when it may. */
export function notShippable(order: { cancelledAt: Date | null; archivedAt: Date | null; fulfilmentHold: string | null }): string | null {
  if (order.cancelledAt) return 'cancelled';
  if (order.archivedAt) return 'archived';
  if (order.fulfilmentHold) return `on hold: ${order.fulfilmentHold}`;
  return null;
}

export interface ShipLine { id: number; title: string; inventoryItemId: number | null }
/** One parcel of one order: which lines, how many units of each. */
export interface Parcel { order: { id: number; name: string; email: string }; lines: Array<{ line: ShipLine; quantity: number }> }
export interface ParcelDetails { carrier: string | null; trackingNumber: string | null; staffUserId: number | null; idempotencyKey?: string | null }

type StockBook = Map<number, { sku: string; left: number; backorder: boolean }>;

/** What is on hand of these items, read under their locks: another fulfil cannot take the units counted on here. */
export async function stockOnHand(tx: Tx, ids: Array<number | null>): Promise<StockBook> {
  const itemIds = [...new Set(ids)].filter((id): id is number => id !== null);
  const book: StockBook = new Map();
  await lockInventoryItems(tx, itemIds);
  for (const part of chunks(itemIds, ID_BATCH)) {
    for (const item of await tx.inventoryItem.findMany({ where: { id: { in: part } }, select: { id: true, sku: true, onHand: true, allowBackorder: true } })) {
      book.set(item.id, { sku: item.sku ?? `item ${item.id}`, left: item.onHand, backorder: item.allowBackorder });
    }
  }
  return book;
}

/** Reserves the parcel's units from what is on hand; returns the SKU that falls short, if any. */
export function takeStock(book: StockBook, parcel: Parcel): string | null {
  const need = new Map<number, number>();
  for (const { line, quantity } of parcel.lines) if (line.inventoryItemId) need.set(line.inventoryItemId, (need.get(line.inventoryItemId) ?? 0) + quantity);
  for (const [id, qty] of need) {
    const item = book.get(id);
    if (item && !item.backorder && item.left < qty) return item.sku;
  }
  for (const [id, qty] of need) {
    const item = book.get(id);
    if (item) item.left -= qty;
  }
  return null;
}

const FULFILLMENT = { orderId: 'int', carrier: 'text', trackingNumber: 'text', staffUserId: 'int', idempotencyKey: 'text', createdAt: 'date' } as const;
const FULFILLMENT_LINE = { fulfillmentId: 'int', orderLineId: 'int', quantity: 'int' } as const;

/**
 * Writes one parcel per order: its Fulfillment and lines, the lines' shipped counts, the order's status,
 * the stock (committed and on-hand down by what ships), the timeline, the event and the email.
 * `whole`: every parcel ships all that remains of its order (the bulk fulfil's set-based update).
 */
export async function shipParcels(shop: Shop, tx: Tx, parcels: Parcel[], f: ParcelDetails, o: { whole: boolean; notify: boolean; mailMode: MailMode }): Promise<number[]> {
  if (parcels.length === 0) return [];
  const createdAt = new Date();
  const created = await insertRowsReturning(tx, 'Fulfillment', FULFILLMENT,
    parcels.map((p) => ({ orderId: p.order.id, carrier: f.carrier, trackingNumber: f.trackingNumber, staffUserId: f.staffUserId, idempotencyKey: f.idempotencyKey ?? null, createdAt })), ['id', 'orderId']);
  const byOrder = new Map(created.map((c) => [c.orderId, c.id]));
  const stock: StockChange[] = [];
  const events: AuditInput[] = [];
  const lines: RowOf<typeof FULFILLMENT_LINE>[] = [];
  const via = [f.carrier, f.trackingNumber].filter(Boolean).join(' ');
  for (const p of parcels) {
    const units = p.lines.reduce((n, l) => n + l.quantity, 0);
    for (const { line, quantity } of p.lines) {
      lines.push({ fulfillmentId: byOrder.get(p.order.id)!, orderLineId: line.id, quantity });
      if (line.inventoryItemId) stock.push({ inventoryItemId: line.inventoryItemId, reason: 'FULFILLMENT', onHandDelta: -quantity, committedDelta: -quantity, orderId: p.order.id, staffUserId: f.staffUserId });
    }
    events.push({ action: 'order.fulfilled', subjectType: 'Order', subjectId: p.order.id, orderId: p.order.id, staffUserId: f.staffUserId, message: `Fulfilled ${units} item${units === 1 ? '' : 's'}${via ? ` · ${via}` : ''}` });
  }
  if (o.whole) {
    for (const part of chunks(parcels, ID_BATCH)) {
      const orderIds = part.map((p) => p.order.id);
      await tx.$executeRaw`UPDATE "OrderLine" SET "fulfilledQuantity" = "quantity" - "removedQuantity" WHERE "orderId" IN (${shop.sql.join(orderIds)}) AND "quantity" - "removedQuantity" > "fulfilledQuantity"`;
      await tx.order.updateMany({ where: { id: { in: orderIds } }, data: { fulfillmentStatus: 'FULFILLED' } });
    }
  } else {
    for (const p of parcels) {
      for (const { line, quantity } of p.lines) await tx.orderLine.update({ where: { id: line.id }, data: { fulfilledQuantity: { increment: quantity } } });
      const after = await tx.orderLine.findMany({ where: { orderId: p.order.id }, select: { quantity: true, fulfilledQuantity: true, removedQuantity: true } });
      await tx.order.update({ where: { id: p.order.id }, data: { fulfillmentStatus: fulfillmentStatus(after) } });
    }
  }
  await insertRows(tx, 'FulfillmentLine', FULFILLMENT_LINE, lines);
  await recordEvents(tx, events);
  await applyStockChanges(tx, stock);
  for (const p of parcels) emitAfterCommit(tx, { type: 'order.fulfilled', orderId: p.order.id, name: p.order.name });
  if (o.notify) {
    await queueMail(tx, o.mailMode, parcels.map((p) => ({
      kind: 'shipping-confirmation', to: p.order.email, orderId: p.order.id,
      ...shippingConfirmation({ name: p.order.name, carrier: f.carrier, trackingNumber: f.trackingNumber, lines: p.lines.map((l) => ({ title: l.line.title, quantity: l.quantity })) }),
    })));
  }
  return created.map((c) => c.id);
}
