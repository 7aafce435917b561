import { getOutlineDiff } from "@/lib/data/outlines";
import { outlineCounts, type OutlineHeading, type OutlineRow, type OutlineStatus } from "@/lib/compare/outline-diff";

const STATUS: Record<OutlineStatus, { zh: string; tone: string }> = {
  kept: { zh: "保留", tone: "bg-stone-100 text-stone-800" },
  renamed: { zh: "改名", tone: "bg-amber-100 text-amber-900" },
  moved: { zh: "移动", tone: "bg-indigo-100 text-indigo-950" },
  added: { zh: "新增", tone: "bg-violet-50 text-violet-900" },
  dropped: { zh: "删去", tone: "bg-sky-50 text-sky-900" },
};
const ORDER: OutlineStatus[] = ["kept", "renamed", "moved", "added", "dropped"];

function Heading({ heading, slug }: { heading: OutlineHeading | null; slug: string }) {
  if (!heading) return <span className="text-stone-500">—</span>;
  return (
    <a href={`/reports/${slug}#${heading.anchor ?? `sec-${heading.index}`}`} className="hover:underline" style={{ paddingLeft: `${Math.max(0, heading.level - 1) * 0.5}rem` }}>
      {heading.text}
    </a>
  );
}

/** The two reports' headings aligned (kept, renamed, moved, added, dropped), folded by default. */
export async function OutlineDiffSection({ left, right }: { left: string; right: string }) {
  const rows: OutlineRow[] | null = await getOutlineDiff({ left, right });
  if (!rows || rows.length === 0) return null;
  const counts = outlineCounts(rows);
  return (
    <details id="outline-diff" className="rounded border border-stone-200 bg-white" data-outline>
      <summary className="cursor-pointer px-3 py-2 font-semibold">
        目录对照 <span className="text-sm font-normal text-stone-600">Outline · {ORDER.filter((s) => counts[s]).map((s) => `${STATUS[s].zh} ${counts[s]}`).join(" · ")}</span>
      </summary>
      <ol className="divide-y divide-stone-100 px-3 pb-3 text-sm">
        {rows.map((row, i) => (
          <li key={i} className="grid grid-cols-[3.5rem_1fr] gap-x-2 py-1 md:grid-cols-[3.5rem_1fr_1fr]" data-outline-status={row.status}>
            <span className={`chip self-start text-center ${STATUS[row.status].tone}`} title={`${row.reason}（自动判断）`}>{STATUS[row.status].zh}</span>
            <span><span className="md:hidden text-stone-500">左 · </span><Heading heading={row.left} slug={left} /></span>
            <span className="col-start-2 md:col-start-3"><span className="md:hidden text-stone-500">右 · </span><Heading heading={row.right} slug={right} /></span>
          </li>
        ))}
      </ol>
    </details>
  );
}
