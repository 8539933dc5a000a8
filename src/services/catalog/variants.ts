// Variants: each is a sellable item with its own SKU, price and stock row. A SKU names one thing
// in the whole shop, so it is unique across products and variants together.
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { inTransaction, type Shop } from '../../db/transaction.js';
import { InvalidInput, NotFound } from '../errors.js';

/** A refusal that belongs under one field of the form. */
export class FieldRefused extends InvalidInput {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** The message when `sku` already names another product or variant, else null. */
export async function skuConflict(db: Db, sku: string | null | undefined, own: { productId?: number; variantId?: number } = {}): Promise<string | null> {
  const value = sku?.trim();
  if (!value) return null;
  const product = await db.product.findFirst({ where: { sku: value, ...(own.productId ? { id: { not: own.productId } } : {}) }, select: { title: true } });
  if (product) return `SKU ${value} is already used by the product "${product.title}".`;
  const variant = await db.productVariant.findFirst({
    where: { sku: value, ...(own.variantId ? { id: { not: own.variantId } } : {}) },
    select: { title: true, product: { select: { title: true } } },
  });
  if (variant) return `SKU ${value} is already used by the variant "${variant.product.title} — ${variant.title}".`;
  // Stock rows may carry a SKU their product lacks (imports, older data).
  const item = await db.inventoryItem.findFirst({
    where: {
      sku: value,
      NOT: own.variantId ? { variantId: own.variantId } : own.productId ? { productId: own.productId, variantId: null } : { id: 0 },
    },
    select: { product: { select: { title: true } } },
  });
  return item ? `SKU ${value} is already used by a stock item of "${item.product.title}".` : null;
}

const text = (max: number) => z.preprocess((v) => (typeof v === 'string' ? v.trim() || null : v ?? null), z.string().max(max).nullable());
const cents = z.preprocess((v) => (v === '' || v === undefined ? null : typeof v === 'string' ? Number(v) : v), z.number().int().min(0).max(1_000_000_000).nullable());

const variantInput = z.object({
  productId: z.coerce.number({ error: 'Choose the product.' }).int().positive('Choose the product.'),
  title: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ error: 'A variant needs a title (e.g. "Blue / M").' }).min(1, 'A variant needs a title (e.g. "Blue / M").').max(200)),
  option1: text(100),
  option2: text(100),
  option3: text(100),
  sku: text(100),
  barcode: text(100),
  priceCents: cents.refine((v) => v !== null, 'A variant needs a price.'),
  compareAtPriceCents: cents,
  position: z.preprocess((v) => (v === '' || v === undefined || v === null ? 0 : Number(v)), z.number().int()),
});

/** Form values as they come (strings, numbers or nothing); the schema above decides. */
export type VariantInput = Partial<Record<keyof z.input<typeof variantInput>, unknown>>;

/** Creates a variant and its stock row in one transaction; refusals name the field they concern. */
export async function createVariant(shop: Shop, input: VariantInput) {
  const parsed = variantInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FieldRefused(String(issue.path[0] ?? 'title'), issue.message);
  }
  const data = { ...parsed.data, priceCents: parsed.data.priceCents! };
  return inTransaction(shop, async (tx) => {
    const product = await tx.product.findUnique({ where: { id: data.productId }, select: { id: true } });
    if (!product) throw new NotFound(`Product ${data.productId} does not exist.`);
    const conflict = await skuConflict(tx as Db, data.sku);
    if (conflict) throw new FieldRefused('sku', conflict);
    const variant = await tx.productVariant.create({ data });
    const item = await tx.inventoryItem.create({ data: { productId: data.productId, variantId: variant.id, sku: data.sku } });
    return { variant, inventoryItem: item };
  });
}

/** A variant's stock row carries its SKU and product, so an edit of either follows it there. */
export async function syncVariantStockRow(db: Db, variantId: number): Promise<void> {
  const variant = await db.productVariant.findUnique({ where: { id: variantId }, select: { sku: true, productId: true } });
  if (variant) await db.inventoryItem.updateMany({ where: { variantId }, data: { sku: variant.sku, productId: variant.productId } });
}
