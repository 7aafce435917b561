-- A quick stand-in for the 10,000-report bench database when importing it is too slow for the time at hand (it takes
-- 8 min on a quiet 2-core machine, an hour under a load average of 15): the reports already imported are copied
-- :copies times in SQL, with their sentences (search reads only Report and Sentence), under new ids, slugs and
-- content hashes. Years, regions and texts repeat, so a search finds the same sentences in each copy. Usage:
--   psql <url> -v copies=2 -v limit=2760 -f scripts/bench/clone-corpus.sql   (the first :limit reports, :copies times)
-- Not for figures other than search: copies have no sections, indicators or comparisons.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE originals AS SELECT "id" FROM "Report" ORDER BY "id" LIMIT :limit;
SELECT max("id") + 1000 AS roff FROM "Report" \gset
SELECT max("id") + 1000 AS soff FROM "Sentence" \gset
DROP INDEX IF EXISTS "Sentence_searchText_gin";
INSERT INTO "Report" ("id","slug","title","region","regionSlug","reviewYear","planYear","inferred","kind","source","speaker","meetingDate","fileName","encoding","script","originalBytes","text","contentHash","version","corrections","warnings","sentenceCount","analysisVersion","createdAt","updatedAt","regionCode")
SELECT r."id" + k * :roff, r."slug" || '-c' || k, r."title", r."region", r."regionSlug", r."reviewYear", r."planYear", r."inferred", r."kind", r."source", r."speaker", r."meetingDate", r."fileName", r."encoding", r."script", r."originalBytes", r."text", r."contentHash" || ':c' || k, r."version", r."corrections", r."warnings", r."sentenceCount", r."analysisVersion", r."createdAt", r."updatedAt", r."regionCode"
FROM "Report" r JOIN originals o ON o."id" = r."id" CROSS JOIN generate_series(1, :copies) k;
INSERT INTO "Sentence" ("id","reportId","index","text","start","end","paragraph","sectionIndex","part","role","kind","subtype","reason","confidence","flags","searchText")
SELECT s."id" + k * :soff, s."reportId" + k * :roff, s."index", s."text", s."start", s."end", s."paragraph", s."sectionIndex", s."part", s."role", s."kind", s."subtype", s."reason", s."confidence", s."flags", s."searchText"
FROM "Sentence" s JOIN originals o ON o."id" = s."reportId" CROSS JOIN generate_series(1, :copies) k;
SELECT setval(pg_get_serial_sequence('"Report"', 'id'), (SELECT max("id") FROM "Report"));
SELECT setval(pg_get_serial_sequence('"Sentence"', 'id'), (SELECT max("id") FROM "Sentence"));
COMMIT;
-- The search index, built once over every row (faster than maintained row by row), as the migration defines it.
SET maintenance_work_mem = '256MB';
CREATE INDEX "Sentence_searchText_gin" ON "Sentence" USING GIN (array_to_tsvector(string_to_array("searchText", ' ')));
ANALYZE "Report";
ANALYZE "Sentence";
