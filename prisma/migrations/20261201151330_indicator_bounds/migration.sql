-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "parts" TEXT;
ALTER TABLE "Indicator" ADD COLUMN "phase" TEXT;
ALTER TABLE "Indicator" ADD COLUMN "upper" REAL;
