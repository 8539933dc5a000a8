// Plain rows straight from the driver, for long reads such as a CSV export of a million orders:
// there, Prisma's per-row work (query compiler, result mapping, Date objects) is most of the time.
// And for the small reads every request makes (session, staff standing), where Prisma's per-query
// cost was larger than the read. Reads only, on connections of their own; every write goes through
// Prisma and its transactions.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from '../config.js';

/** A bound value; a number[] is a whole id list, for `reader.inList(column)`. */
export type SqlParam = string | number | null | readonly number[];

export interface RowReader {
  /**
   * The rows of one SELECT, each an array of its values in select order (no object per row).
   * Placeholders are `?` on both databases. Timestamps come back as the driver's text: read them with `isoTime`.
   */
  rows(sql: string, params?: readonly SqlParam[]): Promise<unknown[][]>;
  /** `column` is one of the ids bound to the next `?` (a number[]), in one parameter whatever the length. */
  inList(column: string): string;
  /** A timestamp column's value as `Date#toISOString()` would write it; null stays null. */
  isoTime(value: unknown): string | null;
  close(): Promise<void>;
}

// The driver Prisma's SQLite adapter loads: the same native build, not a second copy.
const requireFromAdapter = createRequire(createRequire(import.meta.url).resolve('@prisma/adapter-better-sqlite3'));

export function openReader(target: DatabaseTarget): RowReader {
  return target.provider === 'sqlite' ? sqliteReader(target.file) : postgresReader(target.url);
}

function sqliteReader(file: string): RowReader {
  const Sqlite = requireFromAdapter('better-sqlite3') as typeof BetterSqlite3;
  const db = new Sqlite(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
  const statements = new Map<string, BetterSqlite3.Statement>();
  const bind = (p: SqlParam) => (Array.isArray(p) ? JSON.stringify(p) : p);
  return {
    async rows(sql: string, params: readonly SqlParam[] = []) {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = db.prepare(sql).raw(true)));
      // One short statement at a time: a read lock held across pages would keep writers waiting (no WAL).
      return statement.all(...params.map(bind)) as unknown[][];
    },
    inList: (column) => `${column} IN (SELECT value FROM json_each(?))`,
    isoTime: sqliteIsoTime,
    close: async () => void db.close(),
  };
}

/** Prisma's SQLite adapter writes "2026-07-26T12:57:48.378+00:00" (or epoch ms); it reads them with `new Date`. */
function sqliteIsoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' && value.length === 29 && value.endsWith('+00:00') && value[10] === 'T') return `${value.slice(0, 23)}Z`;
  return new Date(typeof value === 'bigint' ? Number(value) : (value as string | number)).toISOString();
}

/**
 * The reader's connections per instance: every request's own reads (session, staff standing, screen
 * settings) go through it, next to an export's read-ahead pages, so two would queue requests behind an export.
 */
const READER_CONNECTIONS = 6;

const TIMESTAMP_OIDS = new Set([1114, 1184]); // timestamp, timestamptz: kept as text, no Date per value

function postgresReader(url: string): RowReader {
  // Its own small pool, in UTC so timestamptz text is "2026-07-26 12:57:48.378+00".
  const pool = new pg.Pool({ connectionString: url, max: READER_CONNECTIONS, options: '-c TimeZone=UTC', application_name: 'counter-reader' });
  pool.on('error', () => {}); // an idle connection dropped by the server: the next query opens another
  const types = { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (TIMESTAMP_OIDS.has(oid) ? (text: string) => text : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser };
  const names = new Map<string, string>();
  return {
    async rows(sql: string, params: readonly SqlParam[] = []) {
      let name = names.get(sql);
      if (!name) names.set(sql, (name = `counter_reader_${names.size + 1}`));
      let n = 0;
      // Named: each connection parses and plans the statement once, then reuses it.
      const result = await pool.query<unknown[]>({ name, text: sql.replace(/\?/g, () => `$${++n}`), values: params as unknown[], types, rowMode: 'array' });
      return result.rows;
    },
    inList: (column) => `${column} = ANY(?::int[])`,
    isoTime: postgresIsoTime,
    close: () => pool.end(),
  };
}

/** "2026-07-26 12:57:48.3+00" → "2026-07-26T12:57:48.300Z" (PostgreSQL drops trailing zeros of the fraction). */
function postgresIsoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  const m = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?\+00$/.exec(text);
  if (m) return `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(3, '0').slice(0, 3)}Z`;
  return new Date(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString();
}
