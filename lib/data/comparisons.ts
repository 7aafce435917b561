import "server-only";
import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";
import { compareSides } from "@/lib/compare/compare-sides";
import { sideSentences } from "@/lib/compare/side-from-analyzed";
import { comparisonKind, type ComparisonKind } from "@/lib/compare/comparison-kind";
import type { CompareResult, KindChoice } from "@/lib/compare/types";
import { ANALYSIS_VERSION } from "@/lib/analysis/version";
import { COMPARE_VERSION } from "@/lib/compare/version";
import { areRelatedMetrics } from "@/lib/analysis/related-metrics";
import { getDb } from "./db";
import { getReport, getReportSummary, listReports, type ReportSummary } from "./reports";
import { reportYearLabel } from "@/lib/format/labels";
import { markCorrected, sideMarks } from "@/lib/corrections/annotate";
import { labelKey, labelsFingerprint, pinsFor } from "./comparison-corrections";

export interface Comparison {
  left: ReportSummary;
  right: ReportSummary;
  result: CompareResult;
  /** What the view asks (target vs result, two regions…); it decided the verdicts. */
  kind: ComparisonKind;
  cached: boolean;
  /** Changes whenever the content, the versions, the kinds or either report's metadata do (HTTP ETag). */
  etag: string;
}

/**
 * Parsed results by cache key, bounded by the size of their JSON (DUIZHAO_COMPARE_CACHE_MB, default 64). An entry is
 * used only while its database row is the same one (same row id): re-analysing a report deletes the rows, so a
 * correction is never hidden by this cache, in this process or another one on the same database.
 */
const memory = new LRUCache<string, { rowId: number; result: CompareResult }, unknown>({
  maxSize: Math.max(1, Number(process.env.DUIZHAO_COMPARE_CACHE_MB) || 64) * 1024 * 1024,
});
/** One computation per key at a time: fifty readers of a new comparison wait for the same one. */
const computing = new Map<string, Promise<CompareResult | null>>();

function etagOf(key: string, left: ReportSummary, right: ReportSummary): string {
  return `"${createHash("sha1").update(key).update(JSON.stringify(left)).update(JSON.stringify(right)).digest("base64url").slice(0, 27)}"`;
}

/** What a comparison is of, and its cache key: both content hashes and analysis times, the kinds, the comparison kind and the versions. */
export interface ComparisonTarget {
  left: ReportSummary;
  right: ReportSummary;
  l: KindChoice;
  r: KindChoice;
  kind: ComparisonKind;
  key: string;
  etag: string;
}

export async function resolveComparison(options: { left: string; right: string; l: KindChoice; r: KindChoice }): Promise<ComparisonTarget | null> {
  const [left, right] = await Promise.all([getReportSummary({ slug: options.left }), getReportSummary({ slug: options.right })]);
  if (!left || !right) return null;
  const hashes = await getDb().report.findMany({ where: { id: { in: [left.id, right.id] } }, select: { id: true, contentHash: true, corrections: true, updatedAt: true } });
  const hashOf = (id: number) => hashes.find((h) => h.id === id)?.contentHash ?? "";
  // Every re-analysis writes the report row in the transaction that rewrites its sentences, so its time is part of the
  // key: a computation that read the rows before a re-analysis and stored after it lands under a key nobody asks for.
  const analyzedAt = (id: number) => hashes.find((h) => h.id === id)?.updatedAt.getTime() ?? 0;
  // Hand corrections of sentences, figures and pairings change the result: their fingerprint is part of the key.
  const labelsOf = (id: number) => labelsFingerprint(hashes.find((h) => h.id === id)?.corrections);
  // The kind follows the metadata (years, region), which a correction can change: it is part of the key.
  const kind = comparisonKind(left, options.l, right, options.r);
  const key = [hashOf(left.id), hashOf(right.id), analyzedAt(left.id), analyzedAt(right.id), options.l, options.r, kind.id, ANALYSIS_VERSION, COMPARE_VERSION, ...labelKey(labelsOf(left.id), labelsOf(right.id))].join(":");
  return { left, right, l: options.l, r: options.r, kind, key, etag: etagOf(key, left, right) };
}

