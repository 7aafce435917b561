import { matchSentences, orderAlignment } from "./align-sentences";
import { compactForm } from "./normalize";

/** Bump when the outline rules change, so stored outline diffs are recomputed. */
export const OUTLINE_VERSION = 2;

/** Headings score lower than sentences (few characters): pairs at this TF-IDF bigram cosine or above are matched. */
export const OUTLINE_THRESHOLD = 0.3;

export interface OutlineHeading {
  /** The section's index in its report. */
  index: number;
  text: string;
  level: number;
  /** The reader's fragment for the heading: its section's first sentence (s-12); a run-in heading has no sec- anchor. */
  anchor?: string;
}

export type OutlineStatus = "kept" | "renamed" | "moved" | "added" | "dropped";

export interface OutlineRow {
  status: OutlineStatus;
  left: OutlineHeading | null;
  right: OutlineHeading | null;
  similarity: number | null;
  /** Matched with different words (also set on a moved pair). */
  renamed: boolean;
  /** Why the status was given. */
  reason: string;
}

/** The heading's words without its numbering: （一）, 一、, 1、, 第一部分. */
export function headingWords(text: string): string {
  return compactForm(text)
    .replace(/^(?:第[一二三四五六七八九十百\d]+(?:部分|章|节|条)?[、.．\s]*|[（(][一二三四五六七八九十\d]+[)）]\s*|[一二三四五六七八九十\d]+[、.．]\s*)/, "")
    .trim();
}

/** Positions (into pairs) of the longest chain whose right indices rise with the left ones: these did not move. */
function inOrder(pairs: { left: number; right: number }[]): Set<number> {
  const order = pairs.map((p, i) => ({ ...p, i })).sort((a, b) => a.left - b.left);
  const tails: number[] = [];
  const prev = new Array<number>(order.length).fill(-1);
  order.forEach((p, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order[tails[mid]].right < p.right) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1];
    tails[lo] = k;
  });
  const kept = new Set<number>();
  for (let k = tails.length ? tails[tails.length - 1] : -1; k !== -1; k = prev[k]) kept.add(order[k].i);
  return kept;
}

/**
 * The two outlines aligned by the sentence matcher's similarity (numbering ignored): kept (same words, same order),
 * renamed (matched, other words), moved (matched, out of the order of the other matches), added, dropped.
 */
export function diffOutline(left: OutlineHeading[], right: OutlineHeading[]): OutlineRow[] {
  const lw = left.map((h) => headingWords(h.text));
  const rw = right.map((h) => headingWords(h.text));
  const pairs = matchSentences(lw, rw, OUTLINE_THRESHOLD);
  const steady = inOrder(pairs);
  const movedPairs = new Set(pairs.filter((_, i) => !steady.has(i)).map((p) => `${p.left}|${p.right}`));
  return orderAlignment(left.length, right.length, pairs).map((a) => {
    const l = a.left === null ? null : left[a.left];
    const r = a.right === null ? null : right[a.right];
    if (!l) return { status: "added", left: null, right: r, similarity: null, renamed: false, reason: "左侧无相近标题" };
    if (!r) return { status: "dropped", left: l, right: null, similarity: null, renamed: false, reason: "右侧无相近标题" };
    const renamed = lw[a.left!] !== rw[a.right!];
    const score = `相似度 ${Math.round((a.similarity ?? 0) * 100)}%`;
    if (movedPairs.has(`${a.left}|${a.right}`)) return { status: "moved", left: l, right: r, similarity: a.similarity, renamed, reason: `位置与其余配对次序不同（${score}${renamed ? "，措辞也变" : ""}）` };
    return renamed
      ? { status: "renamed", left: l, right: r, similarity: a.similarity, renamed, reason: `措辞不同，${score}` }
      : { status: "kept", left: l, right: r, similarity: a.similarity, renamed, reason: "标题相同（编号不计）" };
  });
}

/** Counts per status, for the section's summary line. */
export function outlineCounts(rows: OutlineRow[]): Record<OutlineStatus, number> {
  const counts: Record<OutlineStatus, number> = { kept: 0, renamed: 0, moved: 0, added: 0, dropped: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}
