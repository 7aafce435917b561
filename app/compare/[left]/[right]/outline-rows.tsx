"use client";

import { OUTLINE_STATUS, type OutlineHeadingCells, type OutlineRowCells } from "@/lib/compare/outline-cells";
import { FAILED_TEXT, LOADING_TEXT, useLoadOnOpen } from "./use-load-on-open";

function Heading({ heading }: { heading: OutlineHeadingCells | null }) {
  if (!heading) return <span className="text-stone-500">—</span>;
  const [href, text, level] = heading;
  return (
    <a href={href} className="hover:underline" style={{ paddingLeft: `${Math.max(0, level - 1) * 0.5}rem` }}>
      {text}
    </a>
  );
}

/** The rows of 目录对照, rendered from cells (on the server for the HTML, in the browser on hydration). */
export function OutlineRows({ rows }: { rows: OutlineRowCells[] }) {
  return (
    <ol className="divide-y divide-stone-100 px-3 pb-3 text-sm">
      {rows.map(([status, reason, left, right], i) => (
        <li key={i} className="grid grid-cols-[3.5rem_1fr] gap-x-2 py-1 md:grid-cols-[3.5rem_1fr_1fr]" data-outline-status={status}>
          <span className={`chip self-start text-center ${OUTLINE_STATUS[status].tone}`} title={`${reason}（自动判断）`}>{OUTLINE_STATUS[status].zh}</span>
          <span><span className="md:hidden text-stone-500">左 · </span><Heading heading={left} /></span>
          <span className="col-start-2 md:col-start-3"><span className="md:hidden text-stone-500">右 · </span><Heading heading={right} /></span>
        </li>
      ))}
    </ol>
  );
}

/** The folded 目录对照's rows, loaded when it is first opened (GET /api/compare/outline; decision 011d). */
export function LazyOutlineRows({ src }: { src: string }) {
  const { data, failed } = useLoadOnOpen<{ rows: OutlineRowCells[] }>("outline-diff", src);
  if (data) return <OutlineRows rows={data.rows} />;
  return <p className="px-3 pb-3 text-sm text-stone-700" role="status" data-loading-outline>{failed ? FAILED_TEXT : LOADING_TEXT}</p>;
}
