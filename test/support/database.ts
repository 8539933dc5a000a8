// A fresh, migrated database per test file: a copy of a template SQLite file, or a
// PostgreSQL database cloned from a migrated template (scripts/test.mjs prepares both).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseTarget, type DatabaseTarget } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';

export interface TestDatabase extends Database {
  drop(): Promise<void>;
}

export const testProvider = (): DatabaseTarget['provider'] =>
  process.env.COUNTER_TEST_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite';

export async function createTestDatabase(): Promise<TestDatabase> {
  return testProvider() === 'postgresql' ? postgresDatabase() : sqliteDatabase();
}

async function sqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'counter-test-'));
  const file = join(dir, 'shop.db');
  const template = process.env.COUNTER_TEST_SQLITE_TEMPLATE;
  const target = databaseTarget(`file:${file}`);
  if (template) copyFileSync(template, file);
  else await migrateDatabase(target);
  const db = openDatabase(target);
  return { ...db, drop: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
}

async function postgresDatabase(): Promise<TestDatabase> {
  const server = process.env.COUNTER_TEST_PG_URL;
  const template = process.env.COUNTER_TEST_PG_TEMPLATE;
  if (!server || !template) throw new Error('COUNTER_TEST_PG_URL and COUNTER_TEST_PG_TEMPLATE are set by scripts/test.mjs');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = openDatabase(databaseTarget(url.toString()));
  return {
    ...db,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
