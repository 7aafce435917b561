-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "increment" BOOLEAN;
ALTER TABLE "Indicator" ADD COLUMN "parts" TEXT;
ALTER TABLE "Indicator" ADD COLUMN "phase" TEXT;
ALTER TABLE "Indicator" ADD COLUMN "upper" REAL;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN "regionCode" TEXT;
