-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN "correction" TEXT;

-- AlterTable
ALTER TABLE "Sentence" ADD COLUMN "correction" TEXT;
