import type { AnalyzedReport } from "@/lib/analysis/types";
import type { CompareSentence, CompareSideInput, KindChoice } from "./types";

/** goal / achievement keep sentences of that kind; all keeps every sentence but headings. */
export function sideFromAnalyzed(analyzed: AnalyzedReport, kinds: KindChoice): CompareSentence[] {
  return analyzed.sentences
    .filter((s) => s.role !== "heading" && (kinds === "all" || s.kind === kinds))
    .map((s) => ({ id: `s-${s.index}`, index: s.index, text: s.text, kind: s.kind, indicators: s.indicators }));
}

export function sideInput(analyzed: AnalyzedReport, kinds: KindChoice): CompareSideInput {
  return { kinds, sentences: sideFromAnalyzed(analyzed, kinds) };
}
