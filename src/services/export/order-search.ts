// The orders list's search box ("ada love", "#1004", "martin@") at a million orders. Every word must be
// in the order's name or email or in its customer's first or last name; case is ignored (ASCII on
// SQLite, as its LIKE; fully on PostgreSQL, as ILIKE); `%`, `_` and `\` are plain characters.
// Each word's orders are looked up first through a trigram index (SQLite: the FTS5 table "OrderSearch"
// kept by triggers; PostgreSQL: pg_trgm GIN indexes; migration *_order_search) and the list's query
// gets their ids. A word too short for trigrams (< 3 characters), or in too many orders for an id
// list, is matched through its emails when they are few (SQLite), or stays a plain condition: a scan
// of the (email, customerId, name) index, not of the orders. Limit: on SQLite, a word with % or _ in
// more than MAX_IDS distinct emails keeps LIKE's wildcards there (Prisma's SQLite LIKE has no ESCAPE).
import type { Where, LookupMode } from './filters.js';

/** Past this many orders a word's id list costs Prisma more than the scan it saves (SQLite binds at most 999 values). */
export const MAX_IDS = 500;
/** PostgreSQL binds up to 32,766 values: a common surname's customers still fit, where a subquery inside OR would scan. */
const MAX_CUSTOMERS_PG = 5_000;
const MAX_WORDS = 8;
/** A long word's candidates come from some of its trigrams; the LIKE that follows checks the whole word. */
const MAX_TRIGRAMS = 12;

/** `value` → every word's condition, ANDed. */
export async function orderSearch(value: string, mode: LookupMode): Promise<Where> {
  const words = value.trim().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const ids: number[][] = [];
  const plain: Where[] = [];
  for (const word of words) {
    const found = await ordersWith(word, mode);
    if (found) ids.push(found);
    else plain.push(await plainCondition(word, mode));
  }
  const and: Where[] = [...plain];
  if (ids.length) and.unshift({ id: { in: ids.reduce((a, b) => a.filter((id) => b.includes(id))) } });
  return { AND: and };
}

/** `%word%` for LIKE … ESCAPE '\': the word's own %, _ and \ match themselves. */
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const hasWildcard = (word: string) => /[%_]/.test(word);
const characters = (word: string) => [...word].length;

/** The ids of the orders a word is in (exactly), or null when there are more than MAX_IDS or no index helps. */
async function ordersWith(word: string, { db }: LookupMode): Promise<number[] | null> {
  const pattern = likePattern(word);
  let rows: Array<{ id: number | bigint }>;
  if (db.provider === 'postgresql') {
    if (characters(word) < 3) return null; // pg_trgm needs 3 characters; a plain ILIKE is as fast then
    rows = await db.prisma.$queryRawUnsafe(`SELECT "id" FROM "Order" WHERE "name" ILIKE $1 OR "email" ILIKE $1 LIMIT $2`, pattern, MAX_IDS + 1);
    if (rows.length > MAX_IDS) return null; // PostgreSQL would finish the customers' part before the LIMIT
    rows.push(
      ...(await db.prisma.$queryRawUnsafe<typeof rows>(
        `SELECT o."id" FROM "Order" o WHERE o."customerId" IN (SELECT c."id" FROM "Customer" c WHERE c."firstName" ILIKE $1 OR c."lastName" ILIKE $1) LIMIT $2`,
        pattern,
        MAX_IDS + 1,
      )),
    );
  } else {
    const short = characters(word) < 3;
    // Without trigrams only a scan can find a word, and the plain condition is that scan; except that
    // SQLite's LIKE in Prisma's SQL has no ESCAPE, so a word with % or _ is looked up here, literally.
    if (short && !hasWildcard(word)) return null;
    const orders = short
      ? `SELECT o."id" FROM "Order" o WHERE o."name" LIKE ? ESCAPE '\\' OR o."email" LIKE ? ESCAPE '\\'`
      : `SELECT o."id" FROM "OrderSearch" JOIN "Order" o ON o."id" = "OrderSearch"."rowid"
         WHERE "OrderSearch" MATCH ? AND (o."name" LIKE ? ESCAPE '\\' OR o."email" LIKE ? ESCAPE '\\')`;
    rows = await db.prisma.$queryRawUnsafe(
      `${orders}
       UNION ALL
       SELECT o."id" FROM "Order" o WHERE o."customerId" IN (SELECT c."id" FROM "Customer" c WHERE c."firstName" LIKE ? ESCAPE '\\' OR c."lastName" LIKE ? ESCAPE '\\')
       LIMIT ?`,
      ...(short ? [] : [trigramQuery(word)]),
      pattern, pattern, pattern, pattern,
      MAX_IDS + 1,
    );
  }
  if (rows.length > MAX_IDS) return null;
  return [...new Set(rows.map((r) => Number(r.id)))];
}

