import { diffPair } from "./diff-pair";
import { canonicalMetric } from "./metric-key";
import { compactForm, maskForMatching } from "./normalize";
import type { Change, CompareSentence, Row, RowSide } from "./types";
import { rowId, uniqueIds } from "./anchor-ids";

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

/** A sentence's TF-IDF vector: gram ids (interned over both sides) and their normalised weights, in first-seen order. */
interface Vector {
  grams: Int32Array;
  weights: Float64Array;
}

/**
 * Grams (bigramsOf: two code points, or one alone) are interned without hashing a string: each character gets a
 * small id (a table for the BMP), and a pair of ids below 2^15 one integer key in an open-addressing table. The rare
 * rest (a character alone, more than 2^15 distinct characters) goes through a Map of number keys.
 */
const SMALL = 0x8000;

/** Where a key's probe starts in a table of mask + 1 slots (a multiplicative hash). */
function slot(key: number, mask: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}

class Interner {
  private charIds = new Int32Array(0x10000).fill(-1);
  private astral = new Map<number, number>();
  private charCount = 0;
  private keys = new Int32Array(1 << 15).fill(-1);
  private values = new Int32Array(1 << 15);
  private other = new Map<number, number>();
  /** How many grams have an id. */
  size = 0;
  /** Per gram id, its count in the text being read (zero between texts). */
  count = new Int32Array(1 << 14);

  charId(point: number): number {
    if (point < 0x10000) {
      const id = this.charIds[point];
      return id >= 0 ? id : (this.charIds[point] = this.charCount++);
    }
    let id = this.astral.get(point);
    if (id === undefined) this.astral.set(point, (id = this.charCount++));
    return id;
  }

  /** The id of the pair (a, b), or of a alone when b is null. */
  gramId(a: number, b: number | null): number {
    if (b === null || a >= SMALL || b >= SMALL) {
      const key = b === null ? -1 - a : a * 0x110001 + b;
      let id = this.other.get(key);
      if (id === undefined) this.other.set(key, (id = this.newId()));
      return id;
    }
    const key = a * SMALL + b;
    const mask = this.keys.length - 1;
    for (let at = slot(key, mask); ; at = (at + 1) & mask) {
      const k = this.keys[at];
      if (k === key) return this.values[at];
      if (k === -1) {
        this.keys[at] = key;
        const id = (this.values[at] = this.newId());
        if (2 * this.size > this.keys.length) this.grow();
        return id;
      }
    }
  }

  private newId(): number {
    const id = this.size++;
    if (id >= this.count.length) {
      const grown = new Int32Array(this.count.length * 2);
      grown.set(this.count);
      this.count = grown;
    }
    return id;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      let at = slot(keys[i], mask);
      while (this.keys[at] !== -1) at = (at + 1) & mask;
      this.keys[at] = keys[i];
      this.values[at] = values[i];
    }
  }
}

/** A text's grams as ids (first-seen order) and how often each occurs, interning new grams. */
function termCounts(text: string, interner: Interner): { grams: Int32Array; counts: Int32Array } {
  const masked = maskForMatching(text);
  const seen: number[] = [];
  let previous = -1;
  for (let i = 0; i < masked.length; ) {
    const point = masked.codePointAt(i)!;
    i += point > 0xffff ? 2 : 1;
    const c = interner.charId(point);
    // One character alone is its own gram.
    const id = previous >= 0 ? interner.gramId(previous, c) : i >= masked.length ? interner.gramId(c, null) : -1;
    previous = c;
    if (id >= 0 && interner.count[id]++ === 0) seen.push(id);
  }
  const grams = Int32Array.from(seen);
  const counts = new Int32Array(seen.length);
  for (let k = 0; k < seen.length; k++) {
    counts[k] = interner.count[seen[k]];
    interner.count[seen[k]] = 0;
  }
  return { grams, counts };
}

/**
 * TF-IDF vectors of the texts (the same weights, summed in the same order, as over bigramsOf's strings). A text that
 * occurs more than once is read once and its sentences share one vector; the document frequency still counts each.
 */
