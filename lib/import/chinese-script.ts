import { Trie } from "opencc-js/core";
import { from, to } from "opencc-js/preset/t2cn";
import { CJK_CHAR } from "./cjk";
import type { ChineseScript } from "./types";

/** Share of Han characters that OpenCC changes, above which a text counts as traditional. Simplified seeds: < 0.1%. */
export const TRADITIONAL_RATIO = 0.05;

type Stage = Trie;
let stages: Stage[] | null = null;

/** Taiwan and Hong Kong variants → OpenCC standard traditional → mainland simplified (no vocabulary changes). */
function t2cnStages(): Stage[] {
  if (!stages) {
    const variants = new Trie();
    for (const group of [...from.tw, ...from.hk]) variants.loadDictGroup(group);
    const simplify = new Trie();
    for (const group of to.cn) simplify.loadDictGroup(group);
    stages = [variants, simplify];
  }
  return stages;
}

function codePointLength(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}

function convertChar(trie: Trie, char: string): string {
  const match = trie.matchPrefix(char, 0);
  return match && match.end === char.length && match.value.length === char.length ? match.value : char;
}

/**
 * Converts with OpenCC's phrase dictionaries but keeps every offset: a phrase is taken only when its replacement has
 * the same UTF-16 length, otherwise the characters go one by one, and a character whose replacement would change
 * length (a BMP character mapped to a supplementary one) stays as it is.
 */
export function convertPreservingLength(text: string, tries: readonly Trie[]): string {
  let current = text;
  for (const trie of tries) {
    const parts: string[] = [];
    for (let i = 0; i < current.length; ) {
      const match = trie.matchPrefix(current, i);
      if (match && match.value.length === match.end - i) {
        parts.push(match.value);
        i = match.end;
        continue;
      }
      const size = codePointLength(current, i);
      parts.push(convertChar(trie, current.slice(i, i + size)));
      i += size;
    }
    current = parts.join("");
  }
  return current;
}

/** Traditional → simplified with identical length and offsets. Simplified text comes back (almost always) unchanged. */
export function toSimplified(text: string): string {
  return convertPreservingLength(text, t2cnStages());
}

/** Share of Han characters that change when converted one by one. */
export function traditionalRatio(text: string): number {
  const tries = t2cnStages();
  let han = 0;
  let changed = 0;
  for (const char of text) {
    if (!CJK_CHAR.test(char)) continue;
    han++;
    if (tries.reduce((c, trie) => convertChar(trie, c), char) !== char) changed++;
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
