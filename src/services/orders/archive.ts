// Archive (Shopify's "close") and unarchive: a flag on the order, recorded on its timeline.
import { chunks, ID_BATCH, inTransaction, type Shop } from '../../db/transaction.js';
import { missingOrders, parseOrderIds, type BulkResult } from './bulk.js';
import { findOrders } from './load.js';

export async function setArchived(shop: Shop, input: { orderIds: unknown; archived: boolean; staffUserId?: number | null }): Promise<BulkResult> {
  const ids = parseOrderIds(input.orderIds);
  return inTransaction(shop, async (tx) => {
    const orders = await findOrders(tx, ids, { id: true, name: true, archivedAt: true });
    const result: BulkResult = { done: [], skipped: missingOrders(ids, new Set(orders.map((o) => o.id))) };
    for (const o of orders) {
      if (Boolean(o.archivedAt) === input.archived) result.skipped.push({ id: o.id, name: o.name, reason: input.archived ? 'already archived' : 'not archived' });
      else result.done.push({ id: o.id, name: o.name });
    }
    for (const part of chunks(result.done.map((o) => o.id), ID_BATCH)) {
      await tx.order.updateMany({ where: { id: { in: part } }, data: { archivedAt: input.archived ? new Date() : null } });
      await tx.auditEvent.createMany({
        data: part.map((id) => ({
          action: input.archived ? 'order.archived' : 'order.unarchived', subjectType: 'Order', subjectId: String(id), orderId: id,
          staffUserId: input.staffUserId ?? null, message: input.archived ? 'Archived' : 'Unarchived',
        })),
      });
    }
    return result;
  });
}