function vectorize(texts: string[]): { vectors: Vector[]; gramCount: number } {
  const interner = new Interner();
  const slotOf = new Map<string, number>();
  const terms: Array<{ grams: Int32Array; counts: Int32Array }> = [];
  const slots = texts.map((text) => {
    let slot = slotOf.get(text);
    if (slot === undefined) {
      slotOf.set(text, (slot = terms.length));
      terms.push(termCounts(text, interner));
    }
    return slot;
  });
  const df = new Int32Array(interner.size);
  for (const slot of slots) for (const id of terms[slot].grams) df[id]++;
  const n = texts.length;
  const shared = terms.map(({ grams, counts }) => {
    const weights = new Float64Array(grams.length);
    let norm = 0;
    for (let k = 0; k < grams.length; k++) {
      const w = (1 + Math.log(counts[k])) * Math.log(1 + n / df[grams[k]]);
      weights[k] = w;
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (let g = 0; g < weights.length; g++) weights[g] /= norm;
    return { grams, weights };
  });
  return { vectors: slots.map((slot) => shared[slot]), gramCount: interner.size };
}

/**
 * All left/right pairs whose TF-IDF cosine reaches the threshold, via an inverted index on the right side.
 * Grams are interned to integers and postings kept in flat typed arrays: the scan touches each posting once per
 * left gram without hashing strings or allocating, which is what kept a 100,000-character pair slow. A left text
 * that repeats (boilerplate, a repeated clause) is scored once; its repeats take the same partners and scores.
 */
export function candidatePairs(left: string[], right: string[], threshold = MATCH_THRESHOLD): SentencePair[] {
  const { vectors, gramCount } = vectorize([...left, ...right]);
  // Postings in CSR form: for gram g, entries start[g]..start[g+1] hold the right sentence and its weight.
  const start = new Int32Array(gramCount + 1);
  for (let j = 0; j < right.length; j++) for (const g of vectors[left.length + j].grams) start[g + 1]++;
  for (let g = 0; g < gramCount; g++) start[g + 1] += start[g];
  const fill = start.slice(0, gramCount);
  const postingSentence = new Int32Array(start[gramCount]);
  const postingWeight = new Float64Array(start[gramCount]);
  for (let j = 0; j < right.length; j++) {
    const vec = vectors[left.length + j];
    for (let k = 0; k < vec.grams.length; k++) {
      const at = fill[vec.grams[k]]++;
      postingSentence[at] = j;
      postingWeight[at] = vec.weights[k];
    }
  }
  const scores = new Float64Array(right.length);
  const touched = new Int32Array(right.length);
  const pairs: SentencePair[] = [];
  const hitsOf = new Map<Vector, Array<{ right: number; similarity: number }>>();
  for (let i = 0; i < left.length; i++) {
    const vec = vectors[i];
    const known = hitsOf.get(vec);
    if (known) {
      for (const hit of known) pairs.push({ left: i, right: hit.right, similarity: hit.similarity });
      continue;
    }
    const hits: Array<{ right: number; similarity: number }> = [];
    let touchedCount = 0;
    for (let k = 0; k < vec.grams.length; k++) {
      const g = vec.grams[k];
      const w = vec.weights[k];
      for (let at = start[g], end = start[g + 1]; at < end; at++) {
        const j = postingSentence[at];
        if (scores[j] === 0) touched[touchedCount++] = j;
        scores[j] += w * postingWeight[at];
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t];
      if (scores[j] >= threshold) {
        hits.push({ right: j, similarity: Math.min(1, scores[j]) });
        pairs.push({ left: i, right: j, similarity: Math.min(1, scores[j]) });
      }
      scores[j] = 0;
    }
    hitsOf.set(vec, hits);
  }
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
  const unique = uniqueIds();
  // A report repeats sentences (boilerplate, a clause restated): each text is folded, and each pair of texts
  // diffed, once per alignment. diffPair is pure, so a repeat shares the first result.
  const compact = new Map<string, string>();
  const compactOf = (text: string) => {
    let folded = compact.get(text);
    if (folded === undefined) compact.set(text, (folded = compactForm(text)));
    return folded;
  };
  const diffs = new Map<string, ReturnType<typeof diffPair>>();
  const diffOf = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    let found = diffs.get(key);
    if (!found) diffs.set(key, (found = diffPair(a, b)));
    return found;
  };
  return orderAlignment(left.length, right.length, pairs).map((a): Row => {
    const l = a.left === null ? null : left[a.left];
    const r = a.right === null ? null : right[a.right];
    const id = unique(rowId(l?.id, r?.id));
    const metrics = metricsOf(l, r);
    if (!r) return { id, left: sideOf(l!), right: null, metrics, status: "left-only", similarity: null, diff: [], changes: [] };
    if (!l) return { id, left: null, right: sideOf(r), metrics, status: "right-only", similarity: null, diff: [], changes: [] };
    const base = { id, left: sideOf(l), right: sideOf(r), metrics };
    if (compactOf(l.text) === compactOf(r.text))
      return { ...base, status: "same", similarity: 1, diff: [{ op: "equal", text: l.text }], changes: [] };
    const { diff, changes, similarity } = diffOf(l.text, r.text);
    return { ...base, status: "changed", similarity, diff, changes: promises(l, r, options.commitment ?? true) ? changes : changes.map(neutral) };
  });
}
