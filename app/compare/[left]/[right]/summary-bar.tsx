import type { ComparisonKind } from "@/lib/compare/comparison-kind";
import type { CompareSummary } from "@/lib/compare/types";

interface Tile {
  key: keyof CompareSummary;
  label: string;
  tone: string;
  /** Shown only when the comparison kind allows it. */
  when?: (kind: ComparisonKind) => boolean;
}

const judged = (status: string) => (kind: ComparisonKind) => kind.verdicts.includes(status as ComparisonKind["verdicts"][number]);
const promises = (kind: ComparisonKind) => kind.commitment;

const TILES: Tile[] = [
  { key: "matched", label: "已配对", tone: "text-stone-800" },
  { key: "changed", label: "有变化", tone: "text-amber-800" },
  { key: "leftOnly", label: "仅左侧", tone: "text-sky-800" },
  { key: "rightOnly", label: "仅右侧", tone: "text-violet-800" },
  { key: "met", label: "完成", tone: "text-emerald-800", when: judged("met") },
  { key: "exceeded", label: "超额", tone: "text-emerald-900", when: judged("exceeded") },
  { key: "missed", label: "未完成", tone: "text-red-800", when: judged("missed") },
  { key: "dropped", label: "未报告", tone: "text-stone-900", when: judged("dropped") },
  { key: "weakened", label: "承诺减弱", tone: "text-red-800", when: promises },
  { key: "strengthened", label: "承诺加强", tone: "text-emerald-800", when: promises },
];

/** The counts that can apply to this kind of comparison: no 完成 tile where nothing can be judged. */
export function SummaryBar({ summary, kind }: { summary: CompareSummary; kind: ComparisonKind }) {
  const tiles = TILES.filter((t) => !t.when || t.when(kind));
  return (
    <dl className="flex flex-wrap gap-2 text-center" aria-label="对照摘要">
      {tiles.map((item) => (
        <div key={item.key} className="min-w-[4.5rem] rounded border border-stone-200 bg-white px-2 py-1">
          <dt className="text-xs text-stone-600">{item.label}</dt>
          <dd className={`text-lg font-semibold ${item.tone}`} data-summary={item.key}>{summary[item.key]}</dd>
        </div>
      ))}
    </dl>
  );
}
