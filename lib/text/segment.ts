import { CITATION_MARK_RE, CLOSERS, STAGE_REMARK_RE, TERMINALS, isAsciiAlnum, isWhitespace } from "./chars";

export interface Span {
  start: number;
  end: number;
}

const URL_CHARS = /[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]/;
const EMAIL_CHARS = /[A-Za-z0-9._%+\-]/;

/**
 * Ranges that must never be split: URLs (`?` and `!` may occur in them) and e-mail addresses.
 * Found by expanding around literal anchors, so the scan stays linear on any input.
 */
function protectedRanges(stored: string, start: number, end: number): Span[] {
  const ranges: Span[] = [];
  const seg = stored.slice(start, end);
  for (const anchor of ["http://", "https://", "www."]) {
    let at = seg.indexOf(anchor);
    while (at !== -1) {
      let e = at + anchor.length;
      while (e < seg.length && URL_CHARS.test(seg[e])) e++;
      ranges.push({ start: start + at, end: start + e });
      at = seg.indexOf(anchor, e);
    }
  }
  let at = seg.indexOf("@");
  while (at !== -1) {
    let s = at;
    while (s > 0 && EMAIL_CHARS.test(seg[s - 1])) s--;
    let e = at + 1;
    while (e < seg.length && EMAIL_CHARS.test(seg[e])) e++;
    if (s < at && e > at + 1) ranges.push({ start: start + s, end: start + e });
    at = seg.indexOf("@", e);
  }
  return ranges.sort((a, b) => a.start - b.start);
}

const HAN_RE = /[\u4e00-\u9fa5]/;

/**
 * Split one paragraph into sentence spans. Splits after 。！？!?, keeping closing quotes and brackets with the
 * sentence they close, so an opening “ starts the next sentence. `……` never splits by itself (mid-sentence it is a
 * pause; at the paragraph end the paragraph ends anyway). `;` does not split: indicator lists are single sentences.
 * `.` never splits (726.47, 2.0版, ...).
 */
export function segmentParagraph(stored: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const ranges = protectedRanges(stored, start, end);
  let r = 0;
  let sStart = start;
  let i = start;
  const emit = (to: number) => {
    let e = to;
    while (e > sStart && isWhitespace(stored[e - 1])) e--;
    if (e > sStart) spans.push({ start: sStart, end: e });
    let n = to;
    while (n < end && isWhitespace(stored[n])) n++;
    sStart = n;
    return n;
  };
  while (i < end) {
    while (r < ranges.length && ranges[r].end <= i) r++;
    if (r < ranges.length && ranges[r].start <= i) {
      i = ranges[r].end;
      continue;
    }
    const ch = stored[i];
    // 创历史新高o新增规模以上工业企业52家: OCR read a full stop as the letter o; between two characters it ends the sentence.
    if (ch === "o" && HAN_RE.test(stored[i - 1] ?? "") && HAN_RE.test(stored[i + 1] ?? "") && i > start) {
      i = emit(i + 1);
      continue;
    }
    if (TERMINALS.has(ch)) {
      // `Yahoo!`-style latin exclamations inside words are not sentence ends.
      if ((ch === "!" || ch === "?") && i + 1 < end && isAsciiAlnum(stored[i + 1]) && i > start && isAsciiAlnum(stored[i - 1])) {
        i++;
        continue;
      }
      // 1.3[?]万亩: a transcriber's mark of a character read unsure, inside the sentence.
      if ((ch === "?" || ch === "？") && /[[［]/.test(stored[i - 1] ?? "") && /[\]］]/.test(stored[i + 1] ?? "")) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end && (TERMINALS.has(stored[j]) || stored[j] === "…")) j++;
      j = absorbClosers(stored, sStart, j, end);
      j = absorbStageRemark(stored, j, end);
      j = absorbCitationMark(stored, j, end);
      i = emit(j);
      continue;
    }
    i++;
  }
  emit(end);
  return spans;
}

function absorbClosers(stored: string, sStart: number, from: number, end: number): number {
  let j = from;
  for (;;) {
    if (j < end && CLOSERS.has(stored[j])) {
      j++;
      continue;
    }
    // A straight quote closes only when the sentence has an odd number of them so far.
    if (j < end && stored[j] === '"' && countChar(stored, sStart, j, '"') % 2 === 1) {
      j++;
      continue;
    }
    return j;
  }
}

/**
 * A stage remark after a sentence's end, with more of the paragraph after it (…不漏一人。（热烈掌声）总干渠…): the
 * response to the sentence before, kept with it. At the paragraph's end it stays a unit of its own, as a live report
 * writes it on its entry's last line.
 */
function absorbStageRemark(stored: string, from: number, end: number): number {
  if (stored[from] !== "（" && stored[from] !== "(") return from;
  const remark = STAGE_REMARK_RE.exec(stored.slice(from, Math.min(end, from + 16)));
  if (!remark) return from;
  let after = from + remark[0].length;
  while (after < end && isWhitespace(stored[after])) after++;
  return after < end ? from + remark[0].length : from;
}

/** …增长8.1%。[1] 报告回顾了…: an encyclopedia's citation mark after a sentence's end cites that sentence, never opens the
 * next one. */
function absorbCitationMark(stored: string, from: number, end: number): number {
  if (stored[from] !== "[" && stored[from] !== "［") return from;
  const mark = CITATION_MARK_RE.exec(stored.slice(from, Math.min(end, from + 16)));
  return mark ? from + mark[0].length : from;
}

function countChar(s: string, from: number, to: number, ch: string): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s[i] === ch) n++;
  return n;
}
