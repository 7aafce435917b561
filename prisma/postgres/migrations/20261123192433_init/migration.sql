-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "region" TEXT,
    "regionSlug" TEXT,
    "reviewYear" INTEGER,
    "planYear" INTEGER,
    "inferred" TEXT NOT NULL DEFAULT '[]',
    "kind" TEXT NOT NULL,
    "source" TEXT,
    "speaker" TEXT,
    "meetingDate" TEXT,
    "fileName" TEXT,
    "encoding" TEXT NOT NULL DEFAULT 'utf-8',
    "script" TEXT NOT NULL DEFAULT 'simplified',
    "originalBytes" BYTEA NOT NULL,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "corrections" TEXT NOT NULL DEFAULT '{}',
    "warnings" TEXT NOT NULL DEFAULT '[]',
    "sentenceCount" INTEGER NOT NULL DEFAULT 0,
    "analysisVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Section" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "heading" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "part" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Section_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Sentence" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "index" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "paragraph" INTEGER NOT NULL,
    "sectionIndex" INTEGER,
    "part" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "subtype" TEXT,
    "reason" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "flags" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Sentence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "sentenceIndex" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "scale" TEXT,
    "type" TEXT NOT NULL,
    "qualifiers" TEXT NOT NULL DEFAULT '[]',
    "modality" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Comparison" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "leftId" INTEGER NOT NULL,
    "rightId" INTEGER NOT NULL,
    "result" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comparison_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Report_slug_key" ON "Report"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Report_contentHash_key" ON "Report"("contentHash");

-- CreateIndex
CREATE INDEX "Report_regionSlug_reviewYear_idx" ON "Report"("regionSlug", "reviewYear");

-- CreateIndex
CREATE UNIQUE INDEX "Section_reportId_index_key" ON "Section"("reportId", "index");

-- CreateIndex
CREATE INDEX "Sentence_reportId_kind_idx" ON "Sentence"("reportId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Sentence_reportId_index_key" ON "Sentence"("reportId", "index");

-- CreateIndex
CREATE INDEX "Indicator_metric_idx" ON "Indicator"("metric");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_reportId_sentenceIndex_ordinal_key" ON "Indicator"("reportId", "sentenceIndex", "ordinal");

-- CreateIndex
CREATE UNIQUE INDEX "Comparison_key_key" ON "Comparison"("key");

-- CreateIndex
CREATE INDEX "Comparison_leftId_idx" ON "Comparison"("leftId");

-- CreateIndex
CREATE INDEX "Comparison_rightId_idx" ON "Comparison"("rightId");

-- AddForeignKey
ALTER TABLE "Section" ADD CONSTRAINT "Section_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sentence" ADD CONSTRAINT "Sentence_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
