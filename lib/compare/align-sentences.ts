import { diffPair } from "./diff-pair";
import { canonicalMetric } from "./metric-key";
import { bigramsOf, compactForm } from "./normalize";
import type { Change, CompareSentence, Row, RowSide } from "./types";

/**
 * Cosine below this stays unmatched. Tuned on the seeds (align-accuracy.test.ts): on perturbed copies of each seed
 * (numbers changed, clauses dropped/added, a third of the pairs crossing) 0.3 keeps precision ≥ 0.95 and
 * recall ≥ 0.88 even at heavy edits; between the 001 news article and the 000 report, true pairs such as
 * 预计生产总值增长8%以上 / 预计全年地区生产总值增长8%左右 score 0.32–1, unrelated ones mostly stay under 0.3.
 */
export const MATCH_THRESHOLD = 0.3;

export interface SentencePair {
  left: number;
  right: number;
  similarity: number;
}

export interface AlignedIndex {
  left: number | null;
  right: number | null;
  similarity: number | null;
}

type Vector = Map<string, number>;

function vectorize(texts: string[]): Vector[] {
  const counts = texts.map((text) => {
    const tf = new Map<string, number>();
    for (const gram of bigramsOf(text)) tf.set(gram, (tf.get(gram) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const gram of tf.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const n = texts.length;
  return counts.map((tf) => {
    const vec: Vector = new Map();
    let norm = 0;
    for (const [gram, count] of tf) {
      const w = (1 + Math.log(count)) * Math.log(1 + n / df.get(gram)!);
      vec.set(gram, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [gram, w] of vec) vec.set(gram, w / norm);
    return vec;
  });
}

/** All left/right pairs whose TF-IDF cosine reaches the threshold, via an inverted index on the right side. */
export function candidatePairs(left: string[], right: string[], threshold = MATCH_THRESHOLD): SentencePair[] {
  const vectors = vectorize([...left, ...right]);
  const leftVecs = vectors.slice(0, left.length);
  const rightVecs = vectors.slice(left.length);
  const index = new Map<string, Array<[number, number]>>();
  rightVecs.forEach((vec, j) => {
    for (const [gram, w] of vec) {
      let postings = index.get(gram);
      if (!postings) index.set(gram, (postings = []));
      postings.push([j, w]);
    }
  });
  const scores = new Float64Array(right.length);
  const pairs: SentencePair[] = [];
  leftVecs.forEach((vec, i) => {
    const touched: number[] = [];
    for (const [gram, w] of vec) {
      for (const [j, v] of index.get(gram) ?? []) {
        if (scores[j] === 0) touched.push(j);
        scores[j] += w * v;
      }
    }
    for (const j of touched) {
      if (scores[j] >= threshold) pairs.push({ left: i, right: j, similarity: Math.min(1, scores[j]) });
      scores[j] = 0;
    }
  });
  return pairs;
}

/** One-to-one matching, greedy on descending cosine; ties go to the pair closest in relative position. */
export function matchSentences(left: string[], right: string[], threshold = MATCH_THRESHOLD): SentencePair[] {
  const offset = (p: SentencePair) =>
    Math.abs(p.left / Math.max(1, left.length) - p.right / Math.max(1, right.length));
  const pairs = candidatePairs(left, right, threshold).sort(
    (a, b) => b.similarity - a.similarity || offset(a) - offset(b) || a.left - b.left || a.right - b.right,
  );
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const matched: SentencePair[] = [];
  for (const pair of pairs) {
    if (usedLeft.has(pair.left) || usedRight.has(pair.right)) continue;
    usedLeft.add(pair.left);
    usedRight.add(pair.right);
    matched.push(pair);
  }
  return matched.sort((a, b) => a.left - b.left);
}

/**
 * Reading order follows the left side. A right-only sentence is placed right after the row of the nearest
 * earlier right sentence that has a partner (or at the top when there is none), so it stays beside its neighbours.
 */
export function orderAlignment(leftCount: number, rightCount: number, pairs: SentencePair[]): AlignedIndex[] {
  const partnerOfLeft = new Map(pairs.map((p) => [p.left, p]));
  const partnerOfRight = new Map(pairs.map((p) => [p.right, p.left]));
  const after = new Map<number, number[]>();
  let anchor = -1;
  for (let j = 0; j < rightCount; j++) {
    const partner = partnerOfRight.get(j);
    if (partner !== undefined) {
      anchor = partner;
      continue;
    }
    const list = after.get(anchor) ?? [];
    list.push(j);
    after.set(anchor, list);
  }
  const rightOnly = (i: number): AlignedIndex[] =>
    (after.get(i) ?? []).map((j) => ({ left: null, right: j, similarity: null }));
  const out: AlignedIndex[] = rightOnly(-1);
  for (let i = 0; i < leftCount; i++) {
    const pair = partnerOfLeft.get(i);
    out.push(pair ? { left: i, right: pair.right, similarity: pair.similarity } : { left: i, right: null, similarity: null });
    out.push(...rightOnly(i));
  }
  return out;
}

export interface AlignOptions {
  threshold?: number;
  /** Comparable reports (same region, not news): qualifier moves between goal sentences are weakened/strengthened. */
  commitment?: boolean;
}

const sideOf = (s: CompareSentence): RowSide => ({ id: s.id, text: s.text, kind: s.kind });
const metricsOf = (...sides: Array<CompareSentence | null>) => [
  ...new Set(sides.flatMap((s) => (s ? s.indicators.map(canonicalMetric) : []))),
];

/**
 * Only a promise can weaken: both sentences must be goals. 确保 giving way to a plain 完成 (goal against result),
 * two districts' results, or a news article's 左右 for the report's 以上 are different words, not weaker promises.
 */
const promises = (l: CompareSentence, r: CompareSentence, commitment: boolean) => commitment && l.kind === "goal" && r.kind === "goal";
const neutral = (c: Change): Change => (c.type === "weakened" || c.type === "strengthened" ? { ...c, type: "qualifier" } : c);

/**
 * Pair the sentences of two sides (each already filtered to a kind) into rows in reading order.
 * A matched pair is `same` when equal after width/whitespace folding, otherwise `changed` with a token diff;
 * its similarity is the diff's share of equal characters (1 for same rows).
 */
export function alignSentences(left: CompareSentence[], right: CompareSentence[], options: AlignOptions = {}): Row[] {
  const pairs = matchSentences(
    left.map((s) => s.text),
    right.map((s) => s.text),
    options.threshold ?? MATCH_THRESHOLD,
  );
  return orderAlignment(left.length, right.length, pairs).map((a, n): Row => {
    const l = a.left === null ? null : left[a.left];
    const r = a.right === null ? null : right[a.right];
    const id = `r-${n}`;
    const metrics = metricsOf(l, r);
    if (!r) return { id, left: sideOf(l!), right: null, metrics, status: "left-only", similarity: null, diff: [], changes: [] };
    if (!l) return { id, left: null, right: sideOf(r), metrics, status: "right-only", similarity: null, diff: [], changes: [] };
    const base = { id, left: sideOf(l), right: sideOf(r), metrics };
    if (compactForm(l.text) === compactForm(r.text))
      return { ...base, status: "same", similarity: 1, diff: [{ op: "equal", text: l.text }], changes: [] };
    const { diff, changes, similarity } = diffPair(l.text, r.text);
    return { ...base, status: "changed", similarity, diff, changes: promises(l, r, options.commitment ?? true) ? changes : changes.map(neutral) };
  });
}
