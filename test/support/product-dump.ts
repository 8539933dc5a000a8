// Everything a product import may touch, in a comparable form: "nothing written" means equal dumps.
import type { Shop } from '../../src/db/transaction.js';

export async function productDump(shop: Shop) {
  const [products, items, movements, events] = await Promise.all([
    shop.prisma.product.findMany({ orderBy: { id: 'asc' } }),
    shop.prisma.inventoryItem.findMany({ orderBy: { id: 'asc' } }),
    shop.prisma.stockMovement.findMany({ orderBy: { id: 'asc' } }),
    shop.prisma.auditEvent.count(),
  ]);
  return { products, items, movements, events };
}

/** A CSV file's bytes from rows of cells (quotes doubled, cells with separators quoted). */
export function csvFile(rows: Array<Array<string | number>>, { separator = ',', bom = false, eol = '\n' } = {}): Buffer {
  const cell = (v: string | number) => {
    const s = String(v);
    return /["\n\r]/.test(s) || s.includes(separator) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return Buffer.from(`${bom ? '\uFEFF' : ''}${rows.map((r) => r.map(cell).join(separator)).join(eol)}${eol}`, 'utf8');
}

export const PRODUCT_HEADER = ['Handle', 'Title', 'Status', 'Vendor', 'Type', 'Category', 'SKU', 'Barcode', 'Price', 'Compare At Price', 'Tags', 'Description', 'On hand'];
