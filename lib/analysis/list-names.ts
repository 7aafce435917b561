// A list of one item a line (一图读懂, 数读): a line that gives only a figure (1929.3亿元, ↑5.8%, 同比增长6%,
// 首次突破万亿元) is a figure of the name on the line before it, as a reader of the page takes it.
import { lookupMetric } from "./lookup-metric";
import type { AnalyzedSentence, Indicator } from "./types";

/** What is left of a label when the line names nothing: a comparison word, a first, a verb. */
const NAMELESS_RE = /^(?:同比|比上年|较上年|首次|突破|首次突破|增长|下降|全年|累计|)$/;
/** A name line (process-text.ts flags it list-name): short, no digit, not a sentence. */
const NAME_LINE_RE = /^[\u4e00-\u9fa5A-Za-z“”"（）()]{2,16}$/;

export function nameListFigures(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  const out = [...sentences];
  for (let i = 1; i < out.length; i++) {
    const s = out[i];
    if (!s.flags.includes("list-item") || !s.indicators.some((x) => NAMELESS_RE.test(x.label))) continue;
    const name = nameOf(out[i - 1]);
    if (!name) continue;
    const metric = lookupMetric(name).key;
    out[i] = { ...s, indicators: s.indicators.map((x): Indicator => (NAMELESS_RE.test(x.label) ? { ...x, label: name, metric } : x)) };
  }
  return out;
}

/** The name a line gives the figure-only line after it: its one figure's name, or the line itself when it is a name. */
function nameOf(line: AnalyzedSentence): string | null {
  if (!line.flags.includes("list-item") || line.role !== "body") return null;
  const labels = [...new Set(line.indicators.map((x) => x.label))];
  if (labels.length === 1 && !NAMELESS_RE.test(labels[0])) return labels[0];
  return line.indicators.length === 0 && line.flags.includes("list-name") && NAME_LINE_RE.test(line.text) ? line.text : null;
}
