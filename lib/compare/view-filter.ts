import { filterRows } from "./filter-rows";
import type { CompareResult } from "./types";

/** The part of a comparison the current view shows: filtered rows and, with a metric filter, its indicators. */
export function viewOf(result: CompareResult, filter: { only?: "changed" | "unmatched"; q?: string; metric?: string }): CompareResult {
  return {
    ...result,
    rows: filterRows(result.rows, filter),
    indicators: filter.metric ? result.indicators.filter((i) => i.metric === filter.metric) : result.indicators,
  };
}
