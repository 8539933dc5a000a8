// Fulfil items: ship chosen units of one order as one parcel, with its own carrier and tracking.
// An order ships in as many parcels as needed; what may ship and how stock moves are fulfil.ts's rules.
import { z } from 'zod';
import type { FulfillmentStatus } from '@prisma/client';
import { lockOrders, type Shop } from '../../db/transaction.js';
import { idempotent } from '../idempotency.js';
import { InvalidInput, Refused } from '../errors.js';
import { formatMoney } from '../money.js';
import type { MailMode } from '../mail/outbox.js';
import { recordId, wholeNumber } from '../input.js';
import { findOrder } from './load.js';
import { notShippable, shipParcels, stockOnHand, takeStock, text, type Parcel } from './fulfil.js';
import { NO_PAYMENTS, paymentTotals, unfulfilled } from './status.js';

const count = wholeNumber('must be a whole number').pipe(z.number().max(1_000_000, 'is too large'));

const schema = z.object({
  orderId: recordId,
  /** Left out: everything that remains. */
  lines: z.array(z.object({ orderLineId: recordId, quantity: count })).max(500).optional(),
  notifyCustomer: z.boolean().default(true),
  /** The staff member saw what is unpaid and ships anyway. */
  confirmUnpaid: z.boolean().default(false),
});

export type FulfilItemsRequest = z.input<typeof schema> & { carrier?: string | null; trackingNumber?: string | null };

export interface FulfilItemsInput extends FulfilItemsRequest {
  idempotencyKey?: string | null;
  staffUserId?: number | null;
  mailMode: MailMode;
}

export interface FulfilItemsResult {
  fulfillmentId: number;
  orderId: number;
  name: string;
  units: number;
  /** Units of the order still to ship after this parcel. */
  left: number;
  fulfillmentStatus: FulfillmentStatus;
}

function parse(input: FulfilItemsRequest) {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidInput(issue.path.includes('quantity') ? `Each quantity ${issue.message}.` : issue.path[0] === 'lines' ? 'The lines to ship could not be read.' : `The shipment ${issue.message}.`);
  }
  const lines = parsed.data.lines?.filter((l) => l.quantity > 0);
  if (lines && new Set(lines.map((l) => l.orderLineId)).size !== lines.length) throw new InvalidInput('A line appears twice in the shipment.');
  if (lines && lines.length === 0) throw new InvalidInput('Choose at least one unit to ship.');
  return { ...parsed.data, lines, carrier: text(input.carrier, 'Carrier'), trackingNumber: text(input.trackingNumber, 'Tracking number') };
}

const ORDER = {
  id: true, name: true, email: true, currency: true, totalCents: true, cancelledAt: true, archivedAt: true, fulfilmentHold: true,
  lines: { orderBy: { id: 'asc' }, select: { id: true, title: true, quantity: true, fulfilledQuantity: true, removedQuantity: true, inventoryItemId: true } },
} as const;

export async function fulfilItems(shop: Shop, input: FulfilItemsInput): Promise<FulfilItemsResult> {
  const request = parse(input);
  const staffUserId = input.staffUserId ?? null;
  return idempotent(shop, input.idempotencyKey, 'fulfil-items', request, async (tx) => {
    await lockOrders(shop, tx, [request.orderId]);
    const order = await findOrder(tx, request.orderId, ORDER);
    const blocked = notShippable(order);
    if (blocked) throw new Refused(`${order.name} cannot be fulfilled: it is ${blocked}.`);
    // Removed units (edited out, refunded before shipping) are not in unfulfilled(): they never ship.
    const open = order.lines.filter((l) => unfulfilled(l) > 0);
    if (open.length === 0) throw new Refused(`${order.name} has nothing left to ship.`);
    const parcel: Parcel = { order, lines: [] };
    for (const wanted of request.lines ?? open.map((l) => ({ orderLineId: l.id, quantity: unfulfilled(l) }))) {
      const line = order.lines.find((l) => l.id === wanted.orderLineId);
      if (!line) throw new InvalidInput(`Line ${wanted.orderLineId} is not part of order ${order.name}.`);
      const left = unfulfilled(line);
      if (wanted.quantity > left) throw new InvalidInput(left === 0 ? `Nothing of ${line.title} is left to ship.` : `Only ${left} unit${left === 1 ? '' : 's'} of ${line.title} can still be shipped.`);
      parcel.lines.push({ line, quantity: wanted.quantity });
    }
    const paid = (await paymentTotals(tx, [order.id])).get(order.id) ?? NO_PAYMENTS;
    const due = order.totalCents - paid.captured;
    if (due > 0 && !request.confirmUnpaid) {
      throw new Refused(`${order.name} is not fully paid: ${formatMoney(due, order.currency)} of ${formatMoney(order.totalCents, order.currency)} is still due. Confirm to ship it anyway.`);
    }
    const stock = await stockOnHand(tx, parcel.lines.map((l) => l.line.inventoryItemId));
    const short = takeStock(stock, parcel);
    if (short) {
      const onHand = [...stock.values()].find((s) => s.sku === short)!.left;
      throw new Refused(`Not enough stock of ${short}: ${onHand} on hand.`);
    }
    const [fulfillmentId] = await shipParcels(shop, tx, [parcel], { carrier: request.carrier, trackingNumber: request.trackingNumber, staffUserId, idempotencyKey: input.idempotencyKey ?? null }, { whole: false, notify: request.notifyCustomer, mailMode: input.mailMode });
    const units = parcel.lines.reduce((n, l) => n + l.quantity, 0);
    const left = open.reduce((n, l) => n + unfulfilled(l), 0) - units;
    return { fulfillmentId, orderId: order.id, name: order.name, units, left, fulfillmentStatus: left === 0 ? 'FULFILLED' : 'PARTIALLY_FULFILLED' };
  });
}
