// Fulfil: ship every unfulfilled unit of the selected orders, in one transaction.
import type { Prisma } from '@prisma/client';
import { chunks, ID_BATCH, inTransaction, lockInventoryItems, lockOrders, type Shop, type Tx } from '../../db/transaction.js';
import { insertRows, insertRowsReturning, type RowOf } from '../../db/insert.js';
import { recordEvents, type AuditInput } from '../audit.js';
import { applyStockChanges, type StockChange } from '../inventory.js';
import { queueMail, type MailMode } from '../mail/outbox.js';
import { shippingConfirmation } from '../mail/templates.js';
import { InvalidInput } from '../errors.js';
import { missingOrders, parseOrderIds, type BulkResult } from './bulk.js';
import { unfulfilled } from './status.js';
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

const text = (value: string | null | undefined, label: string) => {
  const v = value?.trim() || null;
  if (v && v.length > 100) throw new InvalidInput(`${label} is too long (100 characters at most).`);
  return v;
};

const SELECT = {
  id: true, name: true, email: true, cancelledAt: true, archivedAt: true, fulfilmentHold: true,
  lines: { select: { id: true, title: true, quantity: true, fulfilledQuantity: true, removedQuantity: true, inventoryItemId: true } },
} as const;
type Loaded = Prisma.OrderGetPayload<{ select: typeof SELECT }>;

export async function fulfilOrders(shop: Shop, input: FulfilInput): Promise<BulkResult> {
  const ids = parseOrderIds(input.orderIds);
  const carrier = text(input.carrier, 'Carrier');
  const trackingNumber = text(input.trackingNumber, 'Tracking number');
  const staffUserId = input.staffUserId ?? null;

  return inTransaction(shop, async (tx) => {
    await lockOrders(shop, tx, ids);
    const orders = await findOrders(tx, ids, SELECT);
    const result: BulkResult = { done: [], skipped: missingOrders(ids, new Set(orders.map((o) => o.id))) };
    const stock = await stockOnHand(tx, orders);
    const shipping: Loaded[] = [];
    for (const order of orders) {
      const ref = { id: order.id, name: order.name };
      const open = order.lines.filter((l) => unfulfilled(l) > 0);
      if (order.cancelledAt) result.skipped.push({ ...ref, reason: 'cancelled' });
      else if (order.archivedAt) result.skipped.push({ ...ref, reason: 'archived' });
      else if (order.fulfilmentHold) result.skipped.push({ ...ref, reason: `on hold: ${order.fulfilmentHold}` });
      else if (open.length === 0) result.skipped.push({ ...ref, reason: 'already fulfilled' });
      else {
        const short = takeStock(stock, open);
        if (short) result.skipped.push({ ...ref, reason: `not enough stock of ${short}` });
        else (shipping.push(order), result.done.push(ref));
      }
    }
    if (shipping.length) await writeFulfilments(shop, tx, shipping, { carrier, trackingNumber, staffUserId });
    for (const o of shipping) emitAfterCommit(tx, { type: 'order.fulfilled', orderId: o.id, name: o.name });
    if (shipping.length && input.notifyCustomer !== false) {
      await queueMail(tx, input.mailMode, shipping.map((o) => ({
        kind: 'shipping-confirmation', to: o.email, orderId: o.id,
        ...shippingConfirmation({ name: o.name, carrier, trackingNumber, lines: o.lines.filter((l) => unfulfilled(l) > 0).map((l) => ({ title: l.title, quantity: unfulfilled(l) })) }),
      })));
    }
    return result;
  });
}

type StockBook = Map<number, { sku: string; left: number; backorder: boolean }>;

async function stockOnHand(tx: Tx, orders: Loaded[]): Promise<StockBook> {
  const itemIds = [...new Set(orders.flatMap((o) => o.lines.map((l) => l.inventoryItemId)).filter((id): id is number => id !== null))];
  const book: StockBook = new Map();
  // Read under the items' locks: another order's fulfil cannot take the units this one counted on.
  await lockInventoryItems(tx, itemIds);
  for (const part of chunks(itemIds, ID_BATCH)) {
    for (const item of await tx.inventoryItem.findMany({ where: { id: { in: part } }, select: { id: true, sku: true, onHand: true, allowBackorder: true } })) {
      book.set(item.id, { sku: item.sku ?? `item ${item.id}`, left: item.onHand, backorder: item.allowBackorder });
    }
  }
  return book;
}

/** Reserves the order's units from what is on hand; returns the SKU that falls short, if any. */
function takeStock(book: StockBook, lines: Loaded['lines']): string | null {
  const need = new Map<number, number>();
  for (const l of lines) if (l.inventoryItemId) need.set(l.inventoryItemId, (need.get(l.inventoryItemId) ?? 0) + unfulfilled(l));
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

const FULFILLMENT = { orderId: 'int', carrier: 'text', trackingNumber: 'text', staffUserId: 'int', createdAt: 'date' } as const;
const FULFILLMENT_LINE = { fulfillmentId: 'int', orderLineId: 'int', quantity: 'int' } as const;

async function writeFulfilments(shop: Shop, tx: Tx, orders: Loaded[], f: { carrier: string | null; trackingNumber: string | null; staffUserId: number | null }) {
  const createdAt = new Date();
  const created = await insertRowsReturning(tx, 'Fulfillment', FULFILLMENT,
    orders.map((o) => ({ orderId: o.id, carrier: f.carrier, trackingNumber: f.trackingNumber, staffUserId: f.staffUserId, createdAt })), ['id', 'orderId']);
  const byOrder = new Map(created.map((c) => [c.orderId, c.id]));
  const stock: StockChange[] = [];
  const events: AuditInput[] = [];
  const lines: RowOf<typeof FULFILLMENT_LINE>[] = [];
  for (const o of orders) {
    const open = o.lines.filter((l) => unfulfilled(l) > 0);
    const units = open.reduce((n, l) => n + unfulfilled(l), 0);
    for (const l of open) {
      lines.push({ fulfillmentId: byOrder.get(o.id)!, orderLineId: l.id, quantity: unfulfilled(l) });
      if (l.inventoryItemId) stock.push({ inventoryItemId: l.inventoryItemId, reason: 'FULFILLMENT', onHandDelta: -unfulfilled(l), committedDelta: -unfulfilled(l), orderId: o.id, staffUserId: f.staffUserId });
    }
    const via = [f.carrier, f.trackingNumber].filter(Boolean).join(' ');
    events.push({ action: 'order.fulfilled', subjectType: 'Order', subjectId: o.id, orderId: o.id, staffUserId: f.staffUserId, message: `Fulfilled ${units} item${units === 1 ? '' : 's'}${via ? ` · ${via}` : ''}` });
  }
  for (const part of chunks(orders, ID_BATCH)) {
    const orderIds = part.map((o) => o.id);
    await tx.$executeRaw`UPDATE "OrderLine" SET "fulfilledQuantity" = "quantity" - "removedQuantity" WHERE "orderId" IN (${shop.sql.join(orderIds)}) AND "quantity" - "removedQuantity" > "fulfilledQuantity"`;
    await tx.order.updateMany({ where: { id: { in: orderIds } }, data: { fulfillmentStatus: 'FULFILLED' } });
  }
  await insertRows(tx, 'FulfillmentLine', FULFILLMENT_LINE, lines);
  await recordEvents(tx, events);
  await applyStockChanges(tx, stock);
}
