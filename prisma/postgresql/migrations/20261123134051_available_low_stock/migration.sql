-- AlterTable (hand-written: generated columns, which Prisma's schema language cannot express)
ALTER TABLE "InventoryItem" ADD COLUMN "available" INTEGER GENERATED ALWAYS AS ("onHand" - "committed") STORED,
ADD COLUMN "lowStock" BOOLEAN GENERATED ALWAYS AS ("onHand" - "committed" <= "lowStockThreshold") STORED;

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "ordersCount" INTEGER NOT NULL DEFAULT 0;
UPDATE "Customer" c SET "ordersCount" = (SELECT COUNT(*) FROM "Order" o WHERE o."customerId" = c."id" AND o."cancelledAt" IS NULL);

-- CreateIndex
CREATE INDEX "InventoryItem_lowStock_idx" ON "InventoryItem"("lowStock");

-- CreateIndex
CREATE INDEX "Customer_ordersCount_idx" ON "Customer"("ordersCount");

