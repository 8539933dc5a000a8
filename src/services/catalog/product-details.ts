// Everything the product page shows besides the product's own columns, in a handful of queries:
// gallery, features, variants with their stock, stock per sellable item, and the latest movements.
import type { Db } from '../../db/client.js';
import { imageSrc } from '../../shared/image-url.js';
import { categoryPaths } from './categories.js';

export const MOVEMENTS_SHOWN = 50;

export async function productDetails(db: Db, productId: number, rootPath: string) {
  const product = await db.product.findUnique({
    where: { id: productId },
    select: {
      categoryId: true,
      images: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, url: true, alt: true, position: true } },
      features: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, name: true, value: true, position: true } },
      variants: {
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
        select: { id: true, title: true, option1: true, option2: true, option3: true, sku: true, barcode: true, priceCents: true, compareAtPriceCents: true, position: true },
      },
      inventoryItems: {
        orderBy: { id: 'asc' },
        select: { id: true, variantId: true, sku: true, onHand: true, committed: true, lowStockThreshold: true, allowBackorder: true, variant: { select: { title: true } } },
      },
    },
  });
  if (!product) return null;
  const [paths, movements, movementCount] = await Promise.all([
    categoryPaths(db, product.categoryId === null ? [] : [product.categoryId]),
    db.stockMovement.findMany({
      where: { inventoryItem: { productId } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: MOVEMENTS_SHOWN,
      select: {
        id: true, createdAt: true, reason: true, onHandDelta: true, committedDelta: true, note: true,
        order: { select: { id: true, name: true } }, staffUser: { select: { name: true } },
        inventoryItem: { select: { sku: true, variant: { select: { title: true } } } },
      },
    }),
    db.stockMovement.count({ where: { inventoryItem: { productId } } }),
  ]);
  const stock = product.inventoryItems.map((i) => {
    const available = i.onHand - i.committed;
    return {
      inventoryItemId: i.id, variantId: i.variantId, label: i.variant?.title ?? 'Product (no variant)', sku: i.sku,
      onHand: i.onHand, committed: i.committed, available, lowStockThreshold: i.lowStockThreshold, allowBackorder: i.allowBackorder,
      low: available <= i.lowStockThreshold,
    };
  });
  return {
    categoryPath: product.categoryId === null ? null : (paths.get(product.categoryId) ?? null),
    images: product.images.map((i) => ({ ...i, src: imageSrc(i.url, rootPath) })),
    features: product.features,
    variants: product.variants.map(({ option1, option2, option3, ...v }) => ({
      ...v, options: [option1, option2, option3].filter((o): o is string => Boolean(o)), stock: stock.find((s) => s.variantId === v.id) ?? null,
    })),
    stock,
    movements: movements.map((m) => ({
      id: m.id, at: m.createdAt.toISOString(), reason: m.reason, onHandDelta: m.onHandDelta, committedDelta: m.committedDelta,
      item: m.inventoryItem.variant?.title ?? m.inventoryItem.sku ?? 'Product', order: m.order, note: m.note, by: m.staffUser?.name ?? null,
    })),
    movementCount,
  };
}
