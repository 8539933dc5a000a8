// A resource's rows as a CSV stream: pages read from the database are written as they come,
// so the download starts at once and memory stays flat however many rows there are.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Shop } from '../../db/transaction.js';
import { BadExportRequest, type ExportColumn } from './cells.js';
import { exportSource, pickColumns } from './columns.js';
import { csvDialect, csvField, csvHead, type CsvDialect } from './csv.js';
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
  /** Writes the CSV to `out` and ends it; resolves to the number of records written. On failure `out` is the caller's to destroy. */
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
      const dialect = csvDialect(request.excel ?? false);
      const end = dialect.recordDelimiter;
      const bytes = new ChunkedBytes(out);
      let records = 0;
      try {
        bytes.add(csvHead(columns.map((c) => c.header), dialect) + end);
        const fields: string[] = new Array<string>(columns.length);
        // On PostgreSQL pages are asked for before they are written, so the database reads them while these
        // are formatted (two ahead: a page's orders, then their lines; with one, its lines waited for the
        // formatting). SQLite reads synchronously, so it gains nothing, and a page read ahead is one more
        // page alive at each scavenge: the young generation's survivors doubled, and were promoted.
        const depth = shop.provider === 'postgresql' ? 2 : 0;
        const ahead: Promise<IteratorResult<unknown[]>>[] = [];
        const readAhead = () => {
          while (ahead.length < depth) {
            const next = pages.next();
            next.catch(() => undefined); // awaited below, or dropped with the export
            ahead.push(next);
          }
        };
        for (let page = first; !page.done; ) {
          if (signal.aborted) throw signal.reason;
          readAhead();
          // A turn of the event loop: the read-ahead's queries go out now, not after the formatting, and
          // SQLite's synchronous reads let the other requests in between pages.
          await nextTurn();
          const rows = page.value;
          for (let i = 0; i < rows.length; i++) bytes.add(csvRow(columns, rows[i], dialect, fields) + end);
          records += rows.length;
          // Then wait for the client to take the page before going on: memory holds a page or two.
          if (!bytes.flush()) await once(out, 'drain', { signal });
          page = await (ahead.shift() ?? pages.next());
        }
        bytes.flush();
        out.end();
        await finished(out);
        return records;
      } catch (error) {
        await pages.return?.(undefined);
        throw error;
      }
    },
  };
}

/** A row's fields joined at once (join makes one flat string; a chain of += is flattened again later, at a cost). */
function csvRow<Row>(columns: ExportColumn<Row>[], row: Row, dialect: CsvDialect, fields: string[]): string {
  for (let i = 0; i < columns.length; i++) fields[i] = csvField(columns[i].value(row), dialect);
  return fields.join(dialect.delimiter);
}

const CHUNK_BYTES = 256 * 1024;

/**
 * Rows go out as UTF-8 in Buffers of up to 256 KB, not as strings: a string handed to the response
 * stays in the socket's queue until sent, long enough to be promoted to V8's old generation (a 1M-order
 * export grew the heap by ~300 MB and spent a sixth of its time in GC); a Buffer's bytes are outside the heap.
 */
class ChunkedBytes {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  /** False once a write since the last flush said the client is behind. */
  private flowing = true;

  constructor(private readonly out: Writable) {}

  add(text: string): void {
    const most = text.length * 3; // UTF-8 bytes of a UTF-16 string, at most
    if (this.used + most > CHUNK_BYTES) this.send();
    if (most > CHUNK_BYTES) this.flowing = this.out.write(text) && this.flowing; // a row with a novel in its notes
    else this.used += this.chunk.write(text, this.used);
  }

  /** Sends what is held; answers whether the client kept up since the last flush. */
  flush(): boolean {
    this.send();
    const flowing = this.flowing;
    this.flowing = true;
    return flowing;
  }

  private send(): void {
    if (this.used === 0) return;
    this.flowing = this.out.write(this.chunk.subarray(0, this.used)) && this.flowing;
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES); // the one sent is the response's until written
    this.used = 0;
  }
}
