// The floor: the same result read straight from the driver (better-sqlite3 or pg), no ORM, no HTTP.
import Sqlite from 'better-sqlite3';
import pg from 'pg';

export interface RawDb {
  provider: 'sqlite' | 'postgresql';
  /** Parameters are written $1, $2… in order (rewritten to ? for SQLite). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Every row of a big result, streamed (a cursor on PostgreSQL); answers the row count. */
  each(sql: string, params: unknown[], row: (values: unknown[]) => void): Promise<number>;
  close(): Promise<void>;
}

export function openRaw(url: string): RawDb {
  if (url.startsWith('file:')) {
    const db = new Sqlite(url.slice('file:'.length), { readonly: true });
    const prepare = (sql: string) => db.prepare(sql.replace(/\$\d+/g, '?'));
    return {
      provider: 'sqlite',
      query: async <T>(sql: string, params: unknown[] = []) => prepare(sql).all(...params) as T[],
      async each(sql, params, row) {
        let n = 0;
        for (const values of prepare(sql).raw().iterate(...params)) (row(values as unknown[]), n++);
        return n;
      },
      close: async () => void db.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return {
    provider: 'postgresql',
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    async each(sql, params, row) {
      // Keyset-free streaming: a server-side cursor read in batches, as a client would.
      const client = await pool.connect();
      let n = 0;
      try {
        await client.query('BEGIN');
        await client.query({ text: `DECLARE bench_cursor NO SCROLL CURSOR FOR ${sql}`, values: params });
        for (;;) {
          const { rows } = await client.query({ text: 'FETCH 5000 FROM bench_cursor', rowMode: 'array' });
          if (!rows.length) break;
          for (const values of rows) (row(values), n++);
        }
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      return n;
    },
    close: () => pool.end(),
  };
}
