import Link from "next/link";
import type { ComparisonKind } from "@/lib/compare/comparison-kind";
import type { OnlyFilter } from "@/lib/compare/view-filter";
import type { CompareSummary } from "@/lib/compare/types";

interface Tile {
  key: keyof CompareSummary;
  label: string;
  tone: string;
  /** The filter the tile sets when clicked. */
  only?: OnlyFilter;
  /** Shown only when the comparison kind allows it. */
  when?: (kind: ComparisonKind) => boolean;
}

const judged = (status: string) => (kind: ComparisonKind) => kind.verdicts.includes(status as ComparisonKind["verdicts"][number]);
const promises = (kind: ComparisonKind) => kind.commitment;

const TILES: Tile[] = [
  { key: "matched", label: "已配对", tone: "text-stone-800" },
  { only: "changed", key: "changed", label: "有变化", tone: "text-amber-800" },
  { only: "left-only", key: "leftOnly", label: "仅左侧", tone: "text-sky-800" },
  { only: "right-only", key: "rightOnly", label: "仅右侧", tone: "text-violet-800" },
  { only: "met", key: "met", label: "完成", tone: "text-emerald-800", when: judged("met") },
  { only: "exceeded", key: "exceeded", label: "超额", tone: "text-emerald-900", when: judged("exceeded") },
  { only: "missed", key: "missed", label: "未完成", tone: "text-red-800", when: judged("missed") },
  { only: "dropped", key: "dropped", label: "未报告", tone: "text-stone-900", when: judged("dropped") },
  { only: "weakened", key: "weakened", label: "承诺减弱", tone: "text-red-800", when: promises },
  { only: "strengthened", key: "strengthened", label: "承诺加强", tone: "text-emerald-800", when: promises },
];

/**
 * The counts that can apply to this kind of comparison (no 完成 tile where nothing can be judged). Each count is a
 * filter over rows and indicators: a link that sets `only`, or clears it when it is the active one.
 */
export function SummaryBar({ summary, kind, active, hrefFor }: { summary: CompareSummary; kind: ComparisonKind; active?: OnlyFilter; hrefFor: (only: OnlyFilter | undefined) => string }) {
  const tiles = TILES.filter((t) => !t.when || t.when(kind));
  const box = "block min-w-[4.5rem] rounded border px-2 py-0.5";
  return (
    <ul className="flex flex-wrap gap-1.5 text-center" aria-label="对照摘要（点击筛选）">
      {tiles.map((item) => {
        const on = item.only !== undefined && item.only === active;
        const body = (
          <>
            <span className="block text-xs text-stone-700">{item.label}</span>
            <span className={`block text-lg font-semibold leading-tight ${item.tone}`} data-summary={item.key}>{summary[item.key]}</span>
          </>
        );
        return (
          <li key={item.key}>
            {item.only ? (
              <Link href={hrefFor(on ? undefined : item.only)} scroll={false} aria-current={on ? "true" : undefined} className={`${box} hover:border-blue-500 ${on ? "border-blue-700 bg-blue-50 ring-2 ring-blue-700" : "border-stone-300 bg-white"}`} title={on ? "取消筛选" : `只看：${item.label}`}>
                {body}
              </Link>
            ) : (
              <div className={`${box} border-stone-200 bg-white`}>{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
