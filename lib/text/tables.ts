// Plain-text tables: the main-indicator tables (主要指标完成情况和预期目标) that Word, spreadsheet and web copies give
// as one row a line, cells apart by tabs, runs of blanks or pipes. Without this every row would read as a short
// unpunctuated line, that is a heading, and its numbers would lose the column that says target or result.
import type { ClassifiedLine } from "./boilerplate";

export interface TableLine {
  cells: string[];
  /** The header row's cells of this table, when it has one (指标 | 单位 | 2019年完成 | 2020年目标). */
  header: string[] | null;
  isHeader: boolean;
}

const CELL_SPLIT_RE = /[ \u3000]{2,}/;
const MIN_CELLS = 3;
const MIN_DATA_ROWS = 2;
/** A cell holding a figure: 6.5, -2.1, 3以内, 6左右, 1,200, 12.5%. A year (2019年完成) is a column name, not a figure. */
const FIGURE_CELL_RE = /^[-+−－]?\d[\d,，.．]*\s*(?:%|‰|个百分点)?(?:左右|以上|以内|以下|上下)?$|^[-+−－]?\d[\d.．]*\s*[-－~～至]\s*\d[\d.．]*%?$/;

/** Tabs and pipes keep empty cells (a blank unit cell must not shift the columns); runs of blanks cannot. */
export function splitCells(text: string): string[] {
  const inner = text.replace(/^\s*[|｜]|[|｜]\s*$/g, "");
  if (/[|｜]/.test(inner)) return inner.split(/[|｜]/).map((cell) => cell.trim());
  if (inner.includes("\t")) return inner.split("\t").map((cell) => cell.trim());
  return inner.split(CELL_SPLIT_RE).map((cell) => cell.trim()).filter((cell) => cell !== "");
}

export const isFigureCell = (cell: string) => FIGURE_CELL_RE.test(cell);

/**
 * Finds table blocks: runs of content lines (single blank lines between rows allowed) of three or more cells each,
 * with at least two rows that hold a figure. The first row is the header when it holds no figure.
 * Returns the table lines by line index.
 */
export function findTableLines(lines: ClassifiedLine[]): Map<number, TableLine> {
  const out = new Map<number, TableLine>();
  let run: { line: ClassifiedLine; cells: string[] }[] = [];
  const flush = () => {
    const data = run.filter((r) => r.cells.some(isFigureCell));
    if (data.length >= MIN_DATA_ROWS) {
      const first = run[0];
      const header = first.cells.some(isFigureCell) ? null : first.cells;
      for (const r of run) out.set(r.line.index, { cells: r.cells, header, isHeader: header !== null && r === first });
    }
    run = [];
  };
  let blanks = 0;
  for (const line of lines) {
    if (line.kind === "blank") {
      if (++blanks > 1) flush();
      continue;
    }
    blanks = 0;
    const cells = line.kind === "content" ? splitCells(line.text) : [];
    if (cells.filter(Boolean).length >= MIN_CELLS && !/[。！？]$/.test(line.text)) run.push({ line, cells });
    else flush();
  }
  flush();
  return out;
}
