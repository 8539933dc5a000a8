-- CreateIndex
CREATE INDEX "Order_financialStatus_totalCents_createdAt_idx" ON "Order"("financialStatus", "totalCents", "createdAt");

