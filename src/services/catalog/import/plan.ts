// Rows checked against the shop: which product each row is (by handle, then SKU), what changes,
// and how stock moves. Lookups go by ID_BATCH-sized IN lists, never one query per row.
import type { Prisma } from '@prisma/client';
import { chunks, ID_BATCH, type Shop, type Tx } from '../../../db/transaction.js';
import { InvalidAmount, parseAmount } from '../../money.js';
import { HEADER_OF, type Field, type RowValues } from './columns.js';
import type { ImportError } from './read.js';

const PRODUCT = {
  id: true, handle: true, title: true, status: true, vendor: true, productType: true, categoryId: true, currency: true,
  sku: true, barcode: true, priceCents: true, compareAtPriceCents: true, tags: true, description: true,
} as const satisfies Prisma.ProductSelect;
type Existing = Prisma.ProductGetPayload<{ select: typeof PRODUCT }>;
type Item = { id: number; productId: number; variantId: number | null; onHand: number; allowBackorder: boolean };

export interface ImportPlan {
  rows: number;
  creates: Array<{ row: number; data: Prisma.ProductCreateManyInput; onHand: number }>;
  updates: Array<{ row: number; id: number; data: Prisma.ProductUpdateManyMutationInput; itemSku?: { itemId: number; sku: string | null } }>;
  /** Existing products that had no stock row yet (a product without variants needs one). */
  newItems: Array<{ productId: number; sku: string | null; onHand: number }>;
  stock: Array<{ inventoryItemId: number; delta: number }>;
  unchanged: number;
  errors: ImportError[];
}

const DEFAULT_CURRENCY = 'EUR'; // the schema's default for a new product

