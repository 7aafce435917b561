import type { Row } from "./types";

/**
 * How a view's rows are laid out: rows that navigation visits stand alone; runs of other rows fold. A short run folds
 * in place (its rows are in the page, behind <details>); a long run is one line that links to its rows, so unchanged
 * text does not weigh on the page. `open` unfolds the long run that holds that row (a link aimed at it).
 */
export type RowBlock =
  | { type: "row"; row: Row }
  | { type: "fold"; rows: Row[]; open: boolean }
  | { type: "run"; rows: Row[]; first: string; counts: Record<Row["status"], number> };

/** Runs of at most this many rows fold in place; longer runs become a link. */
export const FOLD_INLINE = 3;

function countOf(rows: Row[]): Record<Row["status"], number> {
  const counts = { same: 0, changed: 0, "left-only": 0, "right-only": 0 };
  for (const r of rows) counts[r.status]++;
  return counts;
}

export function rowBlocks(rows: Row[], opts: { collapse: boolean; isNav: (row: Row) => boolean; open?: string }): RowBlock[] {
  const runs: (Row | Row[])[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    const fold = opts.collapse && !opts.isNav(row);
    if (fold && Array.isArray(last)) last.push(row);
    else runs.push(fold ? [row] : row);
  }
  return runs.map((run): RowBlock => {
    if (!Array.isArray(run)) return { type: "row", row: run };
    const holdsTarget = !!opts.open && run.some((r) => r.id === opts.open);
    if (run.length <= FOLD_INLINE || holdsTarget) return { type: "fold", rows: run, open: holdsTarget };
    return { type: "run", rows: run, first: run[0].id, counts: countOf(run) };
  });
}

/** The rows a block puts in the page (a long run puts none). */
export function renderedRows(block: RowBlock): number {
  return block.type === "row" ? 1 : block.type === "fold" ? block.rows.length : 0;
}

/**
 * Pages of blocks, each holding at most `size` rendered rows (a block is never split, so a page may hold one more
 * block than fits when that block alone is larger; a long run costs one line and counts as one).
 */
export function pageBlocks(blocks: RowBlock[], size: number): RowBlock[][] {
  const pages: RowBlock[][] = [[]];
  let used = 0;
  for (const block of blocks) {
    const cost = Math.max(1, renderedRows(block));
    if (used + cost > size && pages[pages.length - 1].length > 0) {
      pages.push([]);
      used = 0;
    }
    pages[pages.length - 1].push(block);
    used += cost;
  }
  return pages;
}

/** The 1-based page whose blocks hold the row (inside a fold or a long run), or null. */
export function pageOfRow(pages: RowBlock[][], id: string): number | null {
  for (let p = 0; p < pages.length; p++) {
    for (const block of pages[p]) {
      if (block.type === "row" ? block.row.id === id : block.rows.some((r) => r.id === id)) return p + 1;
    }
  }
  return null;
}
