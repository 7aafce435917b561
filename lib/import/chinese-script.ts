import type { Trie } from "opencc-js/core";
import { from, to } from "opencc-js/preset/t2cn";
import { isCjkCodePoint } from "./cjk";
import { buildStages, convertChar, convertPreservingLength } from "./length-preserving-convert";
import type { ChineseScript } from "./types";

/** Share of Han characters that change, above which a text counts as traditional. Seeds: ≤ 0.03% vs 32–38%. */
export const TRADITIONAL_RATIO = 0.05;

let stages: Trie[] | null = null;

/** Taiwan and Hong Kong variants → OpenCC standard traditional → mainland simplified (no vocabulary changes). */
function t2cnStages(): Trie[] {
  stages ??= buildStages([[...from.tw, ...from.hk], to.cn]);
  return stages;
}

/** Traditional → simplified with identical length and offsets. Simplified text comes back unchanged. */
export function toSimplified(text: string): string {
  return convertPreservingLength(text, t2cnStages());
}

/** Whether each Han character seen so far changes when converted alone: a report holds a few thousand distinct ones. */
const changesAlone = new Map<number, boolean>();

/** Share of Han characters that change when converted one by one. */
export function traditionalRatio(text: string): number {
  const tries = t2cnStages();
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (!isCjkCodePoint(cp)) continue;
    han++;
    let changes = changesAlone.get(cp);
    if (changes === undefined) {
      const char = String.fromCodePoint(cp);
      changes = tries.reduce((c, trie) => convertChar(trie, c), char) !== char;
      changesAlone.set(cp, changes);
    }
    if (changes) changed++;
  }
  return han === 0 ? 0 : changed / han;
}

export function detectScript(text: string): ChineseScript {
  return traditionalRatio(text) >= TRADITIONAL_RATIO ? "traditional" : "simplified";
}

/** The text to analyse: simplified, with the same offsets as the stored text. Simplified input is returned as is. */
export function simplifiedView(text: string): string {
  return detectScript(text) === "traditional" ? toSimplified(text) : text;
}
