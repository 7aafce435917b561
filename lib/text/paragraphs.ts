import { CLAUSE_PUNCT, CLOSERS, TERMINALS, endsSentence, isWhitespace } from "./chars";
import { WORD_COUNT_RE, datelineLength, type ClassifiedLine } from "./boilerplate";
import { numberedLevel, startsStructure } from "./heading-patterns";

/** A paragraph of real content: a range of the stored text that may span PDF line breaks. */
export interface Paragraph {
  start: number;
  end: number;
  /** Continues across at least one PDF line break. */
  joined: boolean;
  /** Began at a line start (not split off after a lost break `。 `). */
  lineStart: boolean;
  /** A dateline such as `浙江在线1月17日讯` was skipped at its start. */
  dateline: boolean;
}

interface Piece {
  start: number;
  end: number;
}

/** Split a line at lost paragraph breaks: a sentence end followed by horizontal blanks and more text. */
function linePieces(stored: string, line: ClassifiedLine): Piece[] {
  let end = line.cEnd;
  const wc = WORD_COUNT_RE.exec(line.text);
  if (wc) end = line.cStart + wc.index;
  while (end > line.cStart && isWhitespace(stored[end - 1])) end--;
  const pieces: Piece[] = [];
  let pStart = line.cStart;
  for (let i = line.cStart; i < end; i++) {
    if (!TERMINALS.has(stored[i])) continue;
    let j = i + 1;
    while (j < end && CLOSERS.has(stored[j])) j++;
    let k = j;
    while (k < end && isWhitespace(stored[k])) k++;
    if (k > j && k < end) {
      pieces.push({ start: pStart, end: j });
      pStart = k;
    }
    i = k - 1;
  }
  if (end > pStart) pieces.push({ start: pStart, end });
  return pieces;
}

const OPENERS = new Set(["《", "“", "‘", "（", "(", "「", "『", "【", "〔", "["]);
const ENUMERATOR_ONLY_RE = /^(?:[一二三四五六七八九十]{1,3}(?:是|要|则|条是|、)|第[一二三四五六七八九十]{1,3}[，,、]?|[(（][一二三四五六七八九十]{1,3}[)）])$/;
const DANGLING_END_RE = /(?:[，,、]|[^\s]的|^在|关于|^对)$/;
const MID_SENTENCE_START_RE = /^[》〉）)」』】〕\]”’、，,。；;！？!?]/;

/**
 * Whether a line break is a PDF artefact inside a paragraph. In PDF extractions every paragraph is followed by a
 * blank line, so the blank line says nothing: decide from how the previous line ends and how the next one starts.
 */
export function isPdfBreak(prevPiece: string, next: string, prevContinues = false): boolean {
  if (!prevPiece || !next || endsSentence(prevPiece)) return false;
  const last = prevPiece[prevPiece.length - 1];
  // Web copies break lines around every link and subscript: 我国第一部《⏎国防法⏎》开始实施, 颗粒物（PM⏎2.5⏎）.
  // A line that ends on an opening bracket, or a next line that starts on closing or clause punctuation, is mid-sentence.
  if (OPENERS.has(last) || MID_SENTENCE_START_RE.test(next)) return true;
  if (/[A-Za-z]$/.test(prevPiece) && /^\d+(?:\.\d+)?(?![\d年月日])/.test(next)) return true;
  // 一是⏎认真完善…, 第一，⏎修订…, 在⏎工资制度和价格改革⏎上迈出…: an enumerator alone, or a line that stops on a comma
  // or a preposition, cannot end a paragraph.
  if (ENUMERATOR_ONLY_RE.test(prevPiece) || DANGLING_END_RE.test(prevPiece)) return !startsStructure(next);
  // A colon ends a lead-in (各位代表: / 主要是:) unless it is inside a ratio such as 73.52:24.77:.
  if ((last === ":" || last === "：") && !/[0-9][:：]$/.test(prevPiece)) return false;
  if (last === ";" || last === "；") return false;
  if (numberedLevel(prevPiece) !== null && !/[。！？!?]/.test(prevPiece)) return false;
  // Short unpunctuated lines are headings (001's news subheads), not broken body lines.
  let punct = false;
  for (let i = 0; i < prevPiece.length - 1 && !punct; i++) punct = CLAUSE_PUNCT.has(prevPiece[i]) || TERMINALS.has(prevPiece[i]);
  // …unless the short line itself continued the line before it (the link text of 在⏎工资制度和价格改革⏎上迈出…).
  if (!punct && prevPiece.length < 40 && !prevContinues) return false;
  return !startsStructure(next);
}

export function buildParagraphs(stored: string, lines: ClassifiedLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // The previous line's last piece, after any dateline: a break after it may be a PDF break.
  let prev: Piece | null = null;
  // Whether that piece was itself joined to the line before it.
  let prevContinues = false;
  const text = (p: Piece) => stored.slice(p.start, p.end);
  for (const line of lines) {
    if (line.kind === "blank") continue;
    if (line.kind !== "content") {
      prev = null;
      prevContinues = false;
      continue;
    }
    const pieces = linePieces(stored, line);
    let last: Piece | null = null;
    let continues = false;
    pieces.forEach((piece, k) => {
      const cur = paragraphs[paragraphs.length - 1];
      last = piece;
      continues = false;
      if (k === 0 && prev && cur && isPdfBreak(text(prev), text(piece), prevContinues)) {
        cur.end = piece.end;
        cur.joined = true;
        continues = true;
        return;
      }
      let start = piece.start + datelineLength(text(piece));
      while (start < piece.end && isWhitespace(stored[start])) start++;
      last = start < piece.end ? { start, end: piece.end } : null;
      if (last) paragraphs.push({ start, end: piece.end, joined: false, lineStart: k === 0, dateline: start > piece.start });
    });
    prev = last;
    prevContinues = continues;
  }
  return paragraphs;
}
