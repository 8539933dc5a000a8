-- AlterTable (a plain ADD COLUMN: redefining the table would rewrite every line of a big shop)
ALTER TABLE "OrderLine" ADD COLUMN "orderDiscountCents" INTEGER NOT NULL DEFAULT 0;

-- Lines written before this column held only their share of the order's discount (the demo shop spreads it).
UPDATE "OrderLine" SET "orderDiscountCents" = "discountCents";
-- Orders placed before the share-out kept their discount on the order alone: it goes to their lines in
-- proportion, the first line taking the rounding, so each order's lines add up to its discount.
WITH todo AS (
  SELECT o.id AS "orderId", o."discountCents" AS d FROM "Order" o
   WHERE o."discountCents" > 0 AND NOT EXISTS (SELECT 1 FROM "OrderLine" x WHERE x."orderId" = o.id AND x."discountCents" <> 0)
), base AS (
  SELECT l.id, l."orderId", t.d, CAST(l."unitPriceCents" AS BIGINT) * l.quantity AS gross,
         SUM(CAST(l."unitPriceCents" AS BIGINT) * l.quantity) OVER (PARTITION BY l."orderId") AS total,
         MIN(l.id) OVER (PARTITION BY l."orderId") AS first
    FROM "OrderLine" l JOIN todo t ON t."orderId" = l."orderId"
), shares AS (
  SELECT id, "orderId", first, d, CASE WHEN total > 0 THEN (CAST(d AS BIGINT) * gross) / total ELSE 0 END AS share FROM base
), final AS (
  SELECT id, share + CASE WHEN id = first THEN d - SUM(share) OVER (PARTITION BY "orderId") ELSE 0 END AS share FROM shares
)
UPDATE "OrderLine" SET "discountCents" = CAST(final.share AS INTEGER), "orderDiscountCents" = CAST(final.share AS INTEGER) FROM final WHERE "OrderLine".id = final.id;
