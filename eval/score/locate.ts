// Finding a labelled snippet in the tool's sentences. Labels locate by text, never by the tool's ids, so that a
// change of segmentation cannot silently move a label onto another sentence.
import type { AnalyzedSentence } from "@/lib/analysis/types";
import { decodeReferences } from "@/lib/import/character-references";
import { foldWidthAndCase } from "@/lib/search/normalize";

const squash = (s: string) => foldWidthAndCase(s).replace(/\s+/g, "");

export interface Located {
  sentence: AnalyzedSentence;
  /** Every sentence from the located one on, for labels whose numbers run into the next tool sentence. */
  following: AnalyzedSentence[];
}

/** Where the snippet lies in the stored text (whitespace and width ignored): [start, end), or null. */
export function snippetSpan(stored: string, snippet: string): { start: number; end: number } | null {
  // The snippet as written first: readers made it unique in the text as stored (whitespace removed), so a copy that
  // prints one part in full-width digits (每月５２０元) and another in ASCII (每月550元) is told apart as they told it.
  const exact = squashWithOffsets(stored, false);
  const written = snippet.replace(/\s+/g, "");
  const at = written ? exact.squashed.indexOf(written) : -1;
  if (at !== -1) return { start: exact.offsets[at], end: exact.offsets[at + written.length - 1] + 1 };
  const byLine = spanThroughRaw(stored, snippet);
  if (byLine) return byLine;
  const { squashed, offsets } = squashWithOffsets(stored);
  // A reader of a page saved as text wrote its character references as they stand (&#8220;十五, …推进&n); the tool reads
  // them decoded (lib/import/character-references.ts), so the snippet is looked for decoded too.
  // A page's tags left in the text (政府工作报告</b>（全文）) are read without them (lib/import/tag-residue.ts): so is the snippet.
  for (const needle of [squash(snippet), squash(decodedReferences(snippet)), squash(decodedReferences(withoutTags(snippet)))]) {
    const at = needle ? squashed.indexOf(needle) : -1;
    if (at !== -1) return { start: offsets[at], end: offsets[at + needle.length - 1] + 1 };
  }
  return null;
}

/** The files as saved, for texts the tool reads with their character references decoded (registered by analyzeFile). */
const rawOf = new Map<string, string>();
export function registerRaw(decoded: string, raw: string): void {
  if (decoded !== raw) rawOf.set(decoded, raw);
}
/** A snippet that its references fill almost wholly (&nbsp;&nbsp;&nbsp;&nbsp;（三）, a page's indent: batch 106's 菏泽) decodes to a
 * character or two that many lines hold; it is found where the reader found it, in the file as saved, and carried over
 * line for line to the decoded text (null when the snippet is no such one, or the lines do not correspond). */
const SHORT_DECODED = 6;
function spanThroughRaw(stored: string, snippet: string): { start: number; end: number } | null {
  const raw = rawOf.get(stored);
  if (!raw || !snippet.includes("&")) return null;
  const decoded = squash(decodedReferences(snippet));
  if (decoded.length >= SHORT_DECODED) return null;
  const inRaw = squashWithOffsets(raw, false);
  const at = inRaw.squashed.indexOf(snippet.replace(/\s+/g, ""));
  if (at === -1) return null;
  const rawAt = inRaw.offsets[at];
  const storedLines = stored.split("\n");
  if (raw.split("\n").length !== storedLines.length) return null;
  const line = raw.slice(0, rawAt).split("\n").length - 1;
  const lineStart = storedLines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0);
  let start = lineStart + decodeReferences(raw.slice(raw.lastIndexOf("\n", rawAt - 1) + 1, rawAt)).length;
  while (start < stored.length && /\s/.test(stored[start])) start++;
  return { start, end: Math.min(stored.length, start + Math.max(1, decoded.length)) };
}

/** <b>一、…</b> → 一、…, and a tag the snippet's characters cut short (…<p ali) left out. */
const withoutTags = (snippet: string) => snippet.replace(/<\/?[a-zA-Z][^<>]*>/g, "").replace(/<\/?[a-zA-Z][^<>]*$/, "");

