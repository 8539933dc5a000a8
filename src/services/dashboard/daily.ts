// What the orders of a range add to the figures, grouped by UTC day: the figures' rules, in one
// place. The same queries fill the stored past days (rollup.ts) and compute, live, what is not
// stored (today, and a period's partial first or last day), so stored and live parts agree.
import type { Shop } from '../../db/transaction.js';
import type { Period, Range } from './period.js';
import { bucketOf, dayOf, hourOf, linesWithin, within, type Sql } from './sql.js';

/**
 * Sales per bucket (bucket, gross, orders, refunds). An order is a sale on the day it was placed,
 * unless it was cancelled (a cancellation undoes the sale, and its refunds are not counted either).
 * Gross is the orders' totals; refunds are the Refund rows made in the range, whatever day the
 * order was placed.
 */
export const salesRows = (shop: Shop, range: Range, bucket: Period['bucket'] = 'day'): Sql => shop.sql.sql`
  SELECT bucket, SUM(gross) AS gross, SUM(orders) AS orders, SUM(refunds) AS refunds FROM (
    SELECT ${bucketOf(shop, 'o."createdAt"', bucket)} AS bucket, SUM(o."totalCents") AS gross, COUNT(*) AS orders, 0 AS refunds
      FROM "Order" o
     WHERE ${within(shop, 'o."createdAt"', range)} AND o."cancelledAt" IS NULL
     GROUP BY 1
    UNION ALL
    SELECT ${bucketOf(shop, 'r."createdAt"', bucket)} AS bucket, 0 AS gross, 0 AS orders, SUM(r."amountCents") AS refunds
      FROM "Refund" r JOIN "Order" o ON o.id = r."orderId"
     WHERE ${within(shop, 'r."createdAt"', range)} AND o."cancelledAt" IS NULL
     GROUP BY 1
  ) t
  GROUP BY bucket`;

/**
 * Lines sold per day, product and stock item (day, productId, inventoryItemId, title, units,
 * revenue). Cancelled orders do not count; units are those ordered, revenue what the lines cost
 * after line discounts (before refunds). Lines of deleted products are told apart by their title.
 */
export const productRows = (shop: Shop, range: Range): Sql => shop.sql.sql`
  SELECT ${dayOf(shop, 'o."createdAt"')} AS "day", l."productId" AS "productId", l."inventoryItemId" AS "inventoryItemId", MIN(l.title) AS title,
         SUM(l.quantity) AS units, SUM(l."unitPriceCents" * l.quantity - l."discountCents") AS revenue
    FROM ${linesWithin(shop, range)}
   GROUP BY 1, l."productId", l."inventoryItemId", CASE WHEN l."productId" IS NULL THEN l.title END`;

/** Orders placed per day and hour (UTC), cancelled or not: it was work when it came in. */
export const hourRows = (shop: Shop, range: Range): Sql => shop.sql.sql`
  SELECT ${dayOf(shop, 'o."createdAt"')} AS "day", ${hourOf(shop, 'o."createdAt"')} AS "hour", COUNT(*) AS orders
    FROM "Order" o
   WHERE ${within(shop, 'o."createdAt"', range)}
   GROUP BY 1, 2`;

/** Orders and spending per day and customer; cancelled and guest orders do not count. */
export const customerRows = (shop: Shop, range: Range): Sql => shop.sql.sql`
  SELECT ${dayOf(shop, 'o."createdAt"')} AS "day", o."customerId" AS "customerId", COUNT(*) AS orders, SUM(o."totalCents") AS spent
    FROM "Order" o
   WHERE ${within(shop, 'o."createdAt"', range)} AND o."cancelledAt" IS NULL AND o."customerId" IS NOT NULL
   GROUP BY 1, 2`;
