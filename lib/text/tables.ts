// Plain-text tables: the main-indicator tables (主要指标完成情况和预期目标) that Word, spreadsheet and web copies give
// as one row a line, cells apart by tabs, runs of blanks or pipes. Without this every row would read as a short
// unpunctuated line, that is a heading, and its numbers would lose the column that says target or result.
import type { ClassifiedLine } from "./boilerplate";
import { CSV_MIN_ROWS, csvFields } from "./csv-lines";
import { BULLET_RE, MOVED_OR_HELD_AT } from "./heading-patterns";

export interface TableLine {
  cells: string[];
  /** A PDF's one-cell-a-line row: the index of the row's last line (its other lines are `inRow`). */
  rowEnd?: number;
  /** A line inside a one-cell-a-line row after its first: part of that row, no unit of its own. */
  inRow?: boolean;
  /** The header row's cells of this table, when it has one (指标 | 单位 | 2019年完成 | 2020年目标). */
  header: string[] | null;
  isHeader: boolean;
}

const CELL_SPLIT_RE = /[ \u3000]{2,}/;
const MIN_CELLS = 3;
const MIN_DATA_ROWS = 2;
/** A cell holding a figure: 6.5, -2.1, 3以内, 6左右, 1,200, 12.5%, 9218.4亿元, 12亿美元以上. A year (2019年完成) is a
 * column name, not a figure. */
// (A footnote mark after the figure, 4.0③ or 4.0[1] or 4.0¹, is the figure's.)
// (突破2700亿元, 12.6%（预计）, 33微克/立方米以内: a bound before the figure, an estimate's mark after it, a concentration.)
// (降至12.4%, 提高到95%: a cell of an explainer that says where the figure moved is a figure too, batch 54's 黔东南.)
const FIGURE_CELL_RE = new RegExp(String.raw`^(?:突破|超过|达到|约|近|${MOVED_OR_HELD_AT}|下降到|增至|提升到|提升至)?[-+−－]?\d[\d,，.．]*\s*(?:%|‰|个百分点|微克\/立方米|(?:万亿|亿|万|千)?(?:元|美元|人次|人|户|家|个|项|件|吨|公里|亩|平方米|标箱|千瓦|天))?(?:左右|以上|以内|以下|上下)?(?:[①-⑳¹²³⁴⁵⁶⁷⁸⁹⁰]|\[\d{1,2}\])?(?:[（(]预计[)）])?$|^[-+−－]?\d[\d.．]*\s*[-－~～至]\s*\d[\d.．]*%?$`);

/** Tabs and pipes keep empty cells (a blank unit cell must not shift the columns); runs of blanks cannot. */
// (A table drawn in box-drawing characters, │地区生产总值　│亿元　│10%左右│, parts its cells by │ or ┃ as by pipes.)
export function splitCells(text: string): string[] {
  const inner = text.replace(/^\s*[|｜│┃]|[|｜│┃]\s*$/g, "");
  if (/[|｜│┃]/.test(inner)) return inner.split(/[|｜│┃]/).map((cell) => cell.trim());
  // (序号  指标⇥单位⇥…: a run of blanks inside a tab-separated row parts cells too, where a copy mixed the two; ideographic
  // spaces do not, which spread a short cell's characters: 指　　标.)
  if (inner.includes("\t")) return inner.split("\t").flatMap((cell) => cell.trim().split(/ {2,}/)).map((cell) => unquoteCell(cell.trim()));
  const cells = inner.split(CELL_SPLIT_RE).map((cell) => cell.trim()).filter((cell) => cell !== "");
  if (cells.length >= MIN_CELLS) return cells;
  // 地区生产总值增长（%）　5以上　4.9: a PDF's table row with one ideographic space a column, when every cell after the
  // name is a figure (a headline's 凝心聚力抓发展　实干担当开新局 has no figure cell and stays one line).
  const single = inner.trim().split("\u3000").map((cell) => cell.trim()).filter((cell) => cell !== "");
  if (single.length < MIN_CELLS || /[，,。；;]/.test(inner)) return cells;
  const figures = single.slice(1);
  const row = figures.some(isFigureCell) && figures.every((c) => isFigureCell(c) || DASH_CELL_RE.test(c));
  // 指标　2023年目标　完成情况: the header row above such rows names its columns.
  const header = single.every((c) => c.length <= 10) && single.filter((c) => HEADER_WORD_RE.test(c)).length >= 2;
  return row || header ? single : cells;
}

