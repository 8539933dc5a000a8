-- DropIndex
DROP INDEX "Order_createdAt_cancelledAt_totalCents_customerId_idx";

-- DropIndex
DROP INDEX "OrderLine_orderId_productId_inventoryItemId_quantity_unitPr_idx";

-- CreateIndex
CREATE INDEX "Order_createdAt_cancelledAt_totalCents_customerId_id_idx" ON "Order"("createdAt", "cancelledAt", "totalCents", "customerId", "id");

-- CreateIndex
CREATE INDEX "OrderLine_orderId_productId_inventoryItemId_quantity_unitPr_idx" ON "OrderLine"("orderId", "productId", "inventoryItemId", "quantity", "unitPriceCents", "discountCents", "title");

