// What a bulk action reports back, per order: done, or skipped and why.
import { z } from 'zod';
import { InvalidInput } from '../errors.js';
import { recordId } from '../input.js';

export interface OrderRef {
  id: number;
  name: string;
}

export interface BulkResult {
  done: OrderRef[];
  skipped: Array<OrderRef & { reason: string }>;
}

export const MAX_BULK_ORDERS = 50_000;

// Each id a whole number or its digits: [[5]], true, "0x5" or 2147483648 name no order.
const ids = z.array(recordId).min(1).max(MAX_BULK_ORDERS);

/** Distinct positive order ids, or a clear refusal. */
export function parseOrderIds(input: unknown): number[] {
  const parsed = ids.safeParse(input);
  if (!parsed.success) throw new InvalidInput(`Select between 1 and ${MAX_BULK_ORDERS.toLocaleString('en')} orders (ids must be whole numbers).`);
  return [...new Set(parsed.data)];
}

/** "12 fulfilled; 3 skipped: #1004 already fulfilled, #1007 cancelled" (the first 10 reasons). */
export function describeBulk(result: BulkResult, verb: string): string {
  const head = `${result.done.length} ${verb}`;
  if (!result.skipped.length) return head;
  const shown = result.skipped.slice(0, 10).map((s) => `${s.name} ${s.reason}`);
  const more = result.skipped.length > 10 ? `, and ${result.skipped.length - 10} more` : '';
  return `${head}; ${result.skipped.length} skipped: ${shown.join(', ')}${more}`;
}

/** Orders the request named that do not exist are reported, not silently dropped. */
export function missingOrders(requested: number[], found: Set<number>): Array<OrderRef & { reason: string }> {
  return requested.filter((id) => !found.has(id)).map((id) => ({ id, name: `order ${id}`, reason: 'not found' }));
}
