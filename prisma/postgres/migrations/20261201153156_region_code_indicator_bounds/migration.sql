-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "increment" BOOLEAN,
ADD COLUMN     "parts" TEXT,
ADD COLUMN     "phase" TEXT,
ADD COLUMN     "upper" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "regionCode" TEXT;