async function inLists<K, R>(keys: K[], query: (batch: K[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const batch of chunks([...new Set(keys)], ID_BATCH)) out.push(...(await query(batch)));
  return out;
}

async function lookups(shop: Shop, tx: Tx, rows: RowValues[], lock: boolean) {
  const handles = rows.flatMap((r) => (r.handle ? [r.handle] : []));
  const skus = rows.flatMap((r) => (r.sku ? [r.sku] : []));
  const byHandle = await inLists(handles, (b) => tx.product.findMany({ where: { handle: { in: b } }, select: PRODUCT }));
  const bySku = await inLists(skus, (b) => tx.product.findMany({ where: { sku: { in: b } }, select: PRODUCT }));
  const variants = await inLists(skus, (b) => tx.productVariant.findMany({ where: { sku: { in: b } }, select: { sku: true, title: true, product: { select: { title: true } } } }));
  const productIds = [...new Set([...byHandle, ...bySku].map((p) => p.id))].sort((a, b) => a - b);
  if (lock && shop.provider === 'postgresql') {
    // Stock rows stay as read until the import commits: a sale meanwhile waits, and the file's figure holds.
    for (const b of chunks(productIds, ID_BATCH)) await tx.$executeRaw`SELECT 1 FROM "InventoryItem" WHERE "productId" IN (${shop.sql.join(b)}) ORDER BY id FOR UPDATE`;
  }
  const items = await inLists(productIds, (b) =>
    tx.inventoryItem.findMany({ where: { productId: { in: b } }, select: { id: true, productId: true, variantId: true, onHand: true, allowBackorder: true } }),
  );
  const needsCategories = rows.some((r) => r.category);
  const categories = needsCategories ? await tx.category.findMany({ select: { id: true, name: true } }) : [];
  const itemsOf = new Map<number, Item[]>();
  for (const i of items) itemsOf.set(i.productId, [...(itemsOf.get(i.productId) ?? []), i]);
  return {
    byHandle: new Map(byHandle.map((p) => [p.handle, p])),
    bySku: new Map(bySku.map((p) => [p.sku!, p])),
    variantBySku: new Map(variants.map((v) => [v.sku!, v])),
    categoryId: categoryResolver(categories),
    itemsOf,
  };
}

/** Category names are not unique in the schema: an exact name wins, then a unique case-insensitive one. */
function categoryResolver(categories: Array<{ id: number; name: string }>) {
  return (name: string): number | string => {
    const exact = categories.filter((c) => c.name === name);
    const loose = exact.length ? exact : categories.filter((c) => c.name.toLowerCase() === name.toLowerCase());
    if (loose.length === 1) return loose[0].id;
    if (loose.length > 1) return `Several categories are named "${name}"; rename one of them first (Catalog → Categories).`;
    return `There is no category "${name}". Create it first (Catalog → Categories), or leave the cell empty.`;
  };
}

const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

export async function planImport(shop: Shop, tx: Tx, rows: RowValues[], present: Set<Field>, errors: ImportError[], lock = false): Promise<ImportPlan> {
  const found = await lookups(shop, tx, rows, lock);
  const plan: ImportPlan = { rows: rows.length, creates: [], updates: [], newItems: [], stock: [], unchanged: 0, errors };
  const handleRow = new Map<string, number>();
  const skuRow = new Map<string, number>();
  const productRow = new Map<number, number>();

  for (const r of rows) {
    const before = errors.length;
    const fail = (field: Field | null, message: string) => errors.push({ row: r.row, column: field ? HEADER_OF[field] : null, message });
    const given = (f: Field) => present.has(f) && !r.bad.has(f);

    if (r.handle) {
      const first = handleRow.get(r.handle);
      if (first) fail('handle', `Handle "${r.handle}" is also on row ${first}.`);
      else handleRow.set(r.handle, r.row);
    }
    if (r.sku) {
      const first = skuRow.get(r.sku);
      if (first) fail('sku', `SKU "${r.sku}" is also on row ${first}.`);
      else skuRow.set(r.sku, r.row);
    }
    const byHandle = r.handle ? found.byHandle.get(r.handle) : undefined;
    const bySku = r.sku ? found.bySku.get(r.sku) : undefined;
    const product: Existing | undefined = byHandle ?? bySku;
    if (byHandle && bySku && bySku.id !== byHandle.id) fail('sku', `SKU "${r.sku}" belongs to another product, "${bySku.title}" (handle ${bySku.handle}).`);
    const variant = r.sku ? found.variantBySku.get(r.sku) : undefined;
    if (variant) fail('sku', `SKU "${r.sku}" is used by the variant "${variant.title}" of "${variant.product.title}".`);
    if (product) {
      const first = productRow.get(product.id);
      if (first) fail(null, `Row ${first} already updates this product ("${product.title}").`);
      else productRow.set(product.id, r.row);
    }
    if (!product) {
      if (!r.handle && !r.bad.has('handle')) fail('handle', 'Handle is required for a new product.');
      if (!present.has('title')) fail('title', 'Title is required for a new product.');
    }
    if (given('price') && r.price === null) fail('price', 'Price is required.');
    else if (!product && !present.has('price')) fail('price', 'Price is required for a new product.');

    const currency = product?.currency ?? DEFAULT_CURRENCY;
    const amount = (field: 'price' | 'compareAtPrice'): number | null | undefined => {
      if (!given(field)) return undefined;
      const text = r[field];
      if (text === null || text === undefined) return null;
      try {
        const cents = parseAmount(text, currency);
        if (cents < 0) fail(field, `${HEADER_OF[field]} cannot be negative.`);
        return cents;
      } catch (error) {
        if (!(error instanceof InvalidAmount)) throw error;
        fail(field, `${HEADER_OF[field]} ${error.message}.`);
        return undefined;
      }
    };
    const priceCents = amount('price');
    const compareAtPriceCents = amount('compareAtPrice');
    let categoryId: number | null | undefined;
    if (given('category')) {
      const resolved = r.category ? found.categoryId(r.category) : null;
      if (typeof resolved === 'string') fail('category', resolved);
      else categoryId = resolved;
    }
    const onHand = given('onHand') && r.onHand !== null && r.onHand !== undefined ? r.onHand : undefined;
    const values = {
      title: given('title') ? r.title! : undefined,
      handle: given('handle') && r.handle ? r.handle : undefined,
      status: given('status') && r.status ? r.status : undefined,
      vendor: given('vendor') ? r.vendor : undefined,
      productType: given('productType') ? r.productType : undefined,
      categoryId,
      sku: given('sku') ? r.sku : undefined,
      barcode: given('barcode') ? r.barcode : undefined,
      priceCents: priceCents ?? undefined,
      compareAtPriceCents,
      tags: given('tags') ? (r.tags ?? '') : undefined,
      description: given('description') ? r.description : undefined,
    };

    if (!product) {
      if (onHand !== undefined && onHand < 0) fail('onHand', 'On hand cannot be below 0 for a new product (backorders are off until you allow them).');
      if (errors.length > before || r.bad.size) continue;
      const data = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Prisma.ProductCreateManyInput;
      plan.creates.push({ row: r.row, data, onHand: onHand ?? 0 });
      continue;
    }

    const stock = onHand === undefined ? null : stockChange(onHand, found.itemsOf.get(product.id) ?? [], (m) => fail('onHand', m));
    if (errors.length > before || r.bad.size) continue;
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) if (v !== undefined && !same(v, product[k as keyof Existing])) data[k] = v;
    const items = found.itemsOf.get(product.id) ?? [];
    const own = items.length === 1 && items[0].variantId === null ? items[0] : undefined;
    if ('sku' in data && own) plan.updates.push({ row: r.row, id: product.id, data, itemSku: { itemId: own.id, sku: (data.sku as string | null) ?? null } });
    else if (Object.keys(data).length) plan.updates.push({ row: r.row, id: product.id, data });
    if (stock?.kind === 'delta') plan.stock.push({ inventoryItemId: stock.inventoryItemId, delta: stock.delta });
    if (stock?.kind === 'newItem') plan.newItems.push({ productId: product.id, onHand: stock.onHand, sku: (values.sku === undefined ? product.sku : values.sku) ?? null });
    if (!Object.keys(data).length && !stock) plan.unchanged++;
  }
  return plan;
}

/** On hand set to the file's figure: a delta on the product's one stock row, or a new row. */
type StockStep = { kind: 'delta'; inventoryItemId: number; delta: number } | { kind: 'newItem'; onHand: number } | null | undefined;

function stockChange(onHand: number, items: Item[], fail: (message: string) => void): StockStep {
  if (items.length === 0) {
    if (onHand < 0) return void fail('On hand cannot be below 0 (backorders are off for this product).');
    return onHand === 0 ? null : { kind: 'newItem', onHand };
  }
  if (items.length > 1 || items[0].variantId !== null) {
    const total = items.reduce((s, i) => s + i.onHand, 0);
    if (total !== onHand) fail(`This product has variants: its figure is their total (${total}); set each variant's stock under Inventory.`);
    return null;
  }
  const [item] = items;
  if (onHand < 0 && !item.allowBackorder) return void fail('On hand cannot be below 0: backorders are off for this item.');
  return onHand === item.onHand ? null : { kind: 'delta', inventoryItemId: item.id, delta: onHand - item.onHand };
}
