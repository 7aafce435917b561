import "server-only";
// The ranked walk for very common terms (issue 16). Search ranks hits by report year (newest first), then report, then
// document order. Through the index, a word such as 增长 (in about a fifth of all sentences) yields hundreds of
// thousands of candidates that must all be sorted before the first page: 0.5 s on 10,000 reports. The first page of
// that ranking lies in the first few reports of the order, though, so this walk reads only the WALK_REPORTS
// top-ranked reports (after the filters) and checks their sentences directly (the same adjacency patterns the index
// path checks, by LIKE): a bounded set whatever the term. When it finds the page, its hits are exactly the ranking's
// first; when the library has no more reports than it walked, it is the whole answer; otherwise the term is not
// common and the caller takes the index path. docs/decisions/011c-compare-jobs.md (search part).
import { join, raw, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { toLikePatterns, type SearchQuery } from "@/lib/search/query";
import { getDb } from "./db";
import type { HitRow } from "./search";

/** Top-ranked reports read by the walk; with about 200 sentences a report, some 6,000 sentences checked at most. */
export const WALK_REPORTS = 32;

/** A hit of the index path (search.ts), with the number of reports the walk read. */
export interface WalkRow extends HitRow {
  reports: number | bigint;
}

export interface Walk {
  rows: WalkRow[];
  /** Matches among the walked reports. */
  matched: number;
  /** True when the walk read every report the filters allow: `matched` is then the whole count. */
  exhaustive: boolean;
}

export async function walkTopReports(query: SearchQuery, filters: Sql, reportYearSql: Sql, page: { limit: number; offset: number }): Promise<Walk> {
  const adjacency = join(
    toLikePatterns(query).map((forms) => sql`(${join(forms.map((p) => sql`(' ' || s."searchText" || ' ') LIKE ${p}`), " OR ")})`),
    " AND ",
  );
  // The walk's sizes are written into the SQL, not bound: with a bound LIMIT, SQLite cannot tell that `walked` holds 32
  // rows, and scanned every sentence (with a Bloom filter on the walked ids) instead of reading the 32 reports' by
  // index — 10 ms became 150–250 ms on 305 reports (issue 16). Both are constants, never user input.
  const top = raw(String(WALK_REPORTS + 1));
  const walked = raw(String(WALK_REPORTS));
  const rows = await getDb().$queryRaw<WalkRow[]>`
    WITH top AS MATERIALIZED (
      SELECT r."id" AS "id", COALESCE(${reportYearSql}, 0) AS "rank"
      FROM "Report" r
      WHERE 1 = 1 ${filters}
      ORDER BY COALESCE(${reportYearSql}, 0) DESC, r."id" ASC
      LIMIT ${top}
    ),
    walked AS MATERIALIZED (SELECT "id", "rank" FROM top ORDER BY "rank" DESC, "id" ASC LIMIT ${walked}),
    hits AS MATERIALIZED (
      SELECT s."id" AS "id", w."rank" AS "rank", s."reportId" AS "reportId", s."index" AS "index"
      FROM walked w
      JOIN "Sentence" s ON s."reportId" = w."id"
      WHERE ${adjacency}
    )
    SELECT r."slug" AS "slug", r."title" AS "title", r."region" AS "region", r."reviewYear" AS "reviewYear",
           r."planYear" AS "planYear", r."kind" AS "reportKind", s."index" AS "sentenceIndex", s."text" AS "text",
           s."kind" AS "kind", (SELECT COUNT(*) FROM hits) AS "total", (SELECT COUNT(*) FROM top) AS "reports"
    FROM hits h
    JOIN "Sentence" s ON s."id" = h."id"
    JOIN "Report" r ON r."id" = h."reportId"
    ORDER BY h."rank" DESC, h."reportId" ASC, h."index" ASC
    LIMIT ${page.limit} OFFSET ${page.offset}`;
  if (rows.length > 0) return { rows, matched: Number(rows[0].total), exhaustive: Number(rows[0].reports) <= WALK_REPORTS };
  // An empty page still needs to know whether the walk was the whole library.
  const [counts] = await getDb().$queryRaw<{ reports: number | bigint }[]>`SELECT COUNT(*) AS "reports" FROM (SELECT 1 FROM "Report" r WHERE 1 = 1 ${filters} LIMIT ${WALK_REPORTS + 1}) t`;
  return { rows, matched: 0, exhaustive: Number(counts?.reports ?? 0) <= WALK_REPORTS };
}
