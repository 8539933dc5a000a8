// Every change of stock goes through here: one movement row per change, and the item's
// figures moved by the same amounts, so on-hand and committed always equal their ledger's sums.
import type { StockMovementReason } from '@prisma/client';
import { chunks, ROW_BATCH, type Tx } from '../db/transaction.js';
import { Refused } from './errors.js';

export interface StockChange {
  inventoryItemId: number;
  reason: StockMovementReason;
  onHandDelta?: number;
  committedDelta?: number;
  orderId?: number | null;
  staffUserId?: number | null;
  note?: string | null;
}

export async function applyStockChanges(tx: Tx, changes: StockChange[]): Promise<void> {
  const moves = changes.filter((c) => (c.onHandDelta ?? 0) !== 0 || (c.committedDelta ?? 0) !== 0);
  if (moves.length === 0) return;
  for (const part of chunks(moves, ROW_BATCH)) {
    await tx.stockMovement.createMany({
      data: part.map((c) => ({
        inventoryItemId: c.inventoryItemId, reason: c.reason, onHandDelta: c.onHandDelta ?? 0, committedDelta: c.committedDelta ?? 0,
        orderId: c.orderId ?? null, staffUserId: c.staffUserId ?? null, note: c.note ?? null,
      })),
    });
  }
  const totals = new Map<number, { onHand: number; committed: number }>();
  for (const c of moves) {
    const t = totals.get(c.inventoryItemId) ?? { onHand: 0, committed: 0 };
    t.onHand += c.onHandDelta ?? 0;
    t.committed += c.committedDelta ?? 0;
    totals.set(c.inventoryItemId, t);
  }
  for (const [id, t] of totals) {
    // The guard is in the UPDATE itself, so two writers can never both take the last unit.
    const { count } = await tx.inventoryItem.updateMany({
      where: {
        id,
        ...(t.onHand < 0 ? { OR: [{ allowBackorder: true }, { onHand: { gte: -t.onHand } }] } : {}),
        ...(t.committed < 0 ? { committed: { gte: -t.committed } } : {}),
      },
      data: { onHand: { increment: t.onHand }, committed: { increment: t.committed } },
    });
    if (count === 0) {
      const item = await tx.inventoryItem.findUnique({ where: { id }, select: { sku: true, onHand: true } });
      if (!item) throw new Refused(`Inventory item ${id} no longer exists.`);
      throw new Refused(`Not enough stock of ${item.sku ?? `item ${id}`}: ${item.onHand} on hand.`);
    }
  }
}
