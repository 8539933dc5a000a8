// Tags are a comma-separated list on the order ("gift, priority"), compared without case.
import { chunks, ID_BATCH, inTransaction, ROW_BATCH, type Shop } from '../../db/transaction.js';
import { InvalidInput } from '../errors.js';
import { missingOrders, parseOrderIds, type BulkResult } from './bulk.js';
import { findOrders } from './load.js';

export const splitTags = (tags: string) => tags.split(',').map((t) => t.trim()).filter(Boolean);

/** "gift, priority" or ["gift", "priority"]; anything else (an object, a number) is refused, not stringified. */
export function parseTagNames(input: unknown): string[] {
  const list = typeof input === 'string' ? [input] : Array.isArray(input) && input.every((t) => typeof t === 'string') ? input : input == null ? [] : null;
  if (!list) throw new InvalidInput('Tags are words separated by commas.');
  const names = [...new Set(list.flatMap(splitTags))];
  if (names.length === 0) throw new InvalidInput('Type at least one tag (separate several with commas).');
  if (names.some((t) => t.length > 40)) throw new InvalidInput('A tag has 40 characters at most.');
  return names;
}

export async function changeTags(shop: Shop, input: { orderIds: unknown; tags: unknown; remove?: boolean; staffUserId?: number | null }): Promise<BulkResult> {
  const ids = parseOrderIds(input.orderIds);
  const names = parseTagNames(input.tags);
  return inTransaction(shop, async (tx) => {
    const orders = await findOrders(tx, ids, { id: true, name: true, tags: true });
    const result: BulkResult = { done: [], skipped: missingOrders(ids, new Set(orders.map((o) => o.id))) };
    const changes: Array<{ id: number; tags: string }> = [];
    for (const o of orders) {
      const current = splitTags(o.tags);
      const has = (t: string) => current.some((c) => c.toLowerCase() === t.toLowerCase());
      const next = input.remove ? current.filter((c) => !names.some((n) => n.toLowerCase() === c.toLowerCase())) : [...current, ...names.filter((n) => !has(n))];
      if (next.length === current.length) result.skipped.push({ id: o.id, name: o.name, reason: input.remove ? 'did not have these tags' : 'already tagged' });
      else {
        if (next.join(', ').length > 1000) throw new InvalidInput(`${o.name} would have too many tags.`);
        changes.push({ id: o.id, tags: next.join(', ') });
        result.done.push({ id: o.id, name: o.name });
      }
    }
    // Orders that end with the same tag list are written together.
    const byTags = new Map<string, number[]>();
    for (const c of changes) byTags.set(c.tags, [...(byTags.get(c.tags) ?? []), c.id]);
    for (const [tags, group] of byTags) for (const part of chunks(group, ID_BATCH)) await tx.order.updateMany({ where: { id: { in: part } }, data: { tags } });
    const verb = input.remove ? 'Removed tags' : 'Added tags';
    for (const part of chunks(result.done, ROW_BATCH)) {
      await tx.auditEvent.createMany({
        data: part.map((o) => ({ action: input.remove ? 'order.untagged' : 'order.tagged', subjectType: 'Order', subjectId: String(o.id), orderId: o.id, staffUserId: input.staffUserId ?? null, message: `${verb}: ${names.join(', ')}` })),
      });
    }
    return result;
  });
}
