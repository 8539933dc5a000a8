// Every change of stock goes through here: one movement row per change, and the item's
// figures moved by the same amounts, so on-hand and committed always equal their ledger's sums.
import { StockMovementReason } from '@prisma/client';
import { insertRows } from '../db/insert.js';
import { chunks, ID_BATCH, inTransaction, type Shop, type Tx } from '../db/transaction.js';
import { InvalidInput, NotFound, Refused } from './errors.js';
import { emitAfterCommit } from '../plugins/events.js';

export interface StockChange {
  inventoryItemId: number;
  reason: StockMovementReason;
  onHandDelta?: number;
  committedDelta?: number;
  orderId?: number | null;
  staffUserId?: number | null;
  note?: string | null;
}

const MOVEMENT = {
  inventoryItemId: 'int', reason: { enum: 'StockMovementReason', values: Object.values(StockMovementReason) }, onHandDelta: 'int', committedDelta: 'int',
  orderId: 'int', staffUserId: 'int', note: 'text', createdAt: 'date',
} as const;

export async function applyStockChanges(tx: Tx, changes: StockChange[]): Promise<void> {
  const moves = changes.filter((c) => (c.onHandDelta ?? 0) !== 0 || (c.committedDelta ?? 0) !== 0);
  if (moves.length === 0) return;
  const createdAt = new Date();
  await insertRows(tx, 'StockMovement', MOVEMENT, moves.map((c) => ({
    inventoryItemId: c.inventoryItemId, reason: c.reason, onHandDelta: c.onHandDelta ?? 0, committedDelta: c.committedDelta ?? 0,
    orderId: c.orderId ?? null, staffUserId: c.staffUserId ?? null, note: c.note ?? null, createdAt,
  })));
  const totals = new Map<number, { onHand: number; committed: number }>();
  for (const c of moves) {
    const t = totals.get(c.inventoryItemId) ?? { onHand: 0, committed: 0 };
    t.onHand += c.onHandDelta ?? 0;
    t.committed += c.committedDelta ?? 0;
    totals.set(c.inventoryItemId, t);
  }
  // Items moved by the same amounts share one guarded UPDATE (a bulk fulfil of 10,000 orders moves
  // thousands of items, mostly by a unit or two): the guard is in the UPDATE itself, so two writers
  // can never both take the last unit, and an item it refuses fails the whole change.
  const groups = new Map<string, { onHand: number; committed: number; ids: number[] }>();
  for (const [id, t] of totals) {
    const key = `${t.onHand}:${t.committed}`;
    const group = groups.get(key) ?? { ...t, ids: [] };
    group.ids.push(id);
    groups.set(key, group);
  }
  for (const t of groups.values()) {
    for (const ids of chunks(t.ids, ID_BATCH)) {
      const updated = await tx.inventoryItem.updateManyAndReturn({
        where: {
          id: ids.length === 1 ? ids[0] : { in: ids },
          ...(t.onHand < 0 ? { OR: [{ allowBackorder: true }, { onHand: { gte: -t.onHand } }] } : {}),
          ...(t.committed < 0 ? { committed: { gte: -t.committed } } : {}),
        },
        data: { onHand: { increment: t.onHand }, committed: { increment: t.committed } },
        select: { id: true, sku: true, onHand: true, committed: true, lowStockThreshold: true },
      });
      if (updated.length < ids.length) {
        const done = new Set(updated.map((u) => u.id));
        const id = ids.find((i) => !done.has(i))!;
        const item = await tx.inventoryItem.findUnique({ where: { id }, select: { sku: true, onHand: true } });
        if (!item) throw new Refused(`Inventory item ${id} no longer exists.`);
        throw new Refused(`Not enough stock of ${item.sku ?? `item ${id}`}: ${item.onHand} on hand.`);
      }
      for (const item of updated) announceLowStock(tx, item, t.onHand - t.committed);
    }
  }
}

/** stock.low when this change took the item from above its threshold to at or below it. */
function announceLowStock(tx: Tx, item: { id: number; sku: string | null; onHand: number; committed: number; lowStockThreshold: number }, availableDelta: number) {
  const after = item.onHand - item.committed;
  const before = after - availableDelta;
  if (before > item.lowStockThreshold && after <= item.lowStockThreshold) {
    emitAfterCommit(tx, { type: 'stock.low', inventoryItemId: item.id, sku: item.sku, available: after, threshold: item.lowStockThreshold });
  }
}

export interface AdjustStockInput {
  inventoryItemId: unknown;
  /** "set": the counted figure; "add": a delivery (+) or a loss (−). */
  mode: 'set' | 'add';
  quantity: unknown;
  note?: string | null;
  staffUserId?: number | null;
}

/** A manual stock adjustment (count, delivery, breakage), with its reason on the ledger. */
export async function adjustStock(shop: Shop, input: AdjustStockInput) {
  const quantity = Number(input.quantity);
  if (input.quantity === '' || input.quantity === null || !Number.isInteger(quantity) || Math.abs(quantity) > 1_000_000) throw new InvalidInput('The quantity must be a whole number.');
  if (input.mode === 'set' && quantity < 0) throw new InvalidInput('A counted stock cannot be negative.');
  const note = input.note?.trim() || null;
  if (note && note.length > 500) throw new InvalidInput('The note has 500 characters at most.');
  const id = Number(input.inventoryItemId);
  return inTransaction(shop, async (tx) => {
    const item = Number.isInteger(id) ? await tx.inventoryItem.findUnique({ where: { id }, include: { product: { select: { title: true } } } }) : null;
    if (!item) throw new NotFound(`Inventory item ${String(input.inventoryItemId)} does not exist.`);
    const delta = input.mode === 'set' ? quantity - item.onHand : quantity;
    if (delta === 0) throw new InvalidInput(`${item.sku ?? item.product.title} already has ${item.onHand} on hand.`);
    await applyStockChanges(tx, [{ inventoryItemId: item.id, reason: 'MANUAL_ADJUSTMENT', onHandDelta: delta, note, staffUserId: input.staffUserId ?? null }]);
    await tx.auditEvent.create({
      data: {
        action: 'stock.adjusted', subjectType: 'InventoryItem', subjectId: String(item.id), staffUserId: input.staffUserId ?? null,
        message: `Stock of ${item.sku ?? item.product.title}: ${item.onHand} → ${item.onHand + delta}${note ? ` · ${note}` : ''}`,
      },
    });
    return { onHand: item.onHand + delta, delta };
  });
}

/** Every sellable item (a product without variants, or a variant) gets its stock row at creation. */
export async function ensureInventoryItem(shop: Shop, item: { productId: number; variantId?: number | null; sku?: string | null }) {
  const existing = await shop.prisma.inventoryItem.findFirst({ where: { productId: item.productId, variantId: item.variantId ?? null } });
  return existing ?? shop.prisma.inventoryItem.create({ data: { productId: item.productId, variantId: item.variantId ?? null, sku: item.sku ?? null } });
}
