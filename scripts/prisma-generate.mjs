// postinstall: derive the PostgreSQL schema from prisma/schema.prisma, then generate
// both Prisma clients (SQLite → @prisma/client, PostgreSQL → .prisma/pg-client).
// prisma.config.ts picks schema and adapter from DATABASE_URL, so each run sets its own.
import { execFileSync } from 'node:child_process';
import { writePostgresSchema } from './postgres-schema.mjs';

writePostgresSchema();
for (const url of ['file:./data/counter.db', 'postgresql://localhost/counter']) {
  execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'generate'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
}
console.log('Prisma clients generated for SQLite and PostgreSQL.');
