// An analyst's coding sheet saved as CSV: the report one paragraph a row, under a header row that names the text's column
// (段落编号,章节,正文,备注), the part's heading repeated on every row, the analyst's own notes in a column of their own, and
// the CSV's quotes around any field with a comma (batch 115's 随州). The analysis reads it through a view of the same
// length: the paragraph's words on a line of their own, a heading row's heading, the notes after the paragraph
// (listed, so that they are read as the analyst's words, not the report's), and the row numbers, repeated headings,
// commas and quotes blanked. Every paragraph stays where it is in the stored text (its words move left by a character
// for each doubled quote before them).

/** A header's name for the column that holds the report's words. */
const TEXT_COLUMN_RE = /^(?:正文|内容|原文|文本|段落(?:内容|文本|正文)?|句子|text|content)$/i;
/** A header's name for the column that holds the part or heading a row is under. */
const SECTION_COLUMN_RE = /^(?:章节|部分|标题|小节|一级标题|所属部分|所在章节|section|heading)$/i;
/** A header's name for the column that numbers the rows. */
const NUMBER_COLUMN_RE = /^(?:段落编号|编号|序号|行号|段号|id|no\.?)$/i;
/** The fewest rows under the header that make a sheet. */
const MIN_ROWS = 5;

export interface ParagraphSheet {
  /** The view: same length as the text. */
  text: string;
  /** The analyst's notes (their offsets): words of the sheet, not of the report. */
  notes: { start: number; end: number }[];
  rows: number;
}

interface Field {
  /** Where the field starts and ends in the line, quotes included. */
  start: number;
  end: number;
  quoted: boolean;
}

/** The fields of one CSV line, with where each stands. */
function fieldsOf(line: string): Field[] {
  const fields: Field[] = [];
  let start = 0;
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let j = i + 1;
      while (j < line.length && !(line[j] === '"' && line[j + 1] !== '"')) j += line[j] === '"' ? 2 : 1;
      const end = Math.min(j + 1, line.length);
      fields.push({ start, end, quoted: true });
      i = end + 1;
      start = i;
      continue;
    }
    const comma = line.indexOf(",", i);
    const end = comma === -1 ? line.length : comma;
    fields.push({ start, end, quoted: false });
    i = end + 1;
    start = i;
    if (comma === -1) break;
  }
  return fields;
}

/** A field's words as the view shows them: quotes around it blanked, a doubled quote inside read as one Chinese quote
 * (the words after it move left by a character, the field's end padded: “十二五” must not be written “ 十二五”). */
function fieldView(line: string, f: Field): string {
  const raw = line.slice(f.start, f.end);
  if (!f.quoted) return raw;
  const inner = raw.replace(/^"|"$/g, "");
  let open = true;
  const read = inner.replace(/""/g, () => {
    const mark = open ? "“" : "”";
    open = !open;
    return mark;
  });
  return ` ${read}`.padEnd(raw.length, " ");
}

/** The sheet read as paragraphs, or null when the text is no such sheet. */
export function readParagraphSheet(text: string): ParagraphSheet | null {
  const lines = text.split("\n");
  const headerAt = lines.findIndex((l) => l.trim() !== "");
  if (headerAt === -1) return null;
  const header = lines[headerAt].replace(/^\uFEFF/, "");
  const names = header.split(",").map((n) => n.trim());
  const textColumn = names.findIndex((n) => TEXT_COLUMN_RE.test(n));
  if (names.length < 2 || textColumn === -1) return null;
  const sectionColumn = names.findIndex((n) => SECTION_COLUMN_RE.test(n));
  const rows = lines.slice(headerAt + 1).filter((l) => l.trim() !== "");
  const bare = (l: string) => l.replace(/\r$/, "");
  if (rows.length < MIN_ROWS || rows.filter((l) => fieldsOf(bare(l)).length === names.length).length < rows.length * 0.8) return null;

  const notes: ParagraphSheet["notes"] = [];
  let offset = 0;
  const out = lines.map((line, k) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (k <= headerAt || line.trim() === "") return line;
    // (A CRLF file's \r stays where it is, outside every field.)
    const fields = fieldsOf(bare(line));
    if (fields.length !== names.length) return line;
    const chars: string[] = line.split("").map((c) => (c === "\r" ? c : " "));
    const place = (f: Field, words: string) => {
      for (let i = 0; i < words.length; i++) chars[f.start + i] = words[i];
    };
    const words = (f: Field | undefined) => (f ? line.slice(f.start, f.end).replace(/^"|"$/g, "").trim() : "");
    const body = fields[textColumn];
    if (words(body) !== "") place(body, fieldView(line, body));
    // A row without the report's words is a heading's row: its heading is the line.
    else if (sectionColumn !== -1 && words(fields[sectionColumn]) !== "") place(fields[sectionColumn], fieldView(line, fields[sectionColumn]));
    // The analyst's other columns (a note, a code) after the paragraph, as sentences of their own.
    fields.forEach((f, c) => {
      if (c === textColumn || c === sectionColumn || NUMBER_COLUMN_RE.test(names[c]) || words(f) === "") return;
      place(f, fieldView(line, f));
      // (After a paragraph that ends no sentence, a title's or a heading's row, the note goes on a line of its own.)
      if (f.start > 0 && !/[。！？!?；;]["”」]?$/.test(words(body))) chars[f.start - 1] = "\n";
      notes.push({ start: lineStart + f.start, end: lineStart + f.end });
    });
    // (Each row a paragraph: its blanked first character ends the row before, a blank line between.)
    if (chars[0] === " ") chars[0] = "\n";
    return chars.join("");
  });
  return { text: out.join("\n"), notes, rows: rows.length };
}