const HEADER_WORD_RE = /指标|目标|完成|实际|预计|单位|增幅|增速/;

/** A spreadsheet's cell saved as tab-separated text: "1,880" quoted for its comma, "" a quote inside it. */
function unquoteCell(cell: string): string {
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

/** A quoted cell broken by a line end inside it ("地方一般公共预算⏎收入增长"⇥%⇥6): its first line opens the quote. */
const OPEN_QUOTED_CELL_RE = /^"[^"\t]*$/;
/** —, -, / in a cell: no value given. */
const DASH_CELL_RE = /^[-—－/]+$/;

export const isFigureCell = (cell: string) => FIGURE_CELL_RE.test(cell);

/**
 * Finds table blocks: runs of content lines (single blank lines between rows allowed) of three or more cells each,
 * with at least two rows that hold a figure. The first row is the header when it holds no figure.
 * Returns the table lines by line index.
 */
export function findTableLines(lines: ClassifiedLine[], stored?: string): Map<number, TableLine> {
  // A spreadsheet's row saved as tab-separated text keeps the tabs of its empty cells at either end (⇥%⇥8.5⇥8.9): read from
  // the stored line, not from the line's trimmed text, so that its columns stay in place.
  const rowText = (line: ClassifiedLine) => {
    const raw = stored?.slice(line.start, line.end).replace(/\r$/, "");
    return raw !== undefined && /^\t|\t$/.test(raw) ? raw : line.text;
  };
  const out = new Map<number, TableLine>();
  let run: TableRow[] = [];
  const flush = () => {
    markTable(run, out);
    run = [];
  };
  let blanks = 0;
  for (const [k, line] of lines.entries()) {
    if (line.kind === "blank") {
      if (++blanks > 1) flush();
      continue;
    }
    // A page's number and running title where the page broke the table: the table goes on across them.
    if (line.pageFurniture) {
      blanks = 0;
      continue;
    }
    blanks = 0;
    const text = rowText(line);
    // 一、经济发展⇥⇥⇥⇥⇥: a group's name on a spreadsheet's row of its own stays a line of its own, inside the table.
    if (run.length && line.kind === "content" && text.includes("\t") && splitCells(text).filter(Boolean).length === 1) continue;
    // "地方一般公共预算⏎收入增长"⇥%⇥6⇥6.4: a row whose name cell a line end breaks is one row over both lines.
    const rest = lines[k + 1];
    if (run.length && line.kind === "content" && OPEN_QUOTED_CELL_RE.test(line.text.trim()) && rest?.kind === "content" && /^[^"\t]*"\t/.test(rest.text)) {
      const [tail, ...others] = rest.text.split("\t");
      run.push({ line, cells: [line.text.trim().slice(1) + tail.trim().slice(0, -1), ...others.map((cell) => unquoteCell(cell.trim()))], rowEnd: rest });
      continue;
    }
    if (run.at(-1)?.rowEnd === line) continue;
    const cells = line.kind === "content" ? splitCells(text) : [];
    // Tabs and pipes say "table" plainly: two columns (指标 | 2025年目标) are enough there, a name then a figure or a
    // short cell (not 1.⏎tab⏎地区生产总值增长6%, a numbered line); blanks need three.
    const filled = cells.filter(Boolean);
    const twoColumns = filled.length === 2 && /[\t|｜│┃]/.test(line.text) && !isFigureCell(filled[0]) && (isFigureCell(filled[1]) || filled[1].length <= 12);
    const singleBlank = line.kind === "content" ? singleBlankCells(text, run) : null;
    if ((filled.length >= MIN_CELLS || twoColumns) && !/[。！？]$/.test(line.text)) run.push({ line, cells });
    else if (singleBlank) run.push({ line, cells: singleBlank });
    else flush();
  }
  flush();
  findCsvTables(lines, out);
  findCellPerLineTables(lines, out);
  return out;
}

/** 11 细颗粒物（PM2.5）年均浓度 微克/立方米 35左右 32 34 持续改善: inside a table of two rows or more, a row whose cells one
 * blank parts, as many as the table's first row has, two figures at least and no clause punctuation: its cells, or null. */
function singleBlankCells(text: string, run: TableRow[]): string[] | null {
  if (run.length < 2 || /[，,。；;：:]/.test(text)) return null;
  const cells = text.trim().split(/[ \u3000]/).filter(Boolean);
  return cells.length === run[0].cells.length && cells.filter(isFigureCell).length >= 2 ? cells : null;
}

/** A table's row: its line, its cells, and the line it ends on when a line end broke one of its cells. */
interface TableRow {
  line: ClassifiedLine;
  cells: string[];
  rowEnd?: ClassifiedLine;
}

/** A run of rows is a table when two or more hold a figure; its first row is the header when it holds none. Lines already
 * read as a table's are left as they are. */
function markTable(rows: TableRow[], out: Map<number, TableLine>): void {
  if (rows.filter((r) => r.cells.some(isFigureCell)).length < MIN_DATA_ROWS) return;
  const [first, second] = rows;
  let header = first.cells.some(isFigureCell) ? null : first.cells;
  // 指标名称⇥单位⇥2021年⇥⇥2022年⇥属性 over ⇥⇥目标⇥预计完成⇥目标⇥: a spreadsheet's header on two rows, a year's cell merged
  // over the columns named on the row below. Each column is named by both (2021年预计完成).
  const twoRows = header !== null && second !== undefined && isLowerHeaderRow(first.cells, second.cells);
  if (twoRows) header = mergedHeader(first.cells, second.cells);
  const headerRows = header === null ? 0 : twoRows ? 2 : 1;
  // ⇥%⇥8.5⇥8.9⇥8左右: a row whose name cell is empty (merged with the one above, as a spreadsheet prints it) is the same
  // figure's in another unit.
  let name = "";
  rows.forEach((r, k) => {
    if (r.cells[0]) name = r.cells[0];
    const cells = k >= headerRows && r.cells[0] === "" && name && r.cells.some(isFigureCell) ? [name, ...r.cells.slice(1)] : r.cells;
    if (out.has(r.line.index)) return;
    out.set(r.line.index, { cells, header, isHeader: k < headerRows, ...(r.rowEnd ? { rowEnd: r.rowEnd.index } : {}) });
    if (r.rowEnd) out.set(r.rowEnd.index, { cells: [], header, isHeader: false, inRow: true });
  });
}

/** A header's second row: the name and unit columns left empty, and a column named under an empty cell of the first. */
function isLowerHeaderRow(top: string[], lower: string[]): boolean {
  return lower.length === top.length && lower[0] === "" && lower.some((cell, k) => cell !== "" && top[k] === "") && lower.filter(Boolean).length >= 2;
}

function mergedHeader(top: string[], lower: string[]): string[] {
  let spanning = "";
  return top.map((cell, k) => {
    if (cell) spanning = cell;
    return lower[k] ? `${cell || spanning}${lower[k]}` : cell;
  });
}

/**
 * An indicator table exported from a spreadsheet as CSV lines after a Word copy's text (batch 62's 武清): lines with the
 * same number of fields, three or more of them, and at least two rows that hold a figure. A row with one filled field (the
 * sheet's title, a group's name 一、经济发展,,,,,, or its note) stays a line of its own and does not end the table; the first
 * row of several fields without a figure is the header.
 */
function findCsvTables(lines: ClassifiedLine[], out: Map<number, TableLine>): void {
  let block: { line: ClassifiedLine; cells: string[] }[] = [];
  const flush = () => {
    if (block.length >= CSV_MIN_ROWS) markTable(block.filter((r) => r.cells.filter(Boolean).length >= MIN_CELLS), out);
    block = [];
  };
  for (const line of lines) {
    if (line.kind === "blank" || line.pageFurniture || line.csvLone) continue;
    const cells = line.kind === "content" ? csvFields(line.text.trim()) : null;
    if (!cells || (block.length && cells.length !== block[0].cells.length)) flush();
    if (cells) block.push({ line, cells });
  }
  flush();
}

/** A cell of a PDF table flattened to one cell a line: short and unpunctuated (a bulleted line, 🔹GDP总量, is a list's item). */
const CELL_LINE_MAX = 20;
const MIN_RUN = 8;

/**
 * PDF text layers flatten a table to one cell a line: 指标⏎单位⏎2019年完成⏎2020年目标⏎地区生产总值增长⏎%⏎6.8⏎6.5左右….
 * The header is the run's leading cells without a figure; its length is the column count, and every following row
 * of that many cells must start with a name and hold a figure. Rows are read until one does not fit.
 */
function findCellPerLineTables(lines: ClassifiedLine[], out: Map<number, TableLine>): void {
  const isCell = (l: ClassifiedLine) =>
    l.kind === "content" && !out.has(l.index) && l.text.length <= CELL_LINE_MAX && !/[。！？；;，,：:]$/.test(l.text) && !BULLET_RE.test(l.text.trim());
  let i = 0;
  while (i < lines.length) {
    const run: ClassifiedLine[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      if (lines[j].kind === "blank" || lines[j].pageFurniture) continue;
      if (!isCell(lines[j])) break;
      run.push(lines[j]);
    }
    if (run.length >= MIN_RUN) readCellRun(run, out);
    i = Math.max(j, i + 1);
  }
}

function readCellRun(run: ClassifiedLine[], out: Map<number, TableLine>): void {
  // The column count is the header's length: try each, keep the one under which most rows fit.
  // A title line or two may come before the header (附表：主要指标): try starting there too.
  let best: { skip: number; columns: number; rows: ClassifiedLine[][] } = { skip: 0, columns: 0, rows: [] };
  for (let skip = 0; skip <= 2; skip++) {
    for (let columns = 2; columns <= 8; columns++) {
      if (run.slice(skip, skip + columns).some((l) => isFigureCell(l.text))) break;
      const rows: ClassifiedLine[][] = [];
      for (let at = skip + columns; at + columns <= run.length; at += columns) {
        const row = run.slice(at, at + columns);
        if (!fitsRow(row.map((l) => l.text))) break;
        rows.push(row);
      }
      if (rows.length > best.rows.length) best = { skip, columns, rows };
    }
  }
  const { skip, columns, rows } = best;
  if (rows.length < MIN_DATA_ROWS) return;
  const headerLines = run.slice(skip, skip + columns);
  const header = headerLines.map((l) => l.text);
  for (const row of [headerLines, ...rows]) {
    const isHeader = row === headerLines;
    out.set(row[0].index, { cells: row.map((l) => l.text), header, isHeader, rowEnd: row[row.length - 1].index });
    for (const l of row.slice(1)) out.set(l.index, { cells: [], header, isHeader, inRow: true });
  }
}

/** A target said in words (完成市下达任务, 与经济增长同步): a cell of a target table that holds no figure. */
const WORDED_TARGET_RE = /^[\u4e00-\u9fa5]{2,10}$/;
const WORDED_TARGET_VERB_RE = /完成|下达|同步|保持|达到|确保|力争|稳定|控制/;

/** A row names its metric first; every other cell is a figure, a unit (亿元, %), a dash for no value, or a target in words. */
function fitsRow(cells: string[]): boolean {
  const [name, ...rest] = cells;
  if (isFigureCell(name) || name.length < 2) return false;
  const fits = (c: string) => isFigureCell(c) || c.length <= 4 || DASH_CELL_RE.test(c) || (WORDED_TARGET_RE.test(c) && WORDED_TARGET_VERB_RE.test(c));
  return rest.some(isFigureCell) && rest.every(fits);
}
