import type { CompareResult, IndicatorSide, RowSide } from "@/lib/compare/types";
import type { MarkedIndicator, SentenceMark } from "./apply";

/** Which sentences and figures of one side were corrected by hand. */
export interface SideMarks {
  sentences: Set<string>;
  /** `s-12|8.5%`: a corrected figure by its sentence and its (corrected) number. */
  indicators: Set<string>;
}

export function sideMarks(sentences: readonly { index: number; correction?: SentenceMark | null; indicators: MarkedIndicator[] }[]): SideMarks {
  const marks: SideMarks = { sentences: new Set(), indicators: new Set() };
  for (const s of sentences) {
    if (s.correction) marks.sentences.add(`s-${s.index}`);
    for (const i of s.indicators) if (i.correction) marks.indicators.add(`s-${s.index}|${i.text}`);
  }
  return marks;
}

/** Flag corrected sentences and figures in a comparison (optional `corrected: true` fields of the JSON contract). */
export function markCorrected(result: CompareResult, left: SideMarks, right: SideMarks): CompareResult {
  if (!left.sentences.size && !left.indicators.size && !right.sentences.size && !right.indicators.size) return result;
  const row = (side: RowSide | null, marks: SideMarks) => (side && marks.sentences.has(side.id) ? { ...side, corrected: true as const } : side);
  const figure = (side: IndicatorSide | null, marks: SideMarks) =>
    side && marks.indicators.has(`${side.sentenceId}|${side.text}`) ? { ...side, corrected: true as const } : side;
  return {
    ...result,
    rows: result.rows.map((r) => ({ ...r, left: row(r.left, left), right: row(r.right, right) }) as typeof r),
    indicators: result.indicators.map((p) => ({ ...p, left: figure(p.left, left), right: figure(p.right, right) })),
  };
}
