import "server-only";
import { empty, join, sqltag as sql, type Sql } from "@prisma/client/runtime/client";
import { resolveDatabase } from "@/prisma/database-url";
import { parseSearchQuery, termTexts, toFtsMatch, toLikePatterns, toTsQuery, type SearchQuery } from "@/lib/search/query";
import { containsAllTerms, findMatches, type MatchRange } from "@/lib/search/highlight";
import { REPORT_KINDS } from "@/lib/domain/report";
import { getDb } from "./db";
import { walkTopReports } from "./search-walk";
import { cachedSearch } from "./search-cache";
import { reportYear } from "@/lib/text/years";

import type { ReportKind, SentenceKind, StoredReportHeader } from "@/lib/domain";
export type { ReportKind };

export interface SearchOptions {
  q: string;
  /** Report.regionSlug */
  region?: string;
  /** The report's year: its plan year, or the year after its review year. */
  year?: number;
  kind?: ReportKind;
  limit?: number;
  offset?: number;
}

/** A matched sentence with its report's header (the report's kind as reportKind: kind is the sentence's). */
export interface SearchHit extends Omit<StoredReportHeader, "kind"> {
  reportKind: ReportKind;
  sentenceIndex: number;
  text: string;
  kind: SentenceKind;
  /** [start, end) offsets of the matched terms in `text`. */
  matches: MatchRange[];
}

export interface SearchResult {
  hits: SearchHit[];
  /** Matching sentences, or null when there are more than the candidate cap. */
  total: number | null;
  /** True when the candidates were capped: the hits come from the most recently indexed matches only. */
  partial: boolean;
}

/** At most this many matching sentences are ranked per query; one-character queries get a smaller bound. */
export const CANDIDATE_CAP = 50_000;
export const SINGLE_CHAR_CAP = 2000;
export const MAX_LIMIT = 100;

export interface HitRow {
  slug: string;
  title: string;
  region: string | null;
  reviewYear: number | bigint | null;
  planYear: number | bigint | null;
  reportKind: string;
  sentenceIndex: number | bigint;
  text: string;
  kind: string;
  total: number | bigint;
}

const EMPTY: SearchResult = { hits: [], total: 0, partial: false };
// reportYear (lib/text/years.ts) in SQL, for the filter and the order.
const reportYearSql = sql`COALESCE(r."planYear", r."reviewYear" + 1)`;
const num = (v: number | bigint | null) => (v == null ? null : Number(v));

/**
 * Sentences of all reports that contain every word of `q` (Chinese substrings, traditional or simplified), newest
 * report year first, then in document order. The index narrows to candidates (FTS5 on SQLite, GIN on PostgreSQL);
 * each returned sentence is checked by substring on its normalised text before it is returned. Answers are kept in
 * memory while the stored reports are unchanged (search-cache.ts).
 */
export function searchSentences(options: SearchOptions): Promise<SearchResult> {
  return cachedSearch(options, searchUncached);
}

async function searchUncached(options: SearchOptions): Promise<SearchResult> {
  const query = parseSearchQuery(options.q);
  if (query.terms.length === 0) return EMPTY;
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), MAX_LIMIT);
  const offset = Math.max(Math.trunc(options.offset ?? 0), 0);
  const cap = query.singleChar ? SINGLE_CHAR_CAP : CANDIDATE_CAP;
  if (offset >= cap) return { hits: [], total: null, partial: true };

  const conditions = [
    options.region ? sql`r."regionSlug" = ${options.region}` : null,
    options.year != null ? sql`${reportYearSql} = ${options.year}` : null,
    options.kind ? sql`r."kind" = ${options.kind}` : null,
  ].filter((f): f is Sql => f !== null);
  const filters = conditions.length ? join(conditions, " AND ", "AND ") : empty;
  // The top-ranked reports first: for a very common term (or a small library) they hold the page, exactly ranked.
  const walk = await walkTopReports(query, filters, reportYearSql, { limit, offset });
  if (walk.exhaustive && (walk.rows.length > 0 || offset === 0)) return toResult(walk.rows, walk.matched, { offset, partial: false, terms: termTexts(query) });
  if (!walk.exhaustive && walk.matched >= offset + limit) return { hits: verified(walk.rows, termTexts(query)), total: null, partial: false };

  const candidates = resolveDatabase().provider === "postgresql" ? postgresCandidates(query, filters, cap) : sqliteCandidates(query, filters, cap);
  // The candidates carry their rank and position, so the page is chosen before any sentence's text is read: only the
  // page's rows are joined back (a mid-frequency term has thousands of candidates; reading each one's text to sort
  // them was half of its time).
  const rows = await getDb().$queryRaw<HitRow[]>`
    WITH hits AS MATERIALIZED (${candidates}),
    page AS MATERIALIZED (SELECT "id", "rank", "reportId", "index" FROM hits ORDER BY "rank" DESC, "reportId" ASC, "index" ASC LIMIT ${limit} OFFSET ${offset})
    SELECT r."slug" AS "slug", r."title" AS "title", r."region" AS "region", r."reviewYear" AS "reviewYear",
           r."planYear" AS "planYear", r."kind" AS "reportKind", s."index" AS "sentenceIndex", s."text" AS "text",
           s."kind" AS "kind", (SELECT COUNT(*) FROM hits) AS "total"
    FROM page p
    JOIN "Sentence" s ON s."id" = p."id"
    JOIN "Report" r ON r."id" = p."reportId"
    ORDER BY p."rank" DESC, p."reportId" ASC, p."index" ASC`;

  const count = rows.length ? Number(rows[0].total) : offset > 0 ? await countCandidates(candidates) : 0;
  return toResult(rows, count, { offset, partial: count > cap, terms: termTexts(query) });
}

