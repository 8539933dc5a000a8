// What is low: stock items whose available units (on hand − committed) are at or below their
// threshold, on products not archived, the lowest against their threshold first.
import type { Shop } from '../../db/transaction.js';

export interface LowItem {
  inventoryItemId: number;
  productId: number;
  title: string;
  sku: string | null;
  available: number;
  threshold: number;
  /** What to order to get back to twice the threshold: threshold × 2 − available (at least 1). */
  suggested: number;
}

export const suggestedQuantity = (available: number, threshold: number) => Math.max(1, threshold * 2 - available);

const WHERE = { lowStock: true, product: { status: { not: 'ARCHIVED' as const } } };

export async function countLowItems(shop: Shop): Promise<number> {
  return shop.prisma.inventoryItem.count({ where: WHERE });
}

/** Up to `limit` low items; pages through all of them with `afterId` for the CSV. */
export async function lowItems(shop: Shop, opts: { limit?: number; afterId?: number; byId?: boolean } = {}): Promise<LowItem[]> {
  const rows = await shop.prisma.inventoryItem.findMany({
    where: { ...WHERE, ...(opts.afterId ? { id: { gt: opts.afterId } } : {}) },
    select: { id: true, productId: true, sku: true, onHand: true, committed: true, lowStockThreshold: true, product: { select: { title: true } }, variant: { select: { title: true } } },
    orderBy: { id: 'asc' },
    ...(opts.byId ? { take: opts.limit } : {}),
  });
  const items = rows.map((r) => {
    const available = r.onHand - r.committed;
    return {
      inventoryItemId: r.id, productId: r.productId, title: r.variant ? `${r.product.title} — ${r.variant.title}` : r.product.title,
      sku: r.sku, available, threshold: r.lowStockThreshold, suggested: suggestedQuantity(available, r.lowStockThreshold),
    };
  });
  if (opts.byId) return items;
  items.sort((a, b) => a.available - a.threshold - (b.available - b.threshold) || a.inventoryItemId - b.inventoryItemId);
  return opts.limit ? items.slice(0, opts.limit) : items;
}
