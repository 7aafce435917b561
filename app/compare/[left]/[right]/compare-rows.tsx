import type { Row } from "@/lib/compare/types";
import type { RowBlock } from "@/lib/compare/row-blocks";
import { RowItem } from "./row-item";
import { rowCells } from "@/lib/compare/row-cells";

function foldLabel(rows: Row[]): string {
  const count = (status: Row["status"]) => rows.filter((r) => r.status === status).length;
  const parts = [
    [count("same"), "相同"],
    [count("changed"), "有变化"],
    [count("left-only"), "仅左侧"],
    [count("right-only"), "仅右侧"],
  ]
    .filter(([n]) => n)
    .map(([n, label]) => `${n} ${label}`);
  return `${rows.length} 行未变或未配对（${parts.join(" · ")}），展开`;
}

/**
 * One page of rows in reading order (lib/compare/row-blocks.ts). Rows that 下一处 visits (data-nav) stand alone; a short
 * run of other rows folds in place behind <details>; a long run is one line linking to its rows (runHref), so the
 * unchanged text is not sent with the page.
 */
export function CompareRows({ blocks, isNav, leftSlug, rightSlug, runHref }: { blocks: RowBlock[]; isNav: (row: Row) => boolean; leftSlug: string; rightSlug: string; runHref: (rowId: string) => string }) {
  const [leftBase, rightBase] = [`/reports/${leftSlug}`, `/reports/${rightSlug}`];
  // Plain server-side markup (no client components): the page renders this list as a ServerPart, in the HTML only.
  const item = (row: Row, nav: boolean) => <RowItem key={row.id} cells={rowCells(row, nav)} leftBase={leftBase} rightBase={rightBase} />;
  return (
    <ol className="rounded border border-stone-200">
      {blocks.map((block) => {
        if (block.type === "row") return item(block.row, isNav(block.row));
        if (block.type === "run") {
          return (
            <li key={block.first} data-run={block.first} className="border-b border-stone-200 bg-stone-50 px-3 py-1.5 text-sm">
              <a href={runHref(block.first)} className="text-stone-700 underline-offset-2 hover:text-blue-700 hover:underline">▸ {foldLabel(block.rows)}</a>
            </li>
          );
        }
        return (
          <li key={block.rows[0].id}>
            <details className="group border-b border-stone-200 bg-stone-50" open={block.open}>
              <summary className="cursor-pointer px-3 py-1.5 text-sm text-stone-700">{foldLabel(block.rows)}</summary>
              <ol>
                {block.rows.map((row) => item(row, false))}
              </ol>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
