// A resource's rows as a CSV stream: pages read from the database are written as they come,
// so the download starts at once and memory stays flat however many rows there are.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify, type CastReturnObject, type Stringifier } from 'csv-stringify';
import type { Shop } from '../../db/transaction.js';
import { Amount, BadExportRequest } from './cells.js';
import { exportSource, pickColumns } from './columns.js';
import type { FilterValues } from './filters.js';

export interface ExportRequest {
  resourceId: string;
  /** Headers to keep, in the order wanted; all columns when absent. */
  columns?: string[];
  filters: FilterValues;
  /** Only these records (a selection). */
  ids?: number[];
  /** Excel's dialect: UTF-8 BOM, `;` between fields, CRLF between records. */
  excel?: boolean;
}

export interface PreparedExport {
  filename: string;
  headers: string[];
  /** Writes the CSV to `out`; resolves to the number of records written. */
  writeTo(out: Writable): Promise<number>;
}

/** "Order" → "orders-2026-11-23.csv" (the UTC date). */
export function exportFilename(resourceId: string, today = new Date()): string {
  const kebab = resourceId.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  const plural = /[^aeiou]y$/.test(kebab) ? `${kebab.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(kebab) ? `${kebab}es` : `${kebab}s`;
  return `${plural}-${today.toISOString().slice(0, 10)}.csv`;
}

/**
 * Checks the request and reads the first page before anything is sent, so a bad request or a
 * failing database still gets a proper error answer. `signal` stops the reading (client gone).
 */
export async function prepareExport(shop: Shop, request: ExportRequest, signal: AbortSignal): Promise<PreparedExport> {
  const source = exportSource(request.resourceId);
  const columns = pickColumns(source.columns, request.columns);
  if (request.ids?.some((id) => !Number.isSafeInteger(id))) throw new BadExportRequest('ids must be whole numbers');
  const pages = source.load(shop, { filters: request.filters, ids: request.ids, signal })[Symbol.asyncIterator]();
  const first = await pages.next();
  return {
    filename: exportFilename(request.resourceId),
    headers: columns.map((c) => c.header),
    async writeTo(out) {
      const csv = csvStringifier(columns.map((c) => c.header), request.excel ?? false);
      const piping = pipeline(csv, out);
      // Failures are read from `piping` at the end; until then they must not count as unhandled.
      piping.catch(() => {});
      csv.on('error', () => {});
      let records = 0;
      try {
        for (let page = first; !page.done; page = await pages.next()) {
          if (signal.aborted) throw signal.reason;
          for (const row of page.value) csv.write(columns.map((c) => c.value(row)));
          records += page.value.length;
          // Wait for the client to take what was written before reading the next page.
          if (csv.writableNeedDrain) await once(csv, 'drain', { signal });
        }
        csv.end();
        await piping;
        return records;
      } catch (error) {
        await pages.return?.(undefined);
        csv.destroy(error as Error);
        await piping.catch(() => {});
        throw error;
      }
    },
  };
}

function csvStringifier(headers: string[], excel: boolean): Stringifier {
  return stringify({
    header: true,
    columns: headers.map((header, i) => ({ key: String(i), header })),
    delimiter: excel ? ';' : ',',
    record_delimiter: excel ? 'windows' : 'unix',
    bom: excel,
    // OWASP: text starting with = + - @ tab or CR is prefixed with ' (spreadsheets would run it).
    escape_formulas: true,
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      date: (value) => value.toISOString(),
      // Amounts are ours: "-5.00" is a number, not a formula, so it is written as it is.
      object: (value) =>
        value instanceof Amount ? (value.text.startsWith('-') ? ({ value: value.text, escape_formulas: false } as CastReturnObject) : value.text) : JSON.stringify(value),
    },
  });
}
