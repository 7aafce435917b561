import type { ChangeType, IndicatorStatus, KindChoice, RowStatus } from "@/lib/domain";

export const KIND_CHOICE_LABELS: Record<KindChoice, string> = { goal: "目标", achievement: "实绩", all: "全文" };

export const ROW_STATUS_LABELS: Record<RowStatus, string> = { same: "相同", changed: "有变化", "left-only": "仅左侧", "right-only": "仅右侧" };

export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, { zh: string; tone: string }> = {
  met: { zh: "完成", tone: "bg-emerald-100 text-emerald-900" },
  exceeded: { zh: "超额完成", tone: "bg-emerald-200 text-emerald-950" },
  missed: { zh: "未完成", tone: "bg-red-100 text-red-900" },
  dropped: { zh: "未报告", tone: "bg-stone-800 text-white" },
  same: { zh: "相同", tone: "bg-stone-100 text-stone-700" },
  changed: { zh: "变化", tone: "bg-amber-100 text-amber-900" },
  "left-only": { zh: "仅左侧", tone: "bg-sky-50 text-sky-900" },
  "right-only": { zh: "仅右侧", tone: "bg-violet-50 text-violet-900" },
};

export const CHANGE_LABELS: Record<ChangeType, { zh: string; tone: string }> = {
  number: { zh: "数字变化", tone: "bg-amber-100 text-amber-900" },
  qualifier: { zh: "限定词变化", tone: "bg-stone-100 text-stone-800" },
  weakened: { zh: "承诺减弱", tone: "bg-red-100 text-red-900" },
  strengthened: { zh: "承诺加强", tone: "bg-emerald-100 text-emerald-900" },
};

const FILTER_LABELS: Record<string, string> = {
  changed: "只看有变化",
  unmatched: "只看未配对",
  "left-only": "只看仅左侧",
  "right-only": "只看仅右侧",
  met: "只看完成",
  exceeded: "只看超额完成",
  missed: "只看未完成",
  dropped: "只看未报告",
  weakened: "只看承诺减弱",
  strengthened: "只看承诺加强",
};

/** The `only` filters a comparison kind offers: verdicts only where they can exist, commitments only between promises. */
export function filterChoices(kind: { verdicts: string[]; commitment: boolean }): { value: string; label: string }[] {
  return Object.entries(FILTER_LABELS)
    .filter(([value]) => {
      if (["met", "exceeded", "missed", "dropped"].includes(value)) return kind.verdicts.includes(value);
      if (value === "weakened" || value === "strengthened") return kind.commitment;
      return true;
    })
    .map(([value, label]) => ({ value, label }));
}

/** A view's filters in words, for export headers: 只看有变化 · 主题“就业” · 指标 gdp. */
export function describeFilter(view: { only?: string; q?: string; metric?: string }): string | undefined {
  const parts = [view.only && (FILTER_LABELS[view.only] ?? view.only), view.q && `主题“${view.q}”`, view.metric && `指标 ${view.metric}`].filter(Boolean);
  return parts.length ? parts.join(" · ") : undefined;
}
