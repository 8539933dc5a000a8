// "Put on sale": the current price becomes the compare-at price and a lower price is set, by a
// percentage or an amount, on products and their variants; "End sale" puts the old price back.
import { z } from 'zod';
import { inTransaction, type Shop, type Tx } from '../../db/transaction.js';
import { InvalidInput } from '../errors.js';
import { parseAmount } from '../money.js';
import { missingOrders, parseOrderIds, type BulkResult } from '../orders/bulk.js';

const saleSchema = z.object({ mode: z.enum(['percent', 'amount']), value: z.string().trim().min(1) });

function salePrice(price: number, mode: 'percent' | 'amount', off: number) {
  const next = mode === 'percent' ? Math.round((price * (100 - off)) / 100) : price - off;
  return next;
}

async function priced(tx: Tx, ids: number[]) {
  return tx.product.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, currency: true, priceCents: true, compareAtPriceCents: true, variants: { select: { id: true, priceCents: true, compareAtPriceCents: true } } } });
}

export async function putOnSale(shop: Shop, input: { productIds: unknown; mode: unknown; value: unknown }): Promise<BulkResult> {
  const ids = parseOrderIds(input.productIds);
  const parsed = saleSchema.safeParse({ mode: input.mode, value: String(input.value ?? '') });
  if (!parsed.success) throw new InvalidInput('Choose a percentage or an amount off, and type it.');
  const { mode, value } = parsed.data;
  const percent = Number(value.replace(',', '.'));
  if (mode === 'percent' && (!Number.isInteger(percent) || percent < 1 || percent > 99)) throw new InvalidInput('A percentage off between 1 and 99.');
  return inTransaction(shop, async (tx) => {
    const products = await priced(tx, ids);
    const result: BulkResult = { done: [], skipped: missingOrders(ids, new Set(products.map((p) => p.id))).map((s) => ({ ...s, name: `product ${s.id}` })) };
    for (const p of products) {
      const ref = { id: p.id, name: p.title };
      if (p.compareAtPriceCents !== null) {
        result.skipped.push({ ...ref, reason: 'already on sale' });
        continue;
      }
      const off = mode === 'percent' ? percent : parseAmount(value, p.currency);
      const rows = [p, ...p.variants];
      if (rows.some((r) => salePrice(r.priceCents, mode, off) <= 0)) {
        result.skipped.push({ ...ref, reason: 'the price would drop to zero or below' });
        continue;
      }
      await tx.product.update({ where: { id: p.id }, data: { compareAtPriceCents: p.priceCents, priceCents: salePrice(p.priceCents, mode, off) } });
      for (const v of p.variants) await tx.productVariant.update({ where: { id: v.id }, data: { compareAtPriceCents: v.compareAtPriceCents ?? v.priceCents, priceCents: salePrice(v.priceCents, mode, off) } });
      result.done.push(ref);
    }
    return result;
  });
}

export async function endSale(shop: Shop, input: { productIds: unknown }): Promise<BulkResult> {
  const ids = parseOrderIds(input.productIds);
  return inTransaction(shop, async (tx) => {
    const products = await priced(tx, ids);
    const result: BulkResult = { done: [], skipped: missingOrders(ids, new Set(products.map((p) => p.id))).map((s) => ({ ...s, name: `product ${s.id}` })) };
    for (const p of products) {
      if (p.compareAtPriceCents === null) {
        result.skipped.push({ id: p.id, name: p.title, reason: 'not on sale' });
        continue;
      }
      await tx.product.update({ where: { id: p.id }, data: { priceCents: p.compareAtPriceCents, compareAtPriceCents: null } });
      for (const v of p.variants) if (v.compareAtPriceCents !== null) await tx.productVariant.update({ where: { id: v.id }, data: { priceCents: v.compareAtPriceCents, compareAtPriceCents: null } });
      result.done.push({ id: p.id, name: p.title });
    }
    return result;
  });
}
