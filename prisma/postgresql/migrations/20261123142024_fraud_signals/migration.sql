-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "fulfilmentHold" TEXT,
ADD COLUMN     "riskReasons" TEXT,
ADD COLUMN     "riskScore" INTEGER;

