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

/**
 * Whether a line break is a PDF artefact inside a paragraph. In PDF extractions every paragraph is followed by a
 * blank line, so the blank line says nothing: decide from how the previous line ends and how the next one starts.
 */
export function isPdfBreak(prevPiece: string, next: string): boolean {
  if (!prevPiece || !next || endsSentence(prevPiece)) return false;
  const last = prevPiece[prevPiece.length - 1];
  // A colon ends a lead-in (各位代表: / 主要是:) unless it is inside a ratio such as 73.52:24.77:.
  if ((last === ":" || last === "：") && !/[0-9][:：]$/.test(prevPiece)) return false;
  if (last === ";" || last === "；") return false;
  if (numberedLevel(prevPiece) !== null && !/[。！？!?]/.test(prevPiece)) return false;
  // Short unpunctuated lines are headings (001's news subheads), not broken body lines.
  let punct = false;
  for (let i = 0; i < prevPiece.length - 1 && !punct; i++) punct = CLAUSE_PUNCT.has(prevPiece[i]) || TERMINALS.has(prevPiece[i]);
  if (!punct && prevPiece.length < 40) return false;
  return !startsStructure(next);
}

export function buildParagraphs(stored: string, lines: ClassifiedLine[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  // The previous line's last piece, after any dateline: a break after it may be a PDF break.
  let prev: Piece | null = null;
  const text = (p: Piece) => stored.slice(p.start, p.end);
  for (const line of lines) {
    if (line.kind === "blank") continue;
    if (line.kind !== "content") {
      prev = null;
      continue;
    }
    const pieces = linePieces(stored, line);
    let last: Piece | null = null;
    pieces.forEach((piece, k) => {
      const cur = paragraphs[paragraphs.length - 1];
      last = piece;
      if (k === 0 && prev && cur && isPdfBreak(text(prev), text(piece))) {
        cur.end = piece.end;
        cur.joined = true;
        return;
      }
      let start = piece.start + datelineLength(text(piece));
      while (start < piece.end && isWhitespace(stored[start])) start++;
      last = start < piece.end ? { start, end: piece.end } : null;
      if (last) paragraphs.push({ start, end: piece.end, joined: false, lineStart: k === 0, dateline: start > piece.start });
    });
    prev = last;
  }
  return paragraphs;
}
