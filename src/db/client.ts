// One Prisma client for SQLite or PostgreSQL, through driver adapters.
import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Prisma, PrismaClient } from '@prisma/client';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { ConfigError, type DatabaseTarget } from '../config.js';
import { openReader, type RowReader } from './reader.js';

export type Db = PrismaClient;
export type Provider = DatabaseTarget['provider'];

const require = createRequire(import.meta.url);

/** Raw-SQL helpers of the client's own runtime (the two generated clients' Sql classes differ). */
export type SqlHelpers = Pick<typeof Prisma, 'join' | 'sql' | 'raw' | 'empty'>;

export interface Database {
  prisma: Db;
  provider: Provider;
  sql: SqlHelpers;
  target: DatabaseTarget;
  /** Plain rows from the driver for long reads (exports), on a connection of its own, opened at first use. */
  reader(): RowReader;
  close(): Promise<void>;
}

/** Checks that the SQLite file can be created or written, with a message that names the path. */
export function assertSqliteWritable(file: string): void {
  const path = resolve(file);
  const dir = dirname(path);
  try {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    closeSync(openSync(path, 'a')); // what SQLite will do: open for writing, creating if needed
  } catch {
    throw new ConfigError(`DATABASE_URL: cannot write the SQLite database at ${path} (check the folder exists and is writable)`);
  }
}

const SQLITE_CACHE_KB = 128 * 1024;

export function openDatabase(target: DatabaseTarget): Database {
  let prisma: Db;
  let sql: SqlHelpers = Prisma;
  if (target.provider === 'sqlite') {
    assertSqliteWritable(target.file);
    prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: target.url }) });
    // SQLite's page cache is 2 MB by default: a big transaction (a bulk fulfil of 10,000 orders adds
    // rows all over indexes of millions of entries) spilled pages to the file mid-way, each spill
    // syncing the journal first. Up to 128 MB, taken only as it is used (one connection per client).
    prisma.$queryRawUnsafe(`PRAGMA cache_size = -${SQLITE_CACHE_KB}`).catch(() => undefined);
  } else {
    // The PostgreSQL client is generated from the derived schema (scripts/postgres-schema.mjs);
    // its API is the same as the SQLite one, so it is typed as such.
    const pgModule = require('.prisma/pg-client') as { PrismaClient: typeof PrismaClient; Prisma: typeof Prisma };
    sql = pgModule.Prisma;
    prisma = new pgModule.PrismaClient({ adapter: new PrismaPg({ connectionString: target.url, max: 10 }) });
  }
  let reader: RowReader | undefined;
  return {
    prisma,
    provider: target.provider,
    sql,
    target,
    reader: () => (reader ??= openReader(target)),
    close: async () => {
      await reader?.close();
      reader = undefined;
      await prisma.$disconnect();
    },
  };
}
