-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "parts" TEXT,
ADD COLUMN     "phase" TEXT,
ADD COLUMN     "upper" DOUBLE PRECISION;
