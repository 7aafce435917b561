import type { Indicator } from "./types";

export interface TextPiece {
  text: string;
  indicator: Indicator | null;
}

/** Split a sentence into plain pieces and indicator numbers, so a number and its unit render as one unit. */
export function splitByIndicators(text: string, indicators: Indicator[]): TextPiece[] {
  const spans = indicators
    .filter((i) => i.start >= 0 && i.end <= text.length && i.start < i.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping spans: the first one wins
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), indicator: null });
    pieces.push({ text: text.slice(span.start, span.end), indicator: span });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), indicator: null });
  return pieces;
}

/** A table row's pieces grouped into its cells (the row's text has a tab between cells). */
export function splitTableCells(pieces: TextPiece[]): TextPiece[][] {
  const cells: TextPiece[][] = [[]];
  for (const piece of pieces) {
    if (piece.indicator) {
      cells[cells.length - 1].push(piece);
      continue;
    }
    piece.text.split("\t").forEach((part, n) => {
      if (n > 0) cells.push([]);
      if (part) cells[cells.length - 1].push({ text: part, indicator: null });
    });
  }
  return cells;
}
