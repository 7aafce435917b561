-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Sentence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "confidence" REAL NOT NULL,
    "flags" TEXT NOT NULL DEFAULT '[]',
    "searchText" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Sentence_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Sentence" ("confidence", "end", "flags", "id", "index", "kind", "paragraph", "part", "reason", "reportId", "role", "sectionIndex", "start", "subtype", "text") SELECT "confidence", "end", "flags", "id", "index", "kind", "paragraph", "part", "reason", "reportId", "role", "sectionIndex", "start", "subtype", "text" FROM "Sentence";
DROP TABLE "Sentence";
ALTER TABLE "new_Sentence" RENAME TO "Sentence";
CREATE INDEX "Sentence_reportId_kind_idx" ON "Sentence"("reportId", "kind");
CREATE UNIQUE INDEX "Sentence_reportId_index_key" ON "Sentence"("reportId", "index");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Sentence search (hand-written, see docs/decisions/002-sentence-search.md).
-- An external-content FTS5 index over "Sentence"."searchText" (space-separated character bigrams, lib/search).
-- The 'ascii' tokenizer splits on ASCII separators only, so each stored bigram is exactly one FTS token,
-- prefix=1 indexes one-character prefixes for single-character queries ("增" *).
-- Triggers keep it in step with every write to "Sentence", inside the writer's transaction, cascades included.
-- A later migration that redefines "Sentence" (Prisma's RedefineTables) drops these triggers: recreate them there,
-- then run INSERT INTO "sentence_fts"("sentence_fts") VALUES ('rebuild'). The search tests fail if they are missing.
CREATE VIRTUAL TABLE "sentence_fts" USING fts5("searchText", content='Sentence', content_rowid='id', tokenize='ascii', prefix='1');

CREATE TRIGGER "Sentence_search_insert" AFTER INSERT ON "Sentence" BEGIN
  INSERT INTO "sentence_fts"(rowid, "searchText") VALUES (new."id", new."searchText");
END;

CREATE TRIGGER "Sentence_search_delete" AFTER DELETE ON "Sentence" BEGIN
  INSERT INTO "sentence_fts"("sentence_fts", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
END;

CREATE TRIGGER "Sentence_search_update" AFTER UPDATE OF "id", "searchText" ON "Sentence" BEGIN
  INSERT INTO "sentence_fts"("sentence_fts", rowid, "searchText") VALUES ('delete', old."id", old."searchText");
  INSERT INTO "sentence_fts"(rowid, "searchText") VALUES (new."id", new."searchText");
END;

-- Existing sentences have an empty "searchText" until `npm run db:reanalyze` rewrites them (and their index rows).
INSERT INTO "sentence_fts"("sentence_fts") VALUES ('rebuild');
