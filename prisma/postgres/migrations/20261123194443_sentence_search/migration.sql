-- AlterTable
ALTER TABLE "Sentence" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';

-- Sentence search (hand-written, see docs/decisions/002-sentence-search.md).
-- "searchText" holds space-separated character bigrams (lib/search). The GIN index stores them as lexemes
-- without PostgreSQL's text parser (no dependence on the database's ctype): array_to_tsvector(string_to_array(…)).
-- Queries AND the bigrams with a tsquery (exact in GIN, no recheck) and confirm adjacency with a LIKE on "searchText".
-- PostgreSQL maintains the index itself on every write, inside the writer's transaction.
-- Existing sentences have an empty "searchText" until `npm run db:reanalyze` rewrites them.
CREATE INDEX "Sentence_searchText_gin" ON "Sentence" USING GIN (array_to_tsvector(string_to_array("searchText", ' ')));
