// prisma/schema.prisma is written for SQLite; PostgreSQL gets a derived copy, never edited by hand.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

export const SQLITE_SCHEMA = 'prisma/schema.prisma';
export const POSTGRES_SCHEMA = 'prisma/postgresql/schema.prisma';

export function postgresSchema(source) {
  const out = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = env("DATABASE_URL")')
    .replace(/engineType = "client"/, 'engineType = "client"\n  output     = "../../node_modules/.prisma/pg-client"')
    // timestamps with time zone, so reports group by the shop's hours whatever the server's zone
    .replace(/^(\s+\w+\s+DateTime\??)(.*)$/gm, (line, head, rest) => `${head} ${rest.trim()} @db.Timestamptz(3)`.replace(/\s+$/, ''));
  if (out === source) throw new Error('postgres-schema: nothing was replaced in the SQLite schema');
  return `// GENERATED from prisma/schema.prisma by scripts/postgres-schema.mjs: do not edit.\n${out}`;
}

export function writePostgresSchema() {
  mkdirSync('prisma/postgresql', { recursive: true });
  writeFileSync(POSTGRES_SCHEMA, postgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8')));
}
