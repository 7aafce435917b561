// A year pair run through the whole pipeline for tests: each text analysed as a report of its file's year, then the plan's
// targets paired with the review's results as the compare page pairs them. Used by tests only.
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { areRelatedMetrics } from "@/lib/analysis/related-metrics";
import { compareSides } from "@/lib/compare/compare-sides";
import { sideInput } from "@/lib/compare/side-from-analyzed";

/** The pairs of every target of `plan` (goal against achievement), each with its result or none. */
export function targetPairs(plan: string, planFile: string, review: string, reviewFile: string) {
  const left = analyzeReport(plan, { fileName: planFile });
  const right = analyzeReport(review, { fileName: reviewFile });
  return compareSides(sideInput(left, "goal"), sideInput(right, "achievement"), { related: areRelatedMetrics }).indicators.filter((p) => p.left);
}

/** The pair of the target written as `text` (its figure as the plan writes it). */
export const byTarget = (list: ReturnType<typeof targetPairs>, text: string) => list.find((p) => p.left!.text === text)!;