/** The stored comparison of a target, or null when nobody computed it yet. */
export async function storedComparison(target: ComparisonTarget): Promise<Comparison | null> {
  const db = getDb();
  const { key, left, right, kind, etag } = target;
  // A hit needs only the two summaries and the row's id; the JSON is read and parsed once per row and process.
  const row = await db.comparison.findUnique({ where: { key }, select: { id: true } });
  if (!row) return null;
  const kept = memory.get(key);
  if (kept?.rowId === row.id) return { left, right, kind, result: kept.result, cached: true, etag };
  const hit = await db.comparison.findUnique({ where: { key }, select: { id: true, result: true } });
  if (!hit) return null;
  const result = JSON.parse(hit.result) as CompareResult;
  memory.set(key, { rowId: hit.id, result }, { size: hit.result.length });
  return { left, right, kind, result, cached: true, etag };
}

/**
 * The alignment, diffs and indicator pairs of two stored reports, computed here when not stored yet (requests for
 * large pairs go through requestComparison, compare-jobs.ts, which computes them in a worker). Cached under both
 * content hashes and the analysis/compare versions; re-analysing or deleting a report drops its entries.
 */
export async function getComparison(options: { left: string; right: string; l: KindChoice; r: KindChoice }): Promise<Comparison | null> {
  const target = await resolveComparison(options);
  if (!target) return null;
  return (await storedComparison(target)) ?? computeComparison(target);
}

/** Compute and store a target's comparison on this thread, once per key at a time. */
export async function computeComparison(target: ComparisonTarget): Promise<Comparison | null> {
  const { key, left, right, kind, etag } = target;
  let pending = computing.get(key);
  if (!pending) {
    pending = computeAndStore(target).finally(() => computing.delete(key));
    computing.set(key, pending);
  }
  const result = await pending;
  return result ? { left, right, kind, result, cached: false, etag } : null;
}

async function computeAndStore(o: ComparisonTarget): Promise<CompareResult | null> {
  const db = getDb();
  const [leftDetail, rightDetail] = await Promise.all([getReport({ slug: o.left.slug }), getReport({ slug: o.right.slug })]);
  if (!leftDetail || !rightDetail) return null; // deleted meanwhile
  const { pins } = await pinsFor(leftDetail, rightDetail);
  const result = markCorrected(
    compareSides(
      { kinds: o.l, sentences: sideSentences(leftDetail, o.l), planYear: leftDetail.planYear },
      { kinds: o.r, sentences: sideSentences(rightDetail, o.r), planYear: rightDetail.planYear },
      { related: areRelatedMetrics, kind: o.kind, pins },
    ),
    sideMarks(leftDetail.sentences),
    sideMarks(rightDetail.sentences),
  );
  const json = JSON.stringify(result);
  // A concurrent request (or process) may have stored the same key first; either copy is correct.
  const stored = await db.comparison
    .upsert({ where: { key: o.key }, create: { key: o.key, leftId: o.left.id, rightId: o.right.id, result: json }, update: {}, select: { id: true } })
    .catch(() => null);
  if (stored) memory.set(o.key, { rowId: stored.id, result }, { size: json.length });
  return result;
}

/**
 * The comparisons a report is most often opened in (the library's quick links): its own results against its targets,
 * and a news article against its report. warmComparisons (compare-jobs.ts) stores them at import.
 */
export async function warmViews(options: { slug: string }): Promise<{ left: string; right: string; l: KindChoice; r: KindChoice }[]> {
  const report = await getReportSummary({ slug: options.slug });
  if (!report) return [];
  const views: { left: string; right: string; l: KindChoice; r: KindChoice }[] = [];
  if (report.kind !== "news" && report.reviewYear != null && report.planYear != null) views.push({ left: report.slug, right: report.slug, l: "achievement", r: "goal" });
  if (report.regionSlug) {
    const sameRegion = await listReports({ regionSlug: report.regionSlug });
    const sameYear = (a: ReportSummary, b: ReportSummary) => reportYearLabel(a) === reportYearLabel(b);
    const aboutReport = (r: ReportSummary) => r.kind === "news" || r.kind === "document";
    if (aboutReport(report)) {
      const full = sameRegion.find((r) => r.kind === "report" && r.version === 1 && sameYear(r, report));
      if (full) views.push({ left: report.slug, right: full.slug, l: "all", r: "all" });
    } else if (report.kind === "report" && report.version === 1) {
      for (const news of sameRegion.filter((r) => aboutReport(r) && sameYear(r, report))) views.push({ left: news.slug, right: report.slug, l: "all", r: "all" });
    }
  }
  return views;
}
