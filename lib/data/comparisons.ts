import "server-only";
import { compareSides } from "@/lib/compare/compare-sides";
import { sideSentences } from "@/lib/compare/side-from-analyzed";
import { comparisonKind, type ComparisonKind } from "@/lib/compare/comparison-kind";
import type { CompareResult, KindChoice } from "@/lib/compare/types";
import { ANALYSIS_VERSION } from "@/lib/analysis/version";
import { COMPARE_VERSION } from "@/lib/compare/version";
import { areRelatedMetrics } from "@/lib/analysis/related-metrics";
import { getDb } from "./db";
import { getReport, getReportSummary, type ReportSummary } from "./reports";

export interface Comparison {
  left: ReportSummary;
  right: ReportSummary;
  result: CompareResult;
  /** What the view asks (target vs result, two regions…); it decided the verdicts. */
  kind: ComparisonKind;
  cached: boolean;
}

/**
 * The alignment, diffs and indicator pairs of two stored reports. Computed once and cached under both
 * content hashes and the analysis/compare versions; re-analysing or deleting a report drops its entries.
 */
export async function getComparison(options: { left: string; right: string; l: KindChoice; r: KindChoice }): Promise<Comparison | null> {
  const db = getDb();
  const [left, right] = await Promise.all([getReportSummary({ slug: options.left }), getReportSummary({ slug: options.right })]);
  if (!left || !right) return null;
  const hashes = await db.report.findMany({ where: { id: { in: [left.id, right.id] } }, select: { id: true, contentHash: true } });
  const hashOf = (id: number) => hashes.find((h) => h.id === id)?.contentHash ?? "";
  // The kind follows the metadata (years, region), which a correction can change: it is part of the key.
  const kind = comparisonKind(left, options.l, right, options.r);
  const key = [hashOf(left.id), hashOf(right.id), options.l, options.r, kind.id, ANALYSIS_VERSION, COMPARE_VERSION].join(":");

  // A hit needs only the two summaries: the sentences are read only to compute a missing comparison.
  const hit = await db.comparison.findUnique({ where: { key }, select: { result: true } });
  if (hit) return { left, right, kind, result: JSON.parse(hit.result) as CompareResult, cached: true };

  const [leftDetail, rightDetail] = await Promise.all([getReport({ slug: options.left }), getReport({ slug: options.right })]);
  if (!leftDetail || !rightDetail) return null;
  const result = compareSides(
    { kinds: options.l, sentences: sideSentences(leftDetail, options.l) },
    { kinds: options.r, sentences: sideSentences(rightDetail, options.r) },
    { related: areRelatedMetrics, kind },
  );
  // A concurrent request may have stored the same key first; either copy is correct.
  await db.comparison.upsert({ where: { key }, create: { key, leftId: left.id, rightId: right.id, result: JSON.stringify(result) }, update: {} }).catch(() => undefined);
  return { left, right, kind, result, cached: false };
}
