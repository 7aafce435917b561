import { normalizeForSearch } from "./normalize";

export type MatchRange = [start: number, end: number];

/**
 * Where the terms occur in a text, as [start, end) offsets into the ORIGINAL text (normalisation keeps offsets),
 * sorted, with overlapping or touching ranges merged.
 */
export function findMatches(text: string, terms: readonly string[]): MatchRange[] {
  const normalized = normalizeForSearch(text);
  const ranges: MatchRange[] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + 1)) ranges.push([at, at + term.length]);
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: MatchRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** True when every term occurs in the text in one of its spellings (the final check on what the index returned). */
export function containsAllTerms(text: string, terms: readonly (readonly string[])[]): boolean {
  const normalized = normalizeForSearch(text);
  return terms.every((forms) => forms.some((form) => normalized.includes(form)));
}

/** The text cut into plain and matched pieces, for rendering with <mark>. */
export function splitByMatches(text: string, matches: readonly MatchRange[]): { text: string; match: boolean }[] {
  const pieces: { text: string; match: boolean }[] = [];
  let at = 0;
  for (const [start, end] of matches) {
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    if (end > start) pieces.push({ text: text.slice(Math.max(start, at), end), match: true });
    at = Math.max(at, end);
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces;
}