function verified(rows: HitRow[], terms: string[][]): SearchHit[] {
  return rows
    .filter((row) => containsAllTerms(row.text, terms))
    .map((row) => ({
      slug: row.slug, title: row.title, region: row.region, reviewYear: num(row.reviewYear), planYear: num(row.planYear),
      reportKind: row.reportKind as ReportKind, sentenceIndex: Number(row.sentenceIndex), text: row.text, kind: row.kind as SentenceKind,
      matches: findMatches(row.text, terms.flat()),
    }));
}

function toResult(rows: HitRow[], count: number, o: { offset: number; partial: boolean; terms: string[][] }): SearchResult {
  const hits = verified(rows, o.terms);
  // The index counts candidates; the substring check may drop some (1=1 has the tokens of 1 and 1, apart). When this
  // page held every candidate, the verified hits are the exact total.
  const exact = o.offset === 0 && !o.partial && count <= rows.length ? hits.length : count;
  return { hits, total: o.partial ? null : exact, partial: o.partial };
}

async function countCandidates(candidates: Sql): Promise<number> {
  const [row] = await getDb().$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM (${candidates}) c`;
  return Number(row?.n ?? 0);
}

/**
 * SQLite: the FTS5 phrase query drives the join (CROSS JOIN fixes the order) and yields rowids newest first,
 * so the cap keeps the most recently indexed matches.
 */
function sqliteCandidates(query: SearchQuery, filters: Sql, cap: number): Sql {
  return sql`
    SELECT s."id" AS "id", COALESCE(${reportYearSql}, 0) AS "rank", s."reportId" AS "reportId", s."index" AS "index"
    FROM "sentence_fts"
    CROSS JOIN "Sentence" s ON s."id" = "sentence_fts".rowid
    CROSS JOIN "Report" r ON r."id" = s."reportId"
    WHERE "sentence_fts" MATCH ${toFtsMatch(query)} ${filters}
    ORDER BY "sentence_fts".rowid DESC
    LIMIT ${cap + 1}`;
}

/**
 * PostgreSQL: the GIN index answers the AND of all bigram lexemes exactly; the LIKE patterns then check that each
 * term's bigrams stand side by side. "+ 0" keeps the planner from walking the primary key backwards instead.
 */
function postgresCandidates(query: SearchQuery, filters: Sql, cap: number): Sql {
  const adjacency = join(
    toLikePatterns(query).map((forms) => sql`(${join(forms.map((p) => sql`(' ' || s."searchText" || ' ') LIKE ${p}`), " OR ")})`),
    " AND ",
  );
  return sql`
    SELECT s."id" AS "id", COALESCE(${reportYearSql}, 0) AS "rank", s."reportId" AS "reportId", s."index" AS "index"
    FROM "Sentence" s
    JOIN "Report" r ON r."id" = s."reportId"
    WHERE array_to_tsvector(string_to_array(s."searchText", ' ')) @@ CAST(${toTsQuery(query)} AS tsquery)
      AND ${adjacency} ${filters}
    ORDER BY s."id" + 0 DESC
    LIMIT ${cap + 1}`;
}

export interface SearchFacets {
  regions: { slug: string; name: string }[];
  years: number[];
  kinds: ReportKind[];
}

/** The filter options: regions, report years and report kinds that exist in the library. */
export async function listSearchFacets(): Promise<SearchFacets> {
  const reports = await getDb().report.findMany({ select: { region: true, regionSlug: true, reviewYear: true, planYear: true, kind: true } });
  const regions = new Map<string, string>();
  const years = new Set<number>();
  const kinds = new Set<string>();
  for (const r of reports) {
    if (r.regionSlug) regions.set(r.regionSlug, r.region ?? r.regionSlug);
    const year = reportYear(r);
    if (year != null) years.add(year);
    kinds.add(r.kind);
  }
  return {
    regions: [...regions].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.slug.localeCompare(b.slug)),
    years: [...years].sort((a, b) => b - a),
    kinds: REPORT_KINDS.filter((k) => kinds.has(k)),
  };
}