/** &#8220;十五&#8221; → “十五”, and a reference the snippet's 14 characters cut short (…推进&n) left out. */
const decodedReferences = (snippet: string) => decodeReferences(snippet).replace(/&[#\w]{0,8}$/, "");

/** The tool sentence that holds the snippet's start, found through the stored text's offsets. When the snippet
 * starts on a prefix the tool keeps out of the sentence (a news dateline, 南方日报讯（记者…）), the first sentence after
 * it on the same line. */
export function locateSnippet(stored: string, sentences: AnalyzedSentence[], snippet: string, unitStarts?: readonly number[]): Located | null {
  const span = snippetSpan(stored, snippet);
  if (span === null) return null;
  let index = sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
  // The dateline may be longer than the snippet (新华社北京3月5日电（记者…）): the first sentence after it on its line.
  if (index === -1) index = sentences.findIndex((s) => span.start < s.start && !stored.slice(span.start, s.start).includes("\n"));
  if (index === -1) return null;
  // The labelled unit runs to the next labelled unit's start: a reader's one unit that the tool reads as many (a subtitle
  // file's 主要预期目标, one line a target) is searched whole, past the usual four sentences.
  const unitEnd = unitStarts?.find((start) => start > span.start) ?? -1;
  let last = index + 4;
  while (last < sentences.length && sentences[last].start < unitEnd) last++;
  return { sentence: sentences[index], following: sentences.slice(index, last) };
}

/** Where each labelled sentence unit starts in the stored text, in order: the bounds of the units the labels name. */
export function labelledUnitStarts(stored: string, snippets: readonly string[]): number[] {
  return snippets.map((snippet) => snippetSpan(stored, snippet)?.start ?? -1).filter((start) => start >= 0).sort((a, b) => a - b);
}

/** The last texts squashed: a report's every snippet is looked for in the same text, which is squashed once. */
const squashedTexts = { folded: new Map<string, Squashed>(), asWritten: new Map<string, Squashed>() };
type Squashed = { squashed: string; offsets: number[] };
const SQUASHED_KEPT = 16;

function squashWithOffsets(text: string, fold = true): Squashed {
  const squashed = fold ? squashedTexts.folded : squashedTexts.asWritten;
  const kept = squashed.get(text);
  if (kept) return kept;
  const folded = fold ? foldWidthAndCase(text) : text;
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (/\s/.test(folded[i])) continue;
    chars.push(folded[i]);
    offsets.push(i);
  }
  const result = { squashed: chars.join(""), offsets };
  if (text.length > 200) {
    if (squashed.size >= SQUASHED_KEPT) squashed.delete(squashed.keys().next().value!);
    squashed.set(text, result);
  }
  return result;
}

/** Where the n-th occurrence of a number string sits in a sentence's text (width-folded, spaces ignored).
 * Occurrences are counted as plain substrings (3万亿元 inside 18.23万亿元 counts, LABELLING.md). When that count lands
 * inside a longer number (240万 inside 1240万), the label counted whole numbers only, so whole numbers are counted. */
export function findNumber(text: string, number: string, occurrence = 1): { start: number; end: number } | null {
  const { squashed, offsets } = squashWithOffsets(text);
  // (20％&mdash;22％: a reader of a page saved as text wrote the figure's references as they stand; the tool reads them decoded.)
  const needle = squash(number.includes("&") ? decodeReferences(number) : number);
  // Inside a longer number: right after a digit or a decimal point in the text itself (a table's cells stay apart).
  const folded = foldWidthAndCase(text);
  const inside = (at: number) => at > 0 && /[0-9.]/.test(folded[offsets[at] - 1] ?? "");
  const nth = (standalone: boolean) => {
    let at = -1;
    for (let k = 0; k < occurrence; k++) {
      do at = squashed.indexOf(needle, at + 1);
      while (standalone && inside(at));
      if (at === -1) return -1;
    }
    return at;
  };
  let at = nth(false);
  if (/^[0-9]/.test(needle) && inside(at)) at = nth(true);
  return at === -1 ? null : { start: offsets[at], end: offsets[at + needle.length - 1] + 1 };
}
