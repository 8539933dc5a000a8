// npm run db:migration -- <name>: writes the SQL that takes the last migrated schema to
// prisma/schema.prisma, for SQLite and for PostgreSQL, in new migration folders.
// (`prisma migrate dev` needs a shadow database the offline JS engine cannot provide.)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { postgresSchema, writePostgresSchema, SQLITE_SCHEMA, POSTGRES_SCHEMA } from './postgres-schema.mjs';
import { startCluster } from './pg-cluster.mjs';

const name = (process.argv[2] || '').replace(/[^a-z0-9_]/gi, '_');
if (!name) {
  console.error('usage: npm run db:migration -- <name>');
  process.exit(1);
}
const SNAPSHOT = 'prisma/migrations/schema.snapshot.prisma'; // the schema the last migration reached
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
writePostgresSchema();
mkdirSync('data', { recursive: true });

function diff(url, from, to) {
  const args = from ? ['--from-schema-datamodel', from] : ['--from-empty'];
  return execFileSync(process.execPath, ['node_modules/prisma/build/index.js', 'migrate', 'diff', ...args, '--to-schema-datamodel', to, '--script'], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: 'utf8',
  });
}

// Hand-written SQL a table loses when SQLite's migration redefines it (CREATE "new_X", copy, DROP "X",
// RENAME): the DROP takes the table's triggers with it, so they are written again after the rename.
const KEPT_ON_REDEFINE = { Order: ['prisma/hand-written/sqlite-order-search-triggers.sql'] };
// The ledger rules (migration *_ledger_constraints): one file of triggers per table, sqlite-ledger-<Table>.sql.
for (const file of readdirSync('prisma/hand-written').sort()) {
  const table = /^sqlite-ledger-(\w+)\.sql$/.exec(file)?.[1];
  if (table) (KEPT_ON_REDEFINE[table] ??= []).push(`prisma/hand-written/${file}`);
}

function keepHandWritten(sql) {
  for (const [table, files] of Object.entries(KEPT_ON_REDEFINE)) {
    if (!sql.includes(`DROP TABLE "${table}";`)) continue;
    for (const file of files) sql += `\n-- Hand-written, written again after "${table}" was redefined (${file})\n${readFileSync(file, 'utf8')}`;
  }
  return sql;
}

function write(dir, provider, sql) {
  if (/^-- This is an empty migration/m.test(sql)) return console.log(`${provider}: no change`);
  const folder = `${dir}/${stamp}_${name}`;
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${folder}/migration.sql`, sql);
  writeFileSync(`${dir}/migration_lock.toml`, `provider = "${provider}"\n`);
  console.log(`${provider}: ${folder}/migration.sql`);
}

const previous = existsSync(SNAPSHOT) ? readFileSync(SNAPSHOT, 'utf8') : null;
write('prisma/migrations', 'sqlite', keepHandWritten(diff('file:./data/counter.db', previous && SNAPSHOT, SQLITE_SCHEMA)));

const cluster = await startCluster(); // the PostgreSQL diff needs a live, empty server
const pgPrevious = 'prisma/postgresql/previous.prisma';
try {
  if (previous) writeFileSync(pgPrevious, postgresSchema(previous));
  write('prisma/postgresql/migrations', 'postgresql', diff(cluster.url, previous && pgPrevious, POSTGRES_SCHEMA));
} finally {
  rmSync(pgPrevious, { force: true });
  cluster.stop();
}
copyFileSync(SQLITE_SCHEMA, SNAPSHOT);
