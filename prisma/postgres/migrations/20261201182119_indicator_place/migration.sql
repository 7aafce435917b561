-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "place" TEXT;
