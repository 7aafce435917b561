import type { Row } from "@/lib/compare/types";
import { CHANGE_LABELS, ROW_STATUS_LABELS } from "@/lib/format/compare-labels";
import { SENTENCE_KIND_LABELS } from "@/lib/format/labels";
import { DiffText } from "./diff-text";

const STATUS_TONE: Record<string, string> = {
  same: "border-l-stone-200",
  changed: "border-l-amber-400",
  "left-only": "border-l-sky-500",
  "right-only": "border-l-violet-500",
};

function Cell({ row, side, slug }: { row: Row; side: "left" | "right"; slug: string }) {
  const sentence = row[side];
  if (!sentence) return <div className="hidden text-sm text-stone-600 italic md:block">{side === "left" ? "（左侧无对应句）" : "（右侧无对应句）"}</div>;
  const kind = SENTENCE_KIND_LABELS[sentence.kind];
  return (
    <div className="min-w-0">
      <a href={`/reports/${slug}#${sentence.id}`} className="mr-1 text-xs text-stone-600 hover:text-blue-700" title="在原报告中打开这一句 / open in the report">
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
    <span className={`num rounded px-1.5 ${CHANGE_LABELS[change.type]?.tone}`}>
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
    <li id={row.id} data-status={row.status} data-nav={nav ? "" : undefined} className={`row-item scroll-mt-32 border-b border-l-4 border-b-stone-100 bg-white px-3 py-2 ${STATUS_TONE[row.status]}`}>
      <div className="mb-1 flex flex-wrap items-center gap-1.5 text-xs">
        <a href={`#${row.id}`} className="font-mono text-stone-600 hover:text-blue-700" title="本行永久链接 / permalink">
          #{row.id}
        </a>
        <span className="text-stone-600">
          {ROW_STATUS_LABELS[row.status]}
          {row.similarity != null && row.status === "changed" ? ` · 相似度 ${Math.round(row.similarity * 100)}%` : ""}
        </span>
        <ChangeChips changes={row.changes} />
      </div>
      <div className="grid gap-x-6 gap-y-1 leading-[1.85] md:grid-cols-2">
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
