// A spreadsheet's rows exported as CSV lines after a Word copy's text (batch 62's 武清: 附件：…主要指标,,,,,,⏎序号,指标名称,
// 单位,2017年完成,2018年预期目标,…⏎一、经济发展,,,,,,⏎1,地区生产总值,亿元,"1,126.5",…). tables.ts reads the rows; here are
// the fields, and the lines of a sheet that fill one field only (its title, a group's name, its note), read as that field.
import type { Line } from "./lines";

/** A spreadsheet's rows exported as CSV lines have this many fields. */
const CSV_MIN_FIELDS = 4;
export const CSV_MIN_ROWS = 3;
/** Rows that fill this many fields or more are the sheet's table rows (a title or a group's name fills one). */
const CSV_ROW_MIN_FILLED = 3;

interface FieldSpan {
  /** The field's words: quotes taken off, "" read as ". */
  text: string;
  /** Where its words start and end in the line (blanks and quotes outside). */
  start: number;
  end: number;
}

function fieldSpans(text: string): FieldSpan[] {
  const spans: FieldSpan[] = [];
  let field = "";
  let quoted = false;
  let start = -1;
  let end = -1;
  const push = () => {
    spans.push({ text: field.trim(), start: start < 0 ? end : start, end });
    field = "";
    start = -1;
  };
  const take = (ch: string, at: number) => {
    field += ch;
    if (/\s/.test(ch)) return;
    if (start < 0) start = at;
    end = at + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
      end = i + 1;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) take(ch, i);
    else if (ch === '"' && field.trim() === "") quoted = true;
    else if (ch === ",") {
      push();
      end = i + 1;
    } else take(ch, i);
  }
  push();
  return spans;
}

/** Enough ASCII commas for a row's fields (counted without a pattern: most lines have none), and no full stop (a field with
 * one is prose, never a cell: a sentence written with ASCII commas is no row). */
function hasFieldCommas(text: string): boolean {
  if (/[。！？]/.test(text)) return false;
  let commas = 0;
  for (let i = text.indexOf(","); i !== -1 && commas < CSV_MIN_FIELDS - 1; i = text.indexOf(",", i + 1)) commas++;
  return commas >= CSV_MIN_FIELDS - 1;
}

/** The fields of a line that can be a sheet's row: enough of them, each short (no full stop: hasFieldCommas), or null. */
function rowFieldSpans(text: string): FieldSpan[] | null {
  if (!hasFieldCommas(text)) return null;
  const spans = fieldSpans(text);
  return spans.length >= CSV_MIN_FIELDS && spans.every((f) => f.text.length <= 60) ? spans : null;
}

/** The fields of a CSV line (quoted fields may hold commas: "1,126.5"), or null when it has too few to be a row. */
export function csvFields(text: string): string[] | null {
  return rowFieldSpans(text)?.map((f) => f.text) ?? null;
}

/**
 * In a sheet of CSV lines (three or more lines of the same field count, two of them table rows), a line that fills one
 * field (附件：武清区2018年国民经济和社会发展主要指标,,,,,,, 一、经济发展,,,,,,, "注：1.…按可比价格计算",,,,,,) is read as that
 * field's words: its line's content is narrowed to them, so it heads or notes as the same words on a line alone would,
 * and the reader never shows the empty fields' commas. The stored text is not touched.
 */
export function narrowCsvLoneFields(lines: Line[]): void {
  let block: { line: Line; spans: FieldSpan[] }[] = [];
  const flush = () => {
    const rows = block.filter((r) => r.spans.filter((s) => s.text).length >= CSV_ROW_MIN_FILLED).length;
    if (block.length >= CSV_MIN_ROWS && rows >= 2) {
      for (const { line, spans } of block) {
        const filled = spans.filter((s) => s.text);
        if (filled.length !== 1) continue;
        const [only] = filled;
        line.cStart += only.start;
        line.cEnd = line.cStart + (only.end - only.start);
        line.text = line.text.slice(only.start, only.end);
        line.csvLone = true;
      }
    }
    block = [];
  };
  for (const line of lines) {
    if (line.text === "") continue;
    const spans = rowFieldSpans(line.text);
    if (!spans || (block.length && spans.length !== block[0].spans.length)) flush();
    if (spans) block.push({ line, spans });
  }
  flush();
}
