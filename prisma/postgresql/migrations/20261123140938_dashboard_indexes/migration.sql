-- DropIndex
DROP INDEX "OrderLine_orderId_idx";

-- CreateTable
CREATE TABLE "DashboardDay" (
    "day" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "computedVersion" INTEGER,

    CONSTRAINT "DashboardDay_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "SalesDay" (
    "day" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "grossCents" BIGINT NOT NULL,
    "refundsCents" BIGINT NOT NULL,

    CONSTRAINT "SalesDay_pkey" PRIMARY KEY ("day")
);

-- CreateTable
CREATE TABLE "HourSalesDay" (
    "day" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "orders" INTEGER NOT NULL,

    CONSTRAINT "HourSalesDay_pkey" PRIMARY KEY ("day","hour")
);

-- CreateTable
CREATE TABLE "ProductSalesDay" (
    "id" SERIAL NOT NULL,
    "day" TEXT NOT NULL,
    "productId" INTEGER,
    "inventoryItemId" INTEGER,
    "title" TEXT NOT NULL,
    "units" INTEGER NOT NULL,
    "revenueCents" BIGINT NOT NULL,

    CONSTRAINT "ProductSalesDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerSalesDay" (
    "day" TEXT NOT NULL,
    "customerId" INTEGER NOT NULL,
    "orders" INTEGER NOT NULL,
    "spentCents" BIGINT NOT NULL,

    CONSTRAINT "CustomerSalesDay_pkey" PRIMARY KEY ("day","customerId")
);

-- CreateIndex
CREATE INDEX "ProductSalesDay_day_idx" ON "ProductSalesDay"("day");

-- CreateIndex
CREATE INDEX "Order_createdAt_cancelledAt_totalCents_customerId_idx" ON "Order"("createdAt", "cancelledAt", "totalCents", "customerId");

-- CreateIndex
CREATE INDEX "Order_fulfillmentStatus_cancelledAt_archivedAt_idx" ON "Order"("fulfillmentStatus", "cancelledAt", "archivedAt");

-- CreateIndex
CREATE INDEX "Order_financialStatus_cancelledAt_totalCents_idx" ON "Order"("financialStatus", "cancelledAt", "totalCents");

-- CreateIndex
CREATE INDEX "OrderLine_orderId_productId_inventoryItemId_quantity_unitPr_idx" ON "OrderLine"("orderId", "productId", "inventoryItemId", "quantity", "unitPriceCents", "discountCents");

-- CreateIndex
CREATE INDEX "Refund_createdAt_idx" ON "Refund"("createdAt");

