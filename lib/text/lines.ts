import { isWhitespace } from "./chars";
import { narrowCsvLoneFields } from "./csv-lines";

/** One line of the stored text. start/end exclude the line break; cStart/cEnd exclude indentation and trailing blanks. */
export interface Line {
  index: number;
  start: number;
  end: number;
  cStart: number;
  cEnd: number;
  /** stored.slice(cStart, cEnd) */
  text: string;
  /** A spreadsheet's CSV line that fills one field (a title, a group's name, a note): cStart/cEnd hold that field only. */
  csvLone?: true;
}

export function splitLines(stored: string): Line[] {
  const lines: Line[] = [];
  const markdown = isMarkdown(stored);
  let start = 0;
  while (start <= stored.length) {
    let end = stored.indexOf("\n", start);
    if (end === -1) end = stored.length;
    let cStart = start;
    let cEnd = end;
    while (cStart < cEnd && isWhitespace(stored[cStart])) cStart++;
    while (cEnd > cStart && isWhitespace(stored[cEnd - 1])) cEnd--;
    if (markdown) cStart += markdownPrefixLength(stored.slice(cStart, cEnd));
    lines.push({ index: lines.length, start, end, cStart, cEnd, text: stored.slice(cStart, cEnd) });
    start = end + 1;
  }
  narrowCsvLoneFields(lines);
  return lines;
}

/** `## 一、…`, `### （一）…`: Markdown heading lines. */
const MD_HEADINGS_RE = /^#{1,6}[ \t\u3000]+\S/gm;
/** `---` / `title: …` … `---` opening the text. */
const MD_FRONT_RE = /^\uFEFF?---[ \t]*\r?\n(?:[A-Za-z_][\w-]*:.*\r?\n){1,20}---[ \t]*(?:\r?\n|$)/;
/** `[来源](https://…)`: a Markdown link, its words in group 1 (clean-span.ts keeps them, boilerplate.ts skips a line of one). */
export const MD_LINK_PATTERN = String.raw`\[([^\]\n]{1,40})\]\((?:https?:\/\/|www\.)[^)\s]*\)`;

/**
 * A text saved as a Markdown note (a knowledge base's export): it opens on front matter, or it has two or more `#`
 * heading lines. Only then are `#`, `>`, `-` and `*` at a line's start markup (a plain copy's `- 3 -` is a page number).
 */
export function isMarkdown(stored: string): boolean {
  return MD_FRONT_RE.test(stored) || (stored.match(MD_HEADINGS_RE)?.length ?? 0) >= 2;
}

/** `## `, `> `, `- `, `* `, `+ ` (and `> - `) before a line's text: the markup's length, 0 when there is none. */
export function markdownPrefixLength(text: string): number {
  return /^(?:#{1,6}[ \t\u3000]+|>[ \t\u3000]?|[-*+][ \t\u3000]+)*/.exec(text)![0].length;
}
