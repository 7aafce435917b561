import type { AnalyzedReport, Indicator } from "@/lib/analysis/types";
import type { Role, SentenceKind } from "@/lib/domain";
import type { CompareSentence, CompareSideInput, KindChoice } from "./types";

/** What a side needs of a sentence: an analysed one (a file) or a stored one (lib/data) alike. */
interface SideSource {
  index: number;
  text: string;
  role: Role;
  kind: SentenceKind;
  indicators: Indicator[];
}

/** goal / achievement keep sentences of that kind; all keeps every sentence but headings. */
export function sideSentences(report: { sentences: readonly SideSource[] }, kinds: KindChoice): CompareSentence[] {
  return report.sentences
    .filter((s) => s.role !== "heading" && (kinds === "all" || s.kind === kinds))
    .map((s) => ({ id: `s-${s.index}`, index: s.index, text: s.text, kind: s.kind, indicators: s.indicators }));
}

export function sideInput(analyzed: AnalyzedReport, kinds: KindChoice): CompareSideInput {
  return { kinds, sentences: sideSentences(analyzed, kinds) };
}