/** FTS5 query: the word's trigrams (some of them for a long word), each quoted, all required. */
function trigramQuery(word: string): string {
  const chars = [...word];
  const starts = new Set<number>();
  for (let i = 0; i + 3 <= chars.length && starts.size < MAX_TRIGRAMS - 1; i += 3) starts.add(i);
  starts.add(chars.length - 3);
  return [...starts].map((i) => `"${chars.slice(i, i + 3).join('').replace(/"/g, '""')}"`).join(' AND ');
}

/**
 * SQLite, a word in many orders: the emails that hold it (emails repeat from order to order, so they are
 * fewer), as `in`: the index finds their orders where LIKE would read every email, and % or _ stay
 * literal. Null when there are too many emails too (then LIKE scans, and its wildcards remain).
 */
async function emailsWith(word: string, db: LookupMode['db']): Promise<{ in: string[] } | null> {
  const pattern = likePattern(word);
  const rows = await db.prisma.$queryRawUnsafe<Array<{ email: string }>>(
    characters(word) < 3
      ? `SELECT DISTINCT o."email" FROM "Order" o WHERE o."email" LIKE ? ESCAPE '\\' LIMIT ?`
      : `SELECT DISTINCT o."email" FROM "OrderSearch" JOIN "Order" o ON o."id" = "OrderSearch"."rowid" WHERE "OrderSearch" MATCH ? AND o."email" LIKE ? ESCAPE '\\' LIMIT ?`,
    ...(characters(word) < 3 ? [] : [trigramQuery(word)]),
    pattern,
    MAX_IDS + 1,
  );
  return rows.length > MAX_IDS ? null : { in: rows.map((r) => r.email) };
}

/** An order's name is "#" and its number: only a word of digits (and a leading #) can be in it. */
const couldBeInName = (word: string) => /^#?\d*$/.test(word);

/** The word as a where clause the database answers by scanning; the customers' part as their ids when few. */
async function plainCondition(word: string, { db }: LookupMode): Promise<Where> {
  const pg = db.provider === 'postgresql';
  // PostgreSQL's ILIKE takes \ as its escape, so an escaped word is literal; SQLite's LIKE has none.
  const contains = pg ? { contains: word.replace(/[\\%_]/g, (c) => `\\${c}`), mode: 'insensitive' } : { contains: word };
  const byEmails = !pg && (characters(word) >= 3 || hasWildcard(word)) && (await emailsWith(word, db));
  const or: Where[] = [{ email: byEmails || contains }];
  if (couldBeInName(word)) or.push({ name: contains });
  const customers = await db.prisma.$queryRawUnsafe<Array<{ id: number | bigint }>>(
    pg
      ? `SELECT "id" FROM "Customer" WHERE "firstName" ILIKE $1 OR "lastName" ILIKE $1 LIMIT $2`
      : `SELECT "id" FROM "Customer" WHERE "firstName" LIKE ? ESCAPE '\\' OR "lastName" LIKE ? ESCAPE '\\' LIMIT ?`,
    ...(pg ? [likePattern(word)] : [likePattern(word), likePattern(word)]),
    (pg ? MAX_CUSTOMERS_PG : MAX_IDS) + 1,
  );
  if (pg && customers.length && customers.length <= MAX_IDS) {
    // A customers' part inside OR keeps PostgreSQL from its trigram indexes (it scans every order): their
    // orders that the email or number does not already match are usually none or few, then given as ids.
    const ids = customers.map((c) => Number(c.id));
    const extra = await db.prisma.$queryRawUnsafe<Array<{ id: number }>>(
      `SELECT "id" FROM "Order" WHERE "customerId" IN (${ids.map((_, i) => `$${i + 3}`).join(', ')}) AND NOT ("email" ILIKE $1 OR "name" ILIKE $1) LIMIT $2`,
      likePattern(word),
      MAX_IDS + 1,
      ...ids,
    );
    if (extra.length <= MAX_IDS) return { OR: extra.length ? [...or, { id: { in: extra.map((r) => Number(r.id)) } }] : or };
  }
  if (customers.length > (pg ? MAX_CUSTOMERS_PG : MAX_IDS)) or.push({ customer: { is: { OR: [{ firstName: contains }, { lastName: contains }] } } });
  else if (customers.length) or.push({ customerId: { in: customers.map((c) => Number(c.id)) } });
  return { OR: or };
}
