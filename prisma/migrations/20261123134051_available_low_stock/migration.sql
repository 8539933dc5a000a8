-- AlterTable (hand-written: generated columns, which Prisma's schema language cannot express;
-- a later migration that redefines InventoryItem must keep them generated)
ALTER TABLE "InventoryItem" ADD COLUMN "available" INTEGER GENERATED ALWAYS AS ("onHand" - "committed") VIRTUAL;
ALTER TABLE "InventoryItem" ADD COLUMN "lowStock" BOOLEAN GENERATED ALWAYS AS ("onHand" - "committed" <= "lowStockThreshold") VIRTUAL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Customer" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "acceptsMarketing" BOOLEAN NOT NULL DEFAULT false,
    "ordersCount" INTEGER NOT NULL DEFAULT 0,
    "tags" TEXT NOT NULL DEFAULT '',
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Customer" ("acceptsMarketing", "createdAt", "email", "firstName", "id", "lastName", "note", "phone", "tags", "updatedAt") SELECT "acceptsMarketing", "createdAt", "email", "firstName", "id", "lastName", "note", "phone", "tags", "updatedAt" FROM "Customer";
DROP TABLE "Customer";
ALTER TABLE "new_Customer" RENAME TO "Customer";
CREATE UNIQUE INDEX "Customer_email_key" ON "Customer"("email");
CREATE INDEX "Customer_lastName_firstName_idx" ON "Customer"("lastName", "firstName");
CREATE INDEX "Customer_createdAt_idx" ON "Customer"("createdAt");
CREATE INDEX "Customer_ordersCount_idx" ON "Customer"("ordersCount");
UPDATE "Customer" SET "ordersCount" = (SELECT COUNT(*) FROM "Order" o WHERE o."customerId" = "Customer"."id" AND o."cancelledAt" IS NULL);
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "InventoryItem_lowStock_idx" ON "InventoryItem"("lowStock");

