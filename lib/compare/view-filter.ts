import type { OnlyFilter } from "@/lib/domain/compare";
import { filterRows } from "./filter-rows";
import { compactForm } from "./normalize";
import type { CompareResult, IndicatorPair, Row } from "./types";

export type { OnlyFilter };

export interface ViewFilter {
  only?: OnlyFilter;
  q?: string;
  metric?: string;
}

const VERDICTS = new Set<OnlyFilter>(["met", "exceeded", "missed", "dropped"]);
const ROW_STATUS: Partial<Record<OnlyFilter, Row["status"][]>> = {
  changed: ["changed"],
  unmatched: ["left-only", "right-only"],
  "left-only": ["left-only"],
  "right-only": ["right-only"],
};

/** Whether an indicator pair belongs to an `only` filter. */
export function pairMatches(pair: IndicatorPair, only: OnlyFilter): boolean {
  switch (only) {
    case "changed":
      return !!pair.left && !!pair.right && pair.status !== "same";
    case "unmatched":
      return !pair.left || !pair.right;
    case "left-only":
      return !pair.right;
    case "right-only":
      return !pair.left;
    case "weakened":
    case "strengthened":
      return pair.qualifierChange === only;
    default:
      return pair.status === only;
  }
}

/** Rows for a verdict filter (未完成…): the rows holding a sentence of such a pair, on its own side. */
function rowsOfPairs(rows: Row[], pairs: IndicatorPair[]): Row[] {
  const left = new Set(pairs.flatMap((p) => (p.left ? [p.left.sentenceId] : [])));
  const right = new Set(pairs.flatMap((p) => (p.right ? [p.right.sentenceId] : [])));
  return rows.filter((r) => (r.left && left.has(r.left.id)) || (r.right && right.has(r.right.id)));
}

/**
 * The part of a comparison the current view shows. Every filter applies to both the rows and the indicator table:
 * a row status filter keeps pairs of that kind (有变化: both sides, not same), a verdict keeps its pairs and the rows
 * of their sentences, q keeps pairs whose label or sentence holds the text, metric keeps that metric.
 */
export function viewOf(result: CompareResult, filter: ViewFilter): CompareResult {
  const { only, q, metric } = filter;
  let indicators = result.indicators;
  if (only) indicators = indicators.filter((p) => pairMatches(p, only));
  if (metric) indicators = indicators.filter((p) => p.metric === metric || p.rightMetric === metric);
  if (q) {
    const needle = compactForm(q).toLowerCase();
    const has = (text: string | null | undefined) => !!text && compactForm(text).toLowerCase().includes(needle);
    const leftText = new Map(result.rows.flatMap((r) => (r.left ? [[r.left.id, r.left.text] as const] : [])));
    const rightText = new Map(result.rows.flatMap((r) => (r.right ? [[r.right.id, r.right.text] as const] : [])));
    indicators = indicators.filter(
      (p) => has(p.label) || has(p.left && leftText.get(p.left.sentenceId)) || has(p.right && rightText.get(p.right.sentenceId)),
    );
  }
  let rows: Row[];
  if (only && ROW_STATUS[only]) rows = filterRows(result.rows, { q, metric }).filter((r) => ROW_STATUS[only]!.includes(r.status));
  else if (only === "weakened" || only === "strengthened") rows = filterRows(result.rows, { q, metric }).filter((r) => r.changes.some((c) => c.type === only));
  else if (only && VERDICTS.has(only)) rows = rowsOfPairs(filterRows(result.rows, { q, metric }), indicators);
  else rows = filterRows(result.rows, { q, metric });
  return { ...result, rows, indicators };
}

/** Rows that 下一处/上一处 visit: the changed ones, or every row a filter asked for. */
export function isNavTarget(row: Row, filter: ViewFilter): boolean {
  return filter.only ? true : row.status === "changed";
}
