// Applies the committed migrations: Prisma's own `migrate deploy` on SQLite (offline JS engine),
// Counter's equivalent on PostgreSQL (see migrate-postgres.ts).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from '../config.js';
import { migratePostgres } from './migrate-postgres.js';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');

export async function migrateDatabase(target: DatabaseTarget): Promise<void> {
  if (target.provider === 'postgresql') {
    await migratePostgres(target.url, join(root, 'prisma', 'postgresql', 'migrations'));
    return;
  }
  try {
    await run(process.execPath, [prismaCli, 'migrate', 'deploy'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: target.url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
  } catch (error) {
    const output = String((error as { stderr?: string; stdout?: string }).stderr || (error as { stdout?: string }).stdout || error);
    const line = output.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('Loaded Prisma config')).find((l) => /error/i.test(l)) ?? output.trim();
    throw new Error(`Database migration failed: ${line}`);
  }
}
