import { compactForm } from "./normalize";
import type { Row } from "./types";

export interface RowFilter {
  only?: "changed" | "unmatched" | "left-only" | "right-only";
  /** Substring of either side, ignoring width, whitespace and letter case. */
  q?: string;
  /** Metric key of an indicator in either sentence. */
  metric?: string;
}

export function filterRows(rows: Row[], filter: RowFilter = {}): Row[] {
  const q = filter.q ? compactForm(filter.q).toLowerCase() : "";
  return rows.filter((row) => {
    if (filter.only === "changed" && row.status !== "changed") return false;
    if (filter.only === "unmatched" && row.status !== "left-only" && row.status !== "right-only") return false;
    if ((filter.only === "left-only" || filter.only === "right-only") && row.status !== filter.only) return false;
    if (filter.metric && !row.metrics?.includes(filter.metric)) return false;
    if (q && ![row.left?.text, row.right?.text].some((t) => t && compactForm(t).toLowerCase().includes(q)))
      return false;
    return true;
  });
}
