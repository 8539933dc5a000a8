// Bulk fulfil of 10,000 selected open orders in one request. It changes the shop: when fewer than
// 10,000 orders are open, the newest fulfilled ones are reopened first (a benchmark reset, below).
import { inTransaction } from '../../src/db/transaction.js';
import { applyStockChanges } from '../../src/services/inventory.js';
import type { Database } from '../../src/db/client.js';
import type { CaseContext, OnceCase } from './types.js';

const SELECTED = 10_000;

export const bulkFulfil: OnceCase = {
  kind: 'once',
  id: 'bulk-fulfil-10k',
  title: 'bulk fulfil of 10,000 selected orders',
  target: '< 10 s, all-or-nothing',
  async run(ctx) {
    let ids = await openOrders(ctx);
    if (ids.length < SELECTED) {
      await withDatabase(ctx, (db) => reopenFulfilled(ctx, db, SELECTED - ids.length));
      ids = await openOrders(ctx);
    }
    if (ids.length < SELECTED) ctx.log(`  only ${ids.length} open orders to fulfil, even after reopening fulfilled ones`);
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

const MAY_SHIP = `"cancelledAt" IS NULL AND "archivedAt" IS NULL AND "fulfilmentHold" IS NULL`;

/** The newest open orders that may ship: not cancelled, archived or held. */
async function openOrders(ctx: CaseContext): Promise<number[]> {
  const rows = await ctx.raw.query<{ id: number }>(
    `SELECT id FROM "Order" WHERE "fulfillmentStatus" IN ('UNFULFILLED', 'PARTIALLY_FULFILLED') AND ${MAY_SHIP} ORDER BY id DESC LIMIT ${SELECTED}`,
  );
  return rows.map((r) => Number(r.id));
}

async function withDatabase<T>(ctx: CaseContext, fn: (db: Database) => Promise<T>): Promise<T> {
  const { databaseTarget } = await import('../../src/config.js');
  const { openDatabase } = await import('../../src/db/client.js');
  const db = openDatabase(databaseTarget(ctx.databaseUrl));
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/**
 * Benchmark reset, not a shop operation: gives back `count` open orders by undoing the newest
 * fulfilments (orders without refunds), so each run has 10,000 orders to ship without reseeding.
 * Their fulfilment rows go, their lines and status are unfulfilled again, and their units are
 * committed again through the ledger (restock() then delivers what on-hand lacks).
 */
async function reopenFulfilled(ctx: CaseContext, db: Database, count: number): Promise<void> {
  const rows = await ctx.raw.query<{ id: number }>(
    `SELECT id FROM "Order" o WHERE "fulfillmentStatus" = 'FULFILLED' AND ${MAY_SHIP}
        AND NOT EXISTS (SELECT 1 FROM "Refund" r WHERE r."orderId" = o.id) ORDER BY id DESC LIMIT ${count}`,
  );
  if (!rows.length) return;
  const ids = rows.map((r) => Number(r.id)).join(',');
  await inTransaction(db, async (tx) => {
    const shipped = await tx.$queryRawUnsafe<{ item: number; units: number }[]>(
      `SELECT "inventoryItemId" AS item, SUM("fulfilledQuantity") AS units FROM "OrderLine"
        WHERE "orderId" IN (${ids}) AND "inventoryItemId" IS NOT NULL AND "fulfilledQuantity" > 0 GROUP BY "inventoryItemId"`,
    );
    await tx.$executeRawUnsafe(`DELETE FROM "FulfillmentLine" WHERE "fulfillmentId" IN (SELECT id FROM "Fulfillment" WHERE "orderId" IN (${ids}))`);
    await tx.$executeRawUnsafe(`DELETE FROM "Fulfillment" WHERE "orderId" IN (${ids})`);
    await tx.$executeRawUnsafe(`UPDATE "OrderLine" SET "fulfilledQuantity" = 0 WHERE "orderId" IN (${ids}) AND "fulfilledQuantity" <> 0`);
    await tx.$executeRawUnsafe(`UPDATE "Order" SET "fulfillmentStatus" = 'UNFULFILLED' WHERE id IN (${ids})`);
    await applyStockChanges(tx, shipped.map((s) => ({ inventoryItemId: Number(s.item), reason: 'MANUAL_ADJUSTMENT' as const, committedDelta: Number(s.units), note: 'benchmark reset', staffUserId: null })));
  });
  ctx.log(`  benchmark reset: reopened the ${rows.length} newest fulfilled orders`);
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
  await withDatabase(ctx, (db) =>
    inTransaction(db, (tx) =>
      applyStockChanges(tx, short.map((s) => ({ inventoryItemId: Number(s.item), reason: 'MANUAL_ADJUSTMENT' as const, onHandDelta: Number(s.missing), note: 'benchmark delivery', staffUserId: null }))),
    ),
  );
  ctx.log(`  delivered stock for ${short.length} items first (through the ledger)`);
}
