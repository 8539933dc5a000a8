// Fulfilment holds: an order on hold keeps its place in the list but Fulfil skips it, saying why
// ("#1004 on hold: fraud review"). The reason is free text, so any process (fraud review, a
// customer's request) can hold an order without the core knowing about it.
import { chunks, ID_BATCH, inTransaction, type Shop } from '../../db/transaction.js';
import { InvalidInput } from '../errors.js';
import { missingOrders, parseOrderIds, type BulkResult } from './bulk.js';
import { findOrders } from './load.js';

export interface HoldInput {
  orderIds: unknown;
  /** The reason shown when Fulfil skips the order; null releases the hold. */
  reason: string | null;
  staffUserId?: number | null;
}

export async function setFulfilmentHold(shop: Shop, input: HoldInput): Promise<BulkResult> {
  const ids = parseOrderIds(input.orderIds);
  const reason = input.reason === null ? null : String(input.reason).trim();
  if (reason !== null && (!reason || reason.length > 100)) throw new InvalidInput('Give a reason for the hold (100 characters at most).');
  return inTransaction(shop, async (tx) => {
    const orders = await findOrders(tx, ids, { id: true, name: true, fulfilmentHold: true, cancelledAt: true, fulfillmentStatus: true });
    const result: BulkResult = { done: [], skipped: missingOrders(ids, new Set(orders.map((o) => o.id))) };
    for (const o of orders) {
      const ref = { id: o.id, name: o.name };
      if (reason === null && !o.fulfilmentHold) result.skipped.push({ ...ref, reason: 'not on hold' });
      else if (reason !== null && o.cancelledAt) result.skipped.push({ ...ref, reason: 'cancelled' });
      else if (reason !== null && o.fulfillmentStatus === 'FULFILLED') result.skipped.push({ ...ref, reason: 'already fulfilled' });
      else if (reason !== null && o.fulfilmentHold) result.skipped.push({ ...ref, reason: `already on hold: ${o.fulfilmentHold}` });
      else result.done.push(ref);
    }
    for (const part of chunks(result.done.map((o) => o.id), ID_BATCH)) {
      // The guard repeats the check in the UPDATE: two staff pressing at once change each order once.
      await tx.order.updateMany({ where: { id: { in: part }, fulfilmentHold: reason === null ? { not: null } : null }, data: { fulfilmentHold: reason } });
      await tx.auditEvent.createMany({
        data: part.map((id) => ({
          action: reason === null ? 'order.hold_released' : 'order.held', subjectType: 'Order', subjectId: String(id), orderId: id,
          staffUserId: input.staffUserId ?? null, message: reason === null ? 'Fulfilment hold released' : `Fulfilment on hold: ${reason}`,
        })),
      });
    }
    return result;
  });
}
