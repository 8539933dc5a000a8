// Every change of stock goes through here: one movement row per change, and the item's
// figures moved by the same amounts, so on-hand and committed always equal their ledger's sums.
import { StockMovementReason } from '@prisma/client';
import { insertRows, rowTables } from '../db/insert.js';
import { inTransaction, lockInventoryItems, type Shop, type Tx } from '../db/transaction.js';
import { InvalidInput, NotFound, Refused } from './errors.js';
import { integer, readStrict } from './input.js';
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

// Named apart from the item's own columns: SQLite's RETURNING takes no table prefix, PostgreSQL's needs names that are not ambiguous.
const DELTA = { itemId: 'int', onHandDelta: 'int', committedDelta: 'int', at: 'date' } as const;

export async function applyStockChanges(tx: Tx, changes: StockChange[]): Promise<void> {
  const moves = changes.filter((c) => (c.onHandDelta ?? 0) !== 0 || (c.committedDelta ?? 0) !== 0);
  if (moves.length === 0) return;
  const createdAt = new Date();
  // Written in item order: the (inventoryItemId, createdAt) index of millions takes them page by page
  // instead of at random (30,000 movements on the 1M-order SQLite shop: 0.47 s → 0.34 s).
  const byItem = [...moves].sort((a, b) => a.inventoryItemId - b.inventoryItemId);
  await lockInventoryItems(tx, byItem.map((c) => c.inventoryItemId)); // the UPDATE … FROM below locks in no set order
  await insertRows(tx, 'StockMovement', MOVEMENT, byItem.map((c) => ({
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
  // One guarded UPDATE for every item moved, its deltas joined from the rows (a bulk fulfil of 10,000
  // orders moves thousands of items): the guard is in the UPDATE itself, so two writers can never both
  // take the last unit, and an item it refuses fails the whole change.
  const updatedAt = new Date();
  const deltas = [...totals].map(([itemId, t]) => ({ itemId, onHandDelta: t.onHand, committedDelta: t.committed, at: updatedAt }));
  for (const { sql, json, rows } of rowTables(tx, DELTA, deltas, 'InventoryItem')) {
    const updated = (await tx.$queryRawUnsafe<Record<string, unknown>[]>(
      `UPDATE "InventoryItem" SET "onHand" = "onHand" + "onHandDelta", "committed" = "committed" + "committedDelta", "updatedAt" = "at"
         FROM ${sql} AS d
        WHERE id = "itemId" AND ("onHandDelta" >= 0 OR "allowBackorder" OR "onHand" >= -"onHandDelta") AND ("committedDelta" >= 0 OR "committed" >= -"committedDelta")
        RETURNING id, sku, "onHand", "committed", "lowStockThreshold"`,
      json,
    )).map((r) => ({ id: Number(r.id), sku: r.sku as string | null, onHand: Number(r.onHand), committed: Number(r.committed), lowStockThreshold: Number(r.lowStockThreshold) }));
    if (updated.length < rows.length) {
      const done = new Set(updated.map((u) => u.id));
      const id = rows.find((r) => !done.has(r.itemId))!.itemId;
      const item = await tx.inventoryItem.findUnique({ where: { id }, select: { sku: true, onHand: true } });
      if (!item) throw new Refused(`Inventory item ${id} no longer exists.`);
      throw new Refused(`Not enough stock of ${item.sku ?? `item ${id}`}: ${item.onHand} on hand.`);
    }
    for (const item of updated) {
      const t = totals.get(item.id)!;
      announceLowStock(tx, item, t.onHand - t.committed);
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
  /** "set": the counted figure; "add": a delivery (+) or a loss (−). Anything else is refused. */
  mode: unknown;
  quantity: unknown;
  note?: unknown;
  staffUserId?: number | null;
}

/** A manual stock adjustment (count, delivery, breakage), with its reason on the ledger. */
export async function adjustStock(shop: Shop, input: AdjustStockInput) {
  const quantity = readStrict(integer('must be a whole number'), input.quantity, 'The quantity', (m) => new InvalidInput(m));
  if (Math.abs(quantity) > 1_000_000) throw new InvalidInput('The quantity must be a whole number up to 1,000,000.');
  if (input.mode !== 'set' && input.mode !== 'add') throw new InvalidInput('Choose how the stock changes: add or remove units, or set the counted quantity.');
  if (input.mode === 'set' && quantity < 0) throw new InvalidInput('A counted stock cannot be negative.');
  if (input.note != null && typeof input.note !== 'string') throw new InvalidInput('The note must be text.');
  const note = input.note?.trim() || null;
  if (note && note.length > 500) throw new InvalidInput('The note has 500 characters at most.');
  const id = Number(input.inventoryItemId);
  return inTransaction(shop, async (tx) => {
    const known = Number.isInteger(id) && id > 0 && id <= 2_147_483_647;
    // A count sets the figure it read: read under the row's lock, so ten identical counts at once apply once.
    if (known) await lockInventoryItems(tx, [id]);
    const item = known ? await tx.inventoryItem.findUnique({ where: { id }, include: { product: { select: { title: true } } } }) : null;
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
