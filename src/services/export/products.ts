// Products as export rows, with their category's name and the stock on hand over their
// inventory items: one grouped query per page, not one per product.
import type { Prisma } from '@prisma/client';
import type { Shop } from '../../db/transaction.js';
import { hasAny, whereFromFilters, type CustomFilter } from './filters.js';
import { inBatches, keysetPages } from './pages.js';
import type { ExportLoad } from './columns.js';

const PRODUCT_FIELDS = {
  id: true, handle: true, title: true, status: true, vendor: true, productType: true, categoryId: true, currency: true,
  sku: true, barcode: true, priceCents: true, compareAtPriceCents: true, tags: true, description: true,
} as const satisfies Prisma.ProductSelect;

export type ProductExportRow = Prisma.ProductGetPayload<{ select: typeof PRODUCT_FIELDS }> & {
  category: string | null;
  onHand: number;
};

/** The product list's virtual filters (resources/products/resource.ts): a stock item at or below its threshold, or with none available. */
export const PRODUCT_FILTERS: Record<string, CustomFilter> = {
  lowStock: hasAny('inventoryItems', { lowStock: true }),
  outOfStock: hasAny('inventoryItems', { available: { lte: 0 } }),
};

export const loadProducts: ExportLoad<ProductExportRow> = (shop, { filters, ids, signal }) => {
  const where = whereFromFilters('Product', filters, { insensitive: shop.provider === 'postgresql' }, PRODUCT_FILTERS) as Prisma.ProductWhereInput;
  const pages = keysetPages((q) => shop.prisma.product.findMany({ ...q, select: PRODUCT_FIELDS }), where, { ids, signal });
  return (async function* () {
    for await (const products of pages) yield await withStock(shop, products);
  })();
};

async function withStock(shop: Shop, products: Prisma.ProductGetPayload<{ select: typeof PRODUCT_FIELDS }>[]): Promise<ProductExportRow[]> {
  const ids = products.map((p) => p.id);
  const categoryIds = [...new Set(products.flatMap((p) => (p.categoryId === null ? [] : [p.categoryId])))];
  const stock = await inBatches(ids, (batch) =>
    shop.prisma.inventoryItem.groupBy({ by: ['productId'], where: { productId: { in: batch } }, _sum: { onHand: true } }),
  );
  const categories = await inBatches(categoryIds, (batch) => shop.prisma.category.findMany({ where: { id: { in: batch } }, select: { id: true, name: true } }));
  const onHand = new Map(stock.map((s) => [s.productId, s._sum.onHand ?? 0]));
  const categoryName = new Map(categories.map((c) => [c.id, c.name]));
  return products.map((p) => ({
    ...p,
    category: p.categoryId === null ? null : (categoryName.get(p.categoryId) ?? null),
    onHand: onHand.get(p.id) ?? 0,
  }));
}
