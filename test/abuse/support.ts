// Shared by the abuse suite: the bad values, a dump of the whole database to prove a refused
// request changed nothing, and a tally so the run can say how many cases it sent.
import { appendFileSync } from 'node:fs';
import type { Shop } from '../../src/db/transaction.js';

/** ABUSE_PROGRESS=<file>: one line per case sent, to follow a long run. */
export const progress = (line: string) => process.env.ABUSE_PROGRESS && appendFileSync(process.env.ABUSE_PROGRESS, `${line}\n`);

export const MEGABYTE = 'x'.repeat(1024 * 1024);

/** Every bad value, with a name for the report. `refuse` says whether a text field must refuse it too. */
export const BAD_VALUES: Array<{ name: string; value: string; textMustRefuse: boolean }> = [
  { name: 'wrong type (word)', value: 'abc', textMustRefuse: false },
  { name: 'wrong type (object notation)', value: '[object Object]', textMustRefuse: false },
  { name: 'wrong type (JSON)', value: '{"gt":0}', textMustRefuse: false },
  { name: '1 MB string', value: MEGABYTE, textMustRefuse: true },
  { name: 'negative', value: '-1', textMustRefuse: false },
  { name: 'overflowing float', value: '1e308', textMustRefuse: false },
  { name: '2^63', value: '9223372036854775808', textMustRefuse: false },
  { name: 'NaN', value: 'NaN', textMustRefuse: false },
  { name: 'empty', value: '', textMustRefuse: false },
  { name: 'unknown id', value: '999999999', textMustRefuse: false },
  { name: 'SQL fragment', value: `'; DROP TABLE "Order"; --`, textMustRefuse: false },
  { name: 'script', value: '<script>alert(1)</script>', textMustRefuse: false },
  { name: 'template', value: '{{7*7}} ${7*7}', textMustRefuse: false },
  { name: 'NUL byte', value: 'a\u0000b', textMustRefuse: true },
  { name: 'unicode', value: 'Zoë 🧪 \u202Eevil\u202C \uFFFF', textMustRefuse: false },
  { name: 'formula', value: '=HYPERLINK("http://x.test","click")', textMustRefuse: false },
];

/** The same values where a URL carries them (a 1 MB query is refused by Node itself with 431; 10 kB reaches the app). */
export const QUERY_VALUES = [...BAD_VALUES.filter((v) => v.value !== MEGABYTE), { name: '10 kB string', value: 'y'.repeat(10_000), textMustRefuse: false }];

/** Ids in a URL: unknown, malformed, overflowing. (An id of another resource is added per resource.) */
export const BAD_IDS = ['999999999', 'abc', '-1', '1e308', '9223372036854775808', '1.5', '0', "1'--", '%00', '1,2'];

/** Every row of every table but the ones a login itself writes, as comparable text per table. */
export async function dumpDatabase(shop: Shop): Promise<Record<string, string>> {
  const prisma = shop.prisma as unknown as Record<string, { findMany?: (a: object) => Promise<unknown[]> }>;
  const models = Object.keys(shop.prisma).filter((k) => !k.startsWith('$') && !k.startsWith('_') && k !== 'session' && k !== 'loginFailure');
  const out: Record<string, string> = {};
  for (const m of models) {
    const delegate = prisma[m];
    if (typeof delegate?.findMany !== 'function') continue;
    const rows = await delegate.findMany({ orderBy: { id: 'asc' } }).catch(() => delegate.findMany!({}));
    const skip = (k: string, v: unknown) => (m === 'staffUser' && (k === 'lastLoginAt' || k === 'updatedAt') ? undefined : typeof v === 'bigint' ? String(v) : v);
    out[m] = JSON.stringify(rows, skip);
  }
  return out;
}

export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(before).filter((m) => before[m] !== after[m]);
}

/** A response that says no: a 4xx, an error notice, or validation errors on the record. */
export function isRefusal(res: { status: number; body?: unknown }): boolean {
  if (res.status >= 400) return true;
  const body = (res.body ?? {}) as { notice?: { type?: string }; record?: { errors?: Record<string, unknown> } };
  return body.notice?.type === 'error' || Object.keys(body.record?.errors ?? {}).length > 0;
}

export const short = (value: string) => (value.length > 40 ? `${value.slice(0, 20)}…(${value.length})` : JSON.stringify(value));

const UNWATCHED = new Set(['Session', 'LoginFailure']);

/**
 * A write log kept by the database itself: a trigger on every table (sessions and login failures
 * aside) notes each row written, so "this refused request changed nothing" costs one count instead
 * of a whole dump per case. A rolled-back transaction leaves no note, exactly like it leaves no row.
 */
export async function watchWrites(shop: Shop & { provider: 'sqlite' | 'postgresql' }) {
  const { fullDmmf } = await import('../../src/db/dmmf.js');
  const tables = fullDmmf().datamodel.models.map((m) => m.name).filter((t) => !UNWATCHED.has(t));
  const exec = (sql: string) => shop.prisma.$executeRawUnsafe(sql);
  await exec('CREATE TABLE "AbuseWrite" ("tbl" TEXT NOT NULL)');
  if (shop.provider === 'postgresql') {
    await exec(`CREATE FUNCTION abuse_write() RETURNS trigger AS $$ BEGIN INSERT INTO "AbuseWrite" VALUES (TG_TABLE_NAME); RETURN NULL; END $$ LANGUAGE plpgsql`);
    for (const t of tables) await exec(`CREATE TRIGGER "abuse_${t}" AFTER INSERT OR UPDATE OR DELETE ON "${t}" FOR EACH ROW EXECUTE FUNCTION abuse_write()`);
  } else {
    for (const t of tables) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) await exec(`CREATE TRIGGER "abuse_${t}_${op}" AFTER ${op} ON "${t}" BEGIN INSERT INTO "AbuseWrite" VALUES ('${t}'); END`);
    }
  }
  return {
    /** Tables written since the last call (and forget them). */
    async take(): Promise<string[]> {
      const rows = await shop.prisma.$queryRawUnsafe<Array<{ tbl: string }>>('SELECT DISTINCT "tbl" FROM "AbuseWrite"');
      if (rows.length) await exec('DELETE FROM "AbuseWrite"');
      return rows.map((r) => r.tbl).sort();
    },
  };
}
