import { outlineCounts, type OutlineRow, type OutlineStatus } from "@/lib/compare/outline-diff";
import { OUTLINE_STATUS } from "@/lib/compare/outline-cells";
import { LazyOutlineRows } from "./outline-rows";

const ORDER: OutlineStatus[] = ["kept", "renamed", "moved", "added", "dropped"];

/**
 * The two reports' headings aligned (kept, renamed, moved, added, dropped), folded by default: the summary counts them,
 * and the rows load when it is opened (GET /api/compare/outline), so a page does not carry them unread.
 */
export function OutlineDiffSection({ left, right, rows }: { left: string; right: string; rows: OutlineRow[] | null }) {
  if (!rows || rows.length === 0) return null;
  const counts = outlineCounts(rows);
  return (
    <details id="outline-diff" className="rounded border border-stone-200 bg-white" data-outline>
      <summary className="cursor-pointer px-3 py-2 font-semibold">
        目录对照 <span className="text-sm font-normal text-stone-600">Outline · {ORDER.filter((s) => counts[s]).map((s) => `${OUTLINE_STATUS[s].zh} ${counts[s]}`).join(" · ")}</span>
      </summary>
      <LazyOutlineRows src={`/api/compare/outline?left=${encodeURIComponent(left)}&right=${encodeURIComponent(right)}`} />
    </details>
  );
}
