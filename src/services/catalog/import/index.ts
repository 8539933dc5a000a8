// Product CSV import (the product export's columns): a check that writes nothing, and the import
// itself, which checks again inside one transaction and writes everything or nothing. Products are
// matched by handle, then SKU; stock is set to the file's "On hand" through the stock ledger (IMPORT).
import { Prisma } from '@prisma/client';
import { chunks, inTransaction, ROW_BATCH, type Shop, type Tx } from '../../../db/transaction.js';
import { recordEvent } from '../../audit.js';
import { InvalidInput, Refused } from '../../errors.js';
import { applyStockChanges } from '../../inventory.js';
import { IMPORT_COLUMNS, mapHeader, readRows, type Field, type RowValues } from './columns.js';
import { planImport, type ImportPlan } from './plan.js';
import { readCsv, type ImportError } from './read.js';

export type { ImportError } from './read.js';
export { IMPORT_COLUMNS } from './columns.js';

export interface ImportReport {
  /** Data rows in the file (blank lines aside). */
  rows: number;
  creates: number;
  updates: number;
  unchanged: number;
  /** Stock rows whose on-hand figure changes (new products with stock included). */
  stockChanges: number;
  /** The first MAX_ERRORS problems, in row order; `errorCount` says how many there are in all. */
  errors: ImportError[];
  errorCount: number;
  applied: boolean;
}

export const MAX_ERRORS = 500;

/** The file had problems: nothing was written. Carries the full report for the screen. */
export class ProductImportRefused extends InvalidInput {
  constructor(readonly report: ImportReport) {
    super(`Nothing was imported: the file has ${report.errorCount} problem${report.errorCount === 1 ? '' : 's'}${report.errors[0] ? ` (row ${report.errors[0].row}: ${report.errors[0].message})` : ''}.`);
  }
}

type Prepared = { total: number; rows: RowValues[]; present: Set<Field>; errors: ImportError[] } | { fileError: ImportError };

function prepare(file: Uint8Array): Prepared {
  const read = readCsv(file);
  if ('error' in read) return { fileError: read.error };
  const header = mapHeader(read.header);
  if ('error' in header) return { fileError: header.error };
  const errors: ImportError[] = [];
  const rows = readRows(header.fields, read.rows, errors);
  const total = read.rows.filter((r) => r.cells.some((c) => c.trim() !== '')).length;
  if (total === 0) return { fileError: { row: 2, column: null, message: 'The file has a header but no products.' } };
  return { total, rows, present: new Set(header.fields.filter((f): f is Field => f !== null)), errors };
}

const HEADERS: string[] = Object.keys(IMPORT_COLUMNS);
const columnOrder = (e: ImportError) => (e.column === null ? -1 : HEADERS.indexOf(e.column));

function reportOf(plan: Pick<ImportPlan, 'rows' | 'errors'> & Partial<ImportPlan>, applied: boolean): ImportReport {
  const errors = [...plan.errors].sort((a, b) => a.row - b.row || columnOrder(a) - columnOrder(b));
  const stockChanges = (plan.stock?.length ?? 0) + (plan.newItems ?? []).filter((i) => i.onHand !== 0).length + (plan.creates ?? []).filter((c) => c.onHand !== 0).length;
  return {
    rows: plan.rows, creates: plan.creates?.length ?? 0, updates: plan.updates?.length ?? 0, unchanged: plan.unchanged ?? 0, stockChanges,
    errors: errors.slice(0, MAX_ERRORS), errorCount: errors.length, applied,
  };
}

/** The dry run: every row checked against the shop, nothing written. */
export async function checkProductImport(shop: Shop, input: { file: Uint8Array }): Promise<ImportReport> {
  const prepared = prepare(input.file);
  if ('fileError' in prepared) return reportOf({ rows: 0, errors: [prepared.fileError] }, false);
  const plan = await planImport(shop, shop.prisma, prepared.rows, prepared.present, prepared.errors);
  return reportOf({ ...plan, rows: prepared.total }, false);
}

/** The import: the same checks, then every change in one transaction; any problem refuses the whole file. */
export async function importProducts(shop: Shop, input: { file: Uint8Array; staffUserId?: number | null }): Promise<ImportReport> {
  const prepared = prepare(input.file);
  if ('fileError' in prepared) throw new ProductImportRefused(reportOf({ rows: 0, errors: [prepared.fileError] }, false));
  try {
    return await inTransaction(shop, async (tx) => {
      const plan = await planImport(shop, tx, prepared.rows, prepared.present, prepared.errors, true);
      plan.rows = prepared.total;
      if (plan.errors.length) throw new ProductImportRefused(reportOf(plan, false));
      await write(tx, plan, input.staffUserId ?? null);
      return reportOf(plan, true);
    });
  } catch (error) {
    // Someone took a handle or SKU of the file between our check and our write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new Refused('Another change used a handle or SKU of this file while it was being imported; nothing was imported. Check the file again.');
    }
    throw error;
  }
}

async function write(tx: Tx, plan: ImportPlan, staffUserId: number | null) {
  const created: Array<{ id: number; handle: string }> = [];
  for (const part of chunks(plan.creates, ROW_BATCH)) {
    created.push(...(await tx.product.createManyAndReturn({ data: part.map((c) => c.data), select: { id: true, handle: true } })));
  }
  const newId = new Map(created.map((p) => [p.handle, p.id]));
  // Every new product, and every old one without a stock row, gets one (what ensureInventoryItem does, in bulk).
  const rows = [...plan.creates.map((c) => ({ productId: newId.get(c.data.handle)!, sku: c.data.sku ?? null, onHand: c.onHand })), ...plan.newItems];
  const stock = plan.stock.map((s) => ({ inventoryItemId: s.inventoryItemId, delta: s.delta }));
  for (const part of chunks(rows, ROW_BATCH)) {
    const items = await tx.inventoryItem.createManyAndReturn({ data: part.map((r) => ({ productId: r.productId, sku: r.sku })), select: { id: true, productId: true } });
    const onHand = new Map(part.map((r) => [r.productId, r.onHand]));
    for (const item of items) stock.push({ inventoryItemId: item.id, delta: onHand.get(item.productId) ?? 0 });
  }
  for (const u of plan.updates) {
    await tx.product.update({ where: { id: u.id }, data: u.data });
    if (u.itemSku) await tx.inventoryItem.update({ where: { id: u.itemSku.itemId }, data: { sku: u.itemSku.sku } });
  }
  await applyStockChanges(tx, stock.map((s) => ({ inventoryItemId: s.inventoryItemId, reason: 'IMPORT' as const, onHandDelta: s.delta, staffUserId, note: 'CSV import' })));
  const stockChanges = stock.filter((s) => s.delta !== 0).length;
  await recordEvent(tx, {
    action: 'products.imported', subjectType: 'Product', subjectId: 'import', staffUserId,
    message: `CSV import: ${plan.creates.length} created, ${plan.updates.length} updated, stock changed on ${stockChanges} item${stockChanges === 1 ? '' : 's'}`,
    data: { rows: plan.rows, creates: plan.creates.length, updates: plan.updates.length, stockChanges },
  });
}
