import { isWhitespace } from "./chars";

/** One line of the stored text. start/end exclude the line break; cStart/cEnd exclude indentation and trailing blanks. */
export interface Line {
  index: number;
  start: number;
  end: number;
  cStart: number;
  cEnd: number;
  /** stored.slice(cStart, cEnd) */
  text: string;
}

export function splitLines(stored: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= stored.length) {
    let end = stored.indexOf("\n", start);
    if (end === -1) end = stored.length;
    let cStart = start;
    let cEnd = end;
    while (cStart < cEnd && isWhitespace(stored[cStart])) cStart++;
    while (cEnd > cStart && isWhitespace(stored[cEnd - 1])) cEnd--;
    lines.push({ index: lines.length, start, end, cStart, cEnd, text: stored.slice(cStart, cEnd) });
    start = end + 1;
  }
  return lines;
}
