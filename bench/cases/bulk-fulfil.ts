// Bulk fulfil of 10,000 selected open orders in one request (it changes the shop: each run ships
// another 10,000 of the bench shop's open orders; `--reseed` starts over).
import { inTransaction } from '../../src/db/transaction.js';
import type { CaseContext, OnceCase } from './types.js';

const SELECTED = 10_000;

export const bulkFulfil: OnceCase = {
  kind: 'once',
  id: 'bulk-fulfil-10k',
  title: 'bulk fulfil of 10,000 selected orders',
  target: '< 10 s, all-or-nothing',
  async run(ctx) {
    const ids = await openOrders(ctx);
    if (ids.length < SELECTED) ctx.log(`  only ${ids.length} open orders left to fulfil: run with --reseed for a fresh shop`);
    await restock(ctx, ids);
    const started = performance.now();
    const res = await ctx.counter.post('/api/orders/bulk/fulfil', { orderIds: ids, carrier: 'DPD', notifyCustomer: true });
    const ms = performance.now() - started;
    const body = (await res.json()) as { notice?: { message: string } };
    if (res.status !== 200) throw new Error(`bulk fulfil: HTTP ${res.status} ${JSON.stringify(body)}`);
    const [{ n }] = await ctx.raw.query<{ n: number }>(`SELECT count(*) AS n FROM "Order" WHERE id IN (${ids.join(',')}) AND "fulfillmentStatus" = 'FULFILLED'`);
    const timing = { median: Math.round(ms), p95: Math.round(ms), min: Math.round(ms), runs: 1 };
    return { counter: timing, extra: { selected: ids.length, fulfilled: Number(n), notice: body.notice?.message ?? '' } };
  },
  met: (m) => m.counter.median < 10_000 && m.extra!.fulfilled === m.extra!.selected,
};

/** The newest open orders that may ship: not cancelled, archived or held. */
async function openOrders(ctx: CaseContext): Promise<number[]> {
  const rows = await ctx.raw.query<{ id: number }>(
    `SELECT id FROM "Order" WHERE "fulfillmentStatus" IN ('UNFULFILLED', 'PARTIALLY_FULFILLED') AND "cancelledAt" IS NULL AND "archivedAt" IS NULL AND "fulfilmentHold" IS NULL ORDER BY id DESC LIMIT ${SELECTED}`,
  );
  return rows.map((r) => Number(r.id));
}

/** A delivery, through the stock ledger, of whatever those orders need beyond what is on hand. */
async function restock(ctx: CaseContext, ids: number[]): Promise<void> {
  const short = await ctx.raw.query<{ item: number; missing: number }>(
    `SELECT i.id AS item, SUM(l.quantity - l."fulfilledQuantity" - l."removedQuantity") - i."onHand" AS missing
       FROM "OrderLine" l JOIN "InventoryItem" i ON i.id = l."inventoryItemId"
      WHERE l."orderId" IN (${ids.join(',')}) GROUP BY i.id, i."onHand"
     HAVING SUM(l.quantity - l."fulfilledQuantity" - l."removedQuantity") > i."onHand"`,
  );
  if (!short.length) return;
  const { databaseTarget } = await import('../../src/config.js');
  const { openDatabase } = await import('../../src/db/client.js');
  const { applyStockChanges } = await import('../../src/services/inventory.js');
  const db = openDatabase(databaseTarget(ctx.databaseUrl));
  try {
    await inTransaction(db, (tx) =>
      applyStockChanges(tx, short.map((s) => ({ inventoryItemId: Number(s.item), reason: 'MANUAL_ADJUSTMENT' as const, onHandDelta: Number(s.missing), note: 'benchmark delivery', staffUserId: null }))),
    );
  } finally {
    await db.close();
  }
  ctx.log(`  delivered stock for ${short.length} items first (through the ledger)`);
}
