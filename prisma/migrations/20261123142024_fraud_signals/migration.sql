-- AlterTable
ALTER TABLE "Order" ADD COLUMN "fulfilmentHold" TEXT;
ALTER TABLE "Order" ADD COLUMN "riskReasons" TEXT;
ALTER TABLE "Order" ADD COLUMN "riskScore" INTEGER;

