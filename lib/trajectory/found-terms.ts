// Terms found automatically: the report's sentences segmented by jieba (@node-rs/jieba with its bundled dictionary,
// offline), nouns and noun-like words kept, and the words whose frequency per 10,000 characters moved most between the
// first and the last report, classed by the same thresholds as the curated terms (classify).
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js"; // with .js: the package has no exports map, and Node ESM (the compiled CLI) needs the file
import { classify, type TermTrajectory, type TrajectoryReport } from "./build-trajectory";

let jieba: Jieba | null = null;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

/** Parts of speech kept: nouns (n), other proper nouns (nz), verbal nouns (vn: 改革, 建设), organisations (nt), set phrases (l, i). */
const KEPT_TAGS = new Set(["n", "nz", "vn", "nt", "l", "i"]);
/** Words too general to tell a report's subject (they stay on every page of every year). */
const GENERAL = new Set(["工作", "方面", "问题", "情况", "水平", "能力", "作用", "重点", "任务", "同志", "代表", "人民", "政府", "全国", "地方", "社会", "国家", "经济", "发展", "建设", "管理", "服务"]);
const HAN_WORD = /^[\u4e00-\u9fff]{2,8}$/;

export interface WordCount {
  count: number;
  /** s-<index> of each sentence holding the word, in order. */
  sentenceIds: string[];
}

/** A report's kept words with their counts and sentences: what is cached per report (by its content), never per request. */
export function countWords(sentences: { index: number; text: string }[]): Map<string, WordCount> {
  const out = new Map<string, WordCount>();
  for (const s of sentences)
    for (const { word, tag } of segmenter().tag(s.text, false)) {
      if (!KEPT_TAGS.has(tag) || !HAN_WORD.test(word) || GENERAL.has(word)) continue;
      const entry = out.get(word) ?? out.set(word, { count: 0, sentenceIds: [] }).get(word)!;
      entry.count++;
      if (entry.sentenceIds.at(-1) !== `s-${s.index}`) entry.sentenceIds.push(`s-${s.index}`);
    }
  return out;
}

/** A word needs this many uses in one report at least, so that one passing mention never makes a trend. */
export const MIN_COUNT = 3;
export const FOUND_PER_DIRECTION = 10;

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The words that rose (or came up) and fell (or went) most between the first and the last report, by the log ratio of
 * their rate per 10,000 characters (each rate plus 0.5, so that a word from nothing counts by its size); the curated
 * terms' spellings are left out (they have their own lines). Segmentation only proposes the words: the shortlist is
 * then counted as plain text in every sentence (what a reader finds with Ctrl-F, whatever the segmenter cut), and
 * classed on those counts. Up to FOUND_PER_DIRECTION each way, strongest first.
 */
export function findTerms(reports: TrajectoryReport[], counts: Map<string, WordCount>[], options: { exclude?: string[] } = {}): TermTrajectory[] {
  if (reports.length < 2) return [];
  const chars = reports.map((r) => r.sentences.reduce((n, s) => n + s.text.length, 0));
  const rate = (count: number, i: number) => (chars[i] ? round2((count / chars[i]) * 10_000) : 0);
  const exclude = options.exclude ?? [];
  const proposed: { word: string; score: number }[] = [];
  for (const word of new Set(counts.flatMap((c) => [...c.keys()]))) {
    if (exclude.some((form) => form.includes(word) || word.includes(form))) continue;
    const tokens = counts.map((c) => c.get(word)?.count ?? 0);
    if (Math.max(...tokens) < MIN_COUNT) continue;
    proposed.push({ word, score: Math.log((rate(tokens.at(-1)!, reports.length - 1) + 0.5) / (rate(tokens[0], 0) + 0.5)) });
  }
  const shortlist = [...strongest(proposed.filter((p) => p.score > 0), SHORTLIST), ...strongest(proposed.filter((p) => p.score < 0), SHORTLIST)];
  const scored: { word: string; score: number; term: TermTrajectory }[] = [];
  for (const { word } of shortlist) {
    const points = reports.map((r, i) => {
      const sentenceIds: string[] = [];
      let count = 0;
      for (const s of r.sentences) {
        const n = s.text.split(word).length - 1;
        if (n) sentenceIds.push(`s-${s.index}`);
        count += n;
      }
      return { slug: r.slug, count, per10k: rate(count, i), sentenceIds };
    });
    const [first, last] = [points[0].per10k, points.at(-1)!.per10k];
    const verdict = classify(first, last);
    if (verdict.class === "steady") continue;
    scored.push({ word, score: Math.log((last + 0.5) / (first + 0.5)), term: { key: `found:${word}`, name: word, forms: [word], points, ...verdict } });
  }
  return [...strongest(scored.filter((s) => s.score > 0), FOUND_PER_DIRECTION), ...strongest(scored.filter((s) => s.score < 0), FOUND_PER_DIRECTION)].map((s) => s.term);
}

/** Words proposed by segmentation and counted as text: a few times the number shown. */
const SHORTLIST = 4 * FOUND_PER_DIRECTION;

function strongest<T extends { word: string; score: number }>(list: T[], n: number): T[] {
  return list.sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.word.localeCompare(b.word, "zh")).slice(0, n);
}
