import type { Row } from "@/lib/compare/types";
import type { RowBlock } from "@/lib/compare/row-blocks";
import { CHANGE_LABELS, ROW_STATUS_LABELS } from "@/lib/format/compare-labels";
import { SENTENCE_KIND_LABELS } from "@/lib/format/labels";
import { DiffText } from "./diff-text";
import { ToneChips } from "./tone-chips";

function Cell({ row, side, slug }: { row: Row; side: "left" | "right"; slug: string }) {
  const sentence = row[side];
  if (!sentence) return <div className="row-none">{side === "left" ? "（左侧无对应句）" : "（右侧无对应句）"}</div>;
  const kind = SENTENCE_KIND_LABELS[sentence.kind];
  return (
    <div>
      <a href={`/reports/${slug}#${sentence.id}`} className="row-src" title="打开原句">
        <span className="md:hidden">{side === "left" ? "左" : "右"} · </span>
        {kind?.icon}
        {kind?.zh}
      </a>
      {sentence.corrected ? <span className="corrected-badge" title="类型经人工改正 / kind corrected by hand">改正</span> : null}
      {row.status === "changed" ? <DiffText diff={row.diff} side={side} /> : <span>{sentence.text}</span>}
    </div>
  );
}

/** At most CHIP_CAP chips a row; the rest behind "+N". */
export const CHIP_CAP = 4;

function Chip({ change }: { change: Row["changes"][number] }) {
  return (
    <span className={`chip ${CHANGE_LABELS[change.type]?.tone}`}>
      {CHANGE_LABELS[change.type]?.zh}：{change.left ?? "∅"} → {change.right ?? "∅"}
    </span>
  );
}

function ChangeChips({ changes }: { changes: Row["changes"] }) {
  const rest = changes.slice(CHIP_CAP);
  return (
    <>
      {changes.slice(0, CHIP_CAP).map((c, i) => <Chip key={i} change={c} />)}
      {rest.length > 0 && (
        <details className="contents">
          <summary className="cursor-pointer rounded bg-stone-100 px-1.5 text-stone-800">+{rest.length} 项 more</summary>
          <span className="flex flex-wrap gap-1.5">{rest.map((c, i) => <Chip key={i} change={c} />)}</span>
        </details>
      )}
    </>
  );
}

export function CompareRow({ row, leftSlug, rightSlug, nav }: { row: Row; leftSlug: string; rightSlug: string; nav: boolean }) {
  return (
    <li id={row.id} data-status={row.status} data-nav={nav ? "" : undefined} className="row-item">
      <div className="row-head">
        <a href={`#${row.id}`} title="本行链接">
          #{row.id}
        </a>
        <span>
          {ROW_STATUS_LABELS[row.status]}
          {row.similarity != null && row.status === "changed" ? ` · 相似度 ${Math.round(row.similarity * 100)}%` : ""}
        </span>
        <ChangeChips changes={row.changes} />
        {row.tone && <ToneChips tone={row.tone} />}
      </div>
      <div className="row-body">
        <Cell row={row} side="left" slug={leftSlug} />
        <Cell row={row} side="right" slug={rightSlug} />
      </div>
    </li>
  );
}

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
  return (
    <ol className="rounded border border-stone-200">
      {blocks.map((block) => {
        if (block.type === "row") return <CompareRow key={block.row.id} row={block.row} leftSlug={leftSlug} rightSlug={rightSlug} nav={isNav(block.row)} />;
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
                {block.rows.map((row) => (
                  <CompareRow key={row.id} row={row} leftSlug={leftSlug} rightSlug={rightSlug} nav={false} />
                ))}
              </ol>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
