// The product CSV's columns, the same headers as the product export, and what each cell may hold.
// A column left out of the file leaves that field alone; an empty cell clears an optional field.
import type { ProductStatus } from '@prisma/client';
import type { CsvRow, ImportError } from './read.js';

export const IMPORT_COLUMNS = {
  Handle: 'handle',
  Title: 'title',
  Status: 'status',
  Vendor: 'vendor',
  Type: 'productType',
  Category: 'category',
  SKU: 'sku',
  Barcode: 'barcode',
  Price: 'price',
  'Compare At Price': 'compareAtPrice',
  Tags: 'tags',
  Description: 'description',
  'On hand': 'onHand',
} as const;

export type Field = (typeof IMPORT_COLUMNS)[keyof typeof IMPORT_COLUMNS];
export const HEADER_OF = Object.fromEntries(Object.entries(IMPORT_COLUMNS).map(([h, f]) => [f, h])) as Record<Field, string>;

/** One data row, checked on its own: text trimmed, enums and whole numbers read; amounts stay text (their digits depend on the product's currency). */
export interface RowValues {
  row: number;
  /** Fields whose cell was refused (already reported): later checks leave them alone. */
  bad: Set<Field>;
  handle?: string | null;
  title?: string | null;
  status?: ProductStatus | null;
  vendor?: string | null;
  productType?: string | null;
  category?: string | null;
  sku?: string | null;
  barcode?: string | null;
  price?: string | null;
  compareAtPrice?: string | null;
  tags?: string | null;
  description?: string | null;
  onHand?: number | null;
}

/** Header cells → the field of each column; unknown or repeated headers are a file-level error. */
export function mapHeader(header: string[]): { fields: (Field | null)[] } | { error: ImportError } {
  const known = new Map(Object.entries(IMPORT_COLUMNS).map(([h, f]) => [h.toLowerCase(), f]));
  const fields = header.map((h) => (h.trim() === '' ? null : (known.get(unquote(h).trim().toLowerCase()) ?? undefined)));
  const expected = `The columns are those of the product export: ${Object.keys(IMPORT_COLUMNS).join(', ')}.`;
  const unknown = header.filter((_, i) => fields[i] === undefined);
  if (unknown.length) {
    return { error: { row: 1, column: null, message: `Unknown column${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).map((u) => `"${u.slice(0, 40)}"`).join(', ')}${unknown.length > 5 ? '…' : ''}. ${expected}` } };
  }
  const seen = new Set<Field>();
  for (const f of fields) {
    if (f && seen.has(f)) return { error: { row: 1, column: HEADER_OF[f], message: `The column "${HEADER_OF[f]}" appears twice.` } };
    if (f) seen.add(f);
  }
  if (!seen.has('handle') && !seen.has('sku')) return { error: { row: 1, column: null, message: `A Handle or SKU column is needed to know which product each row is. ${expected}` } };
  return { fields: fields as (Field | null)[] };
}

/** Our export prefixes text that a spreadsheet would run (= + - @ tab CR) with a quote; take it off. */
export const unquote = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

const STATUSES: Record<string, ProductStatus> = { draft: 'DRAFT', active: 'ACTIVE', archived: 'ARCHIVED' };
const MAX_TEXT = 255;
const MAX_STOCK = 1_000_000;

type Cell = (text: string, header: string) => { value: RowValues[Field] } | { message: string };

const text = (required: boolean): Cell => (t, header) => {
  const v = t.trim();
  if (v === '') return required ? { message: `${header} is required.` } : { value: null };
  if (v.length > MAX_TEXT) return { message: `${header} is longer than ${MAX_TEXT} characters.` };
  return { value: v };
};

const CELLS: Record<Field, Cell> = {
  handle: (t, header) => {
    const v = t.trim();
    if (/\s/.test(v)) return { message: `${header} "${v}" has spaces; write it like blue-shirt.` };
    return text(false)(v, header);
  },
  title: text(true),
  status: (t, header) => {
    const v = t.trim().toLowerCase();
    if (v === '') return { value: null };
    return Object.hasOwn(STATUSES, v) ? { value: STATUSES[v] } : { message: `${header} must be draft, active or archived, not "${t.trim().slice(0, 40)}".` };
  },
  vendor: text(false),
  productType: text(false),
  category: text(false),
  sku: text(false),
  barcode: text(false),
  price: (t) => ({ value: t.trim() === '' ? null : t.trim() }),
  compareAtPrice: (t) => ({ value: t.trim() === '' ? null : t.trim() }),
  tags: (t) => ({ value: t.trim() }),
  // Descriptions keep their own spacing and line breaks.
  description: (t) => ({ value: t.trim() === '' ? null : t }),
  onHand: (t, header) => {
    const v = t.trim();
    if (v === '') return { value: null };
    const n = Number(v);
    if (!/^-?\d+$/.test(v) || Math.abs(n) > MAX_STOCK) return { message: `${header} must be a whole number of units, not "${v.slice(0, 40)}".` };
    return { value: n };
  },
};

/** Each row's cells checked on their own (no database): values, and the row's errors. */
export function readRows(fields: (Field | null)[], rows: CsvRow[], errors: ImportError[]): RowValues[] {
  const out: RowValues[] = [];
  for (const { row, cells } of rows) {
    if (cells.every((c) => c.trim() === '')) continue; // a blank line, or a spreadsheet's ";;;;" row
    if (cells.length !== fields.length) {
      errors.push({ row, column: null, message: `This row has ${cells.length} cells, the header has ${fields.length}; a cell with the separator in it needs quotes.` });
      continue;
    }
    const values: RowValues = { row, bad: new Set() };
    fields.forEach((field, i) => {
      if (!field) return;
      const result = CELLS[field](unquote(cells[i]), HEADER_OF[field]);
      if ('message' in result) {
        errors.push({ row, column: HEADER_OF[field], message: result.message });
        values.bad.add(field);
      } else {
        (values as unknown as Record<string, unknown>)[field] = result.value;
      }
    });
    out.push(values);
  }
  return out;
}
