export interface ParagraphSentence {
  index: number;
  paragraph: number;
  text: string;
  kind: string;
  role: string;
  part: string;
}

/** 今年经济社会发展的主要预期目标是：… (national), 主要目标是 / 主要预期目标 (regions); not 完成全年主要目标 in a review. */
const CUE = /主要(?:预期)?目标(?:是|为|：|:|\s*$)/;

/**
 * The sentences of a report's main-targets paragraph: the paragraph of a plan sentence that names 主要预期目标 or
 * 主要目标, and, when that sentence only announces the list (…主要预期目标是：), the next paragraph with text.
 * A heading that names them (（一）主要预期目标) announces the paragraph that follows it.
 */
export function mainTargetSentenceIds(sentences: ParagraphSentence[]): Set<string> {
  const paragraphs = [...new Set(sentences.map((s) => s.paragraph))].sort((a, b) => a - b);
  const chosen = new Set<number>();
  for (const s of sentences) {
    if (!CUE.test(s.text) || s.part === "review" || s.kind === "achievement") continue;
    const announces = s.role === "heading" || /[：:]\s*$/.test(s.text);
    if (s.role !== "heading") chosen.add(s.paragraph);
    if (announces) {
      const next = paragraphs.find((p) => p > s.paragraph);
      if (next !== undefined) chosen.add(next);
    }
  }
  return new Set(sentences.filter((s) => chosen.has(s.paragraph)).map((s) => `s-${s.index}`));
}
