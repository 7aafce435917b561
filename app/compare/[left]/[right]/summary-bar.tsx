import type { CompareSummary } from "@/lib/compare/types";

const ITEMS: { key: keyof CompareSummary; label: string; tone: string }[] = [
  { key: "matched", label: "已配对", tone: "text-stone-800" },
  { key: "changed", label: "有变化", tone: "text-amber-700" },
  { key: "leftOnly", label: "仅左侧", tone: "text-sky-700" },
  { key: "rightOnly", label: "仅右侧", tone: "text-violet-700" },
  { key: "met", label: "完成", tone: "text-emerald-700" },
  { key: "exceeded", label: "超额", tone: "text-emerald-800" },
  { key: "missed", label: "未完成", tone: "text-red-700" },
  { key: "dropped", label: "未报告", tone: "text-stone-900" },
  { key: "weakened", label: "承诺减弱", tone: "text-red-700" },
  { key: "strengthened", label: "承诺加强", tone: "text-emerald-700" },
];

export function SummaryBar({ summary }: { summary: CompareSummary }) {
  return (
    <dl className="grid grid-cols-5 gap-2 text-center sm:grid-cols-10" aria-label="对照摘要">
      {ITEMS.map((item) => (
        <div key={item.key} className="rounded border border-stone-200 bg-white px-1 py-1">
          <dt className="text-xs text-stone-500">{item.label}</dt>
          <dd className={`text-lg font-semibold ${item.tone}`} data-summary={item.key}>{summary[item.key]}</dd>
        </div>
      ))}
    </dl>
  );
}
