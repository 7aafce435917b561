import type { Row } from "@/lib/compare/types";
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

function foldLabel(block: Row[]): string {
  const count = (status: Row["status"]) => block.filter((r) => r.status === status).length;
  const parts = [
    [count("same"), "相同"],
    [count("changed"), "有变化"],
    [count("left-only"), "仅左侧"],
    [count("right-only"), "仅右侧"],
  ]
    .filter(([n]) => n)
    .map(([n, label]) => `${n} ${label}`);
  return `${block.length} 行未变或未配对（${parts.join(" · ")}），展开`;
}

/**
 * Rows in reading order. With collapse on, runs of rows that are not changes (same, or without a partner) fold into
 * one expandable line, so the changes stand out; 下一处 visits the rows marked data-nav.
 */
export function CompareRows({ rows, collapse, isNav, leftSlug, rightSlug }: { rows: Row[]; collapse: boolean; isNav: (row: Row) => boolean; leftSlug: string; rightSlug: string }) {
  const blocks: (Row | Row[])[] = [];
  for (const row of rows) {
    const last = blocks[blocks.length - 1];
    const fold = collapse && !isNav(row);
    if (fold && Array.isArray(last)) last.push(row);
    else blocks.push(fold ? [row] : row);
  }
  return (
    <ol className="rounded border border-stone-200">
      {blocks.map((block) =>
        Array.isArray(block) ? (
          <li key={block[0].id}>
            <details className="group border-b border-stone-200 bg-stone-50">
              <summary className="cursor-pointer px-3 py-1.5 text-sm text-stone-700">{foldLabel(block)}</summary>
              <ol>
                {block.map((row) => (
                  <CompareRow key={row.id} row={row} leftSlug={leftSlug} rightSlug={rightSlug} nav={false} />
                ))}
              </ol>
            </details>
          </li>
        ) : (
          <CompareRow key={block.id} row={block} leftSlug={leftSlug} rightSlug={rightSlug} nav={isNav(block)} />
        ),
      )}
    </ol>
  );
}
