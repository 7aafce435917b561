// 全年新增减税降费和退税缓税缓费超过4.2万亿元。在这4.2万亿元中，…: a figure named only by a pointer back (在这, 上述)
// is the figure just named with the same value, and takes its name.
import type { AnalyzedSentence, Indicator } from "./types";

/** What is left of a label that only points back: 在这, 这, 上述, 以上. */
const POINTER_RE = /^(?:在|对|从)?(?:这|此|上述|以上|前述)(?:些|笔)?$/;
/** How far back the figure pointed to may be: the sentence before, or the one before it. */
const REACH = 2;

export function nameBackReferences(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  const out = [...sentences];
  for (let i = 1; i < out.length; i++) {
    const s = out[i];
    if (!s.indicators.some((x) => POINTER_RE.test(x.label))) continue;
    const earlier = out.slice(Math.max(0, i - REACH), i).flatMap((p) => p.indicators);
    out[i] = {
      ...s,
      indicators: s.indicators.map((x): Indicator => {
        if (!POINTER_RE.test(x.label)) return x;
        const named = earlier.findLast((e) => e.value === x.value && e.unit === x.unit && !POINTER_RE.test(e.label));
        return named ? { ...x, label: named.label, metric: named.metric } : x;
      }),
    };
  }
  return out;
}
