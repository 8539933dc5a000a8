// What differs between SQLite and PostgreSQL in the dashboard's SQL: how a timestamp becomes a
// day, an hour or a weekday (UTC), and how numbers come back. Fragments are built with the
// client's own `shop.sql` (the two generated clients' Sql classes differ).
import type { Shop } from '../../db/transaction.js';
import type { Period, Range } from './period.js';

export type Sql = ReturnType<Shop['sql']['sql']>;

// SQLite keeps Prisma DateTimes as ISO-8601 text in UTC ("2026-11-23T14:05:00.000+00:00"), so
// slicing the text is the cheapest way to a day or an hour; PostgreSQL has timestamptz.
export function dayOf(shop: Shop, column: string): Sql {
  return shop.provider === 'sqlite'
    ? shop.sql.sql`substr(${shop.sql.raw(column)}, 1, 10)`
    : shop.sql.sql`to_char(${shop.sql.raw(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;
}

export function hourBucketOf(shop: Shop, column: string): Sql {
  return shop.provider === 'sqlite'
    ? shop.sql.sql`substr(${shop.sql.raw(column)}, 1, 13)`
    : shop.sql.sql`to_char(${shop.sql.raw(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24')`;
}

/** The chart bucket of a timestamp column, as bucketLabel() writes it. */
export const bucketOf = (shop: Shop, column: string, bucket: Period['bucket']) => (bucket === 'hour' ? hourBucketOf(shop, column) : dayOf(shop, column));

/** Hour 0–23 (UTC) of a timestamp column. */
export function hourOf(shop: Shop, column: string): Sql {
  return shop.provider === 'sqlite'
    ? shop.sql.sql`CAST(substr(${shop.sql.raw(column)}, 12, 2) AS INTEGER)`
    : shop.sql.sql`CAST(EXTRACT(HOUR FROM ${shop.sql.raw(column)} AT TIME ZONE 'UTC') AS INTEGER)`;
}

/** Weekday 0 (Sunday) – 6 of a "YYYY-MM-DD" text. */
export function weekdayOfDay(shop: Shop, dayText: string): Sql {
  return shop.provider === 'sqlite'
    ? shop.sql.sql`CAST(strftime('%w', ${shop.sql.raw(dayText)}) AS INTEGER)`
    : shop.sql.sql`CAST(EXTRACT(DOW FROM CAST(${shop.sql.raw(dayText)} AS date)) AS INTEGER)`;
}

/** column in [from, to). */
export const within = (shop: Shop, column: string, range: Range): Sql =>
  shop.sql.sql`${shop.sql.raw(column)} >= ${range.from} AND ${shop.sql.raw(column)} < ${range.to}`;

/** COUNT and SUM come back as bigint, numeric strings or Decimals depending on the database. */
export const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

export const query = <T>(shop: Shop, sql: Sql): Promise<T[]> => shop.prisma.$queryRaw<T[]>(sql);

/**
 * `"Order" o` and `"OrderLine" l` of the range's orders that were not cancelled, walked by order
 * date and their lines read by order id, whatever the size of the range. SQLite: CROSS JOIN fixes the
 * order (it would otherwise scan every line in product order to spare a sort). PostgreSQL: a LATERAL
 * subquery kept apart by OFFSET 0 (it would otherwise hash every line of the shop to join a day's orders).
 */
export function linesWithin(shop: Shop, range: Range): Sql {
  return shop.provider === 'sqlite'
    ? shop.sql.sql`"Order" o CROSS JOIN "OrderLine" l
         WHERE l."orderId" = o.id AND ${within(shop, 'o."createdAt"', range)} AND o."cancelledAt" IS NULL`
    : shop.sql.sql`"Order" o CROSS JOIN LATERAL (
           SELECT ol."productId", ol."inventoryItemId", ol.title, ol.quantity, ol."unitPriceCents", ol."discountCents"
             FROM "OrderLine" ol WHERE ol."orderId" = o.id OFFSET 0) l
         WHERE ${within(shop, 'o."createdAt"', range)} AND o."cancelledAt" IS NULL`;
}

/** SELECTs glued with UNION ALL (at least one). */
export const unionAll = (shop: Shop, parts: Sql[]): Sql => shop.sql.join(parts, ' UNION ALL ');
