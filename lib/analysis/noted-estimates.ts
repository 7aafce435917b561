// A note that calls a figure an estimate: 注：研发经费投入占比为预计数。, [2]全社会研发经费投入强度为预计数，以统计部门最终公布
// 数据为准。, ③该项为预计数 (the row marked ③ above). The figures it names are estimates wherever the text reports them, as
// their readers label them (batches 12–35: 余杭, 杭州, 昆山).
import { lookupMetric, normalizeLabel } from "./lookup-metric";
import type { AnalyzedSentence, Indicator } from "./types";

/** …X为预计数: the name of what the note calls an estimate (after a note's number or mark, and a year it gives). */
// (…完成数中，地区生产总值及其增速、城乡居民…增速为预计数: a list after a comma, batch 97's 通州.)
const NAMED_ESTIMATE_RE = /(?:^|[：:；;、。，,\]】）)\s]|[0-9０-９][.．、])(?:(?:19|20)\d\d年)?([^，,。；;：:\d①-⑳\[\]]{2,24}?)(?:为|是)(?:预计数|预计值|预估数)/g;
/** ③该项为预计数: the mark of the row the note speaks of. */
const MARKED_ESTIMATE_RE = /([①-⑳¹²³⁴-⁹])(?:该项|此项|该数据)?(?:为|是)(?:预计数|预计值|预估数)/g;

export function markNotedEstimates(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  const names: string[] = [];
  const marks: string[] = [];
  for (const s of sentences) {
    if (!/预计数|预计值|预估数/.test(s.text)) continue;
    for (const m of s.text.matchAll(NAMED_ESTIMATE_RE)) names.push(...namesListed(m[1]));
    for (const m of s.text.matchAll(MARKED_ESTIMATE_RE)) marks.push(m[1]);
  }
  if (!names.length && !marks.length) return sentences;
  // Each name is looked up once: by its lexicon key when the lexicon knows it, else by its words inside a label.
  const keys = new Set<string>();
  const words: string[] = [];
  for (const name of names) {
    const metric = lookupMetric(name);
    if (metric.known) keys.add(metric.key);
    else words.push(normalizeLabel(name));
  }
  const named = (x: Indicator) => keys.has(x.metric) || words.some((w) => normalizeLabel(x.label).includes(w));
  return sentences.map((s) => {
    // (A table row's figures are read from its cells: the mark is found after the figure as written.)
    const marked = (x: Indicator) => marks.some((mark) => s.text[x.end] === mark || x.text.endsWith(mark) || s.text.includes(x.text + mark));
    const estimated = (x: Indicator) => x.modality === "actual" && (named(x) || marked(x));
    if (!s.indicators.some(estimated)) return s;
    return { ...s, indicators: s.indicators.map((x) => (estimated(x) ? { ...x, modality: "estimate" } : x)) };
  });
}

/**
 * 地区生产总值及其增速、城乡居民人均可支配收入增速: each name of a note's list, a growth named as its metric, 城乡居民 as the
 * urban and the rural residents (batch 97's 通州, a table's 注 line).
 */
function namesListed(written: string): string[] {
  return written
    .split(/、|和|及其?|以及/)
    .map((name) => name.replace(/(?:增速|增幅|增长率?)$/, ""))
    .filter((name) => name.length >= 2)
    .flatMap((name) => (name.startsWith("城乡居民") ? [`城镇居民${name.slice(4)}`, `农村居民${name.slice(4)}`] : [name]));
}
