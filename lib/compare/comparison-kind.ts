import type { PlanPeriod } from "./period-figures";
import type { IndicatorStatus, KindChoice } from "./types";

/** What a reader is asking when two sides are set against each other; it decides which verdicts can exist. */
export const COMPARISON_KINDS = [
  "target-vs-result",
  "period-target-vs-review",
  "result-vs-target",
  "target-after-result",
  "news-vs-report",
  "document-vs-report",
  "two-regions",
  "two-years",
  "same-kind",
] as const;
export type ComparisonKindId = (typeof COMPARISON_KINDS)[number];

/** How indicator pairs are judged: did they do it, how did it change, or no verdict at all (values and deltas only). */
export type PairMode = "goal-vs-achievement" | "achievement-vs-goal" | "same-kind" | "no-verdict";

export interface ReportMeta {
  region: string | null;
  regionSlug?: string | null;
  regionCode?: string | null;
  reviewYear: number | null;
  planYear: number | null;
  kind: string;
}

export interface ComparisonKind {
  id: ComparisonKindId;
  mode: PairMode;
  /** Chinese first, shown under the title. */
  label: string;
  /** Why these verdicts (and not others) exist here. */
  note: string;
  /** Indicator verdicts that can occur: the summary shows tiles for these only. */
  verdicts: IndicatorStatus[];
  /** Comparable reports (same region, not news): 承诺减弱/加强 may exist, and then only between goal sentences. */
  commitment: boolean;
  /** Swapping the sides gives a view that can be judged (targets of year N on the left, its results on the right). */
  swapJudges?: boolean;
  /** A five-year plan's targets against its five-year review: only the period's figures are paired (period-figures.ts). */
  period?: PlanPeriod;
}

/**
 * The five-year plan a plan year opens (2006 → 十一五, 2006–2010), from the 三五 (1966) on; null for any other year.
 * Five-year targets are set in the report of the period's first year and answered by the review of the report
 * delivered after it ends (the 2011 report reviews 十一五).
 */
export function fiveYearPeriod(planYear: number | null): { name: string; start: number; end: number } | null {
  if (planYear == null || planYear < 1966 || (planYear - 1966) % 5 !== 0) return null;
  const n = 3 + (planYear - 1966) / 5;
  const digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
  const number = n < 10 ? digits[n] : n === 10 ? "十" : `十${digits[n - 10]}`;
  return { name: `${number}五`, start: planYear, end: planYear + 4 };
}

const JUDGED: IndicatorStatus[] = ["met", "exceeded", "missed", "dropped"];
const CHANGED: IndicatorStatus[] = ["same", "changed", "left-only", "right-only"];

const sameRegion = (a: ReportMeta, b: ReportMeta) => {
  const ka = a.regionCode ?? a.regionSlug ?? a.region;
  const kb = b.regionCode ?? b.regionSlug ?? b.region;
  return ka != null && ka === kb;
};
// A report reviews the year before the one it plans; when the text gives only one of the two, the other follows.
const yearOf = (r: ReportMeta) => r.planYear ?? (r.reviewYear != null ? r.reviewYear + 1 : null);
const reviewOf = (r: ReportMeta) => r.reviewYear ?? (r.planYear != null ? r.planYear - 1 : null);
const y = (n: number | null) => (n == null ? "年份未知" : `${n}年`);

/**
 * The comparison kind of a view, from both reports' metadata and the sentence kinds on each side.
 * A target is judged only by the result of its own year (the plan year of the left report is the review year of
 * the right one); any other goal-against-achievement view shows values and deltas and says why there is no verdict.
 */
export function comparisonKind(left: ReportMeta, l: KindChoice, right: ReportMeta, r: KindChoice): ComparisonKind {
  // A plan report, a division of work, a half-year progress report or a bulletin restates or reports on the report in
  // its own terms and periods: values and deltas only, whichever sides are chosen.
  if (left.kind === "document" || right.kind === "document")
    return {
      id: "document-vs-report",
      mode: "same-kind",
      label: "相关文件 vs 报告：数字是否一致",
      note: "计划报告、分工方案、进展通报、统计公报等文件与报告的数字和限定词是否一致，只列数值与差值：文件转述、分解或中途通报报告的目标，不据此判断完成，措辞不同也不算承诺减弱或加强 · does the document match the report? values only",
      verdicts: CHANGED,
      commitment: false,
    };
  if (l === "goal" && r === "achievement") {
    const [plan, review] = [yearOf(left), reviewOf(right)];
    if (!sameRegion(left, right))
      return {
        id: "target-after-result",
        mode: "no-verdict",
        label: `${left.region ?? "未知地区"}${y(plan)}目标 vs ${right.region ?? "未知地区"}${y(review)}实绩：不判断完成情况`,
        note: "两个地区：不能用另一地区的实绩判断本地区的目标；只列数值与差值 · another region's results cannot judge these targets",
        verdicts: CHANGED,
        commitment: false,
      };
    const period = fiveYearPeriod(plan);
    if (period && review === period.end)
      return {
        id: "period-target-vs-review",
        mode: "goal-vs-achievement",
        label: `“${period.name}”（${period.start}—${period.end}年）目标 vs 五年回顾：是否完成`,
        note: `${period.start}年报告的五年目标（今后五年年均、累计，和${period.end}年末要达到的水平）对照${period.end + 1}年报告对“${period.name}”的回顾；单年目标不在此判断 · five-year targets against the five-year review`,
        verdicts: JUDGED,
        commitment: false,
        period,
      };
    if (plan != null && plan === review)
      return {
        id: "target-vs-result",
        mode: "goal-vs-achievement",
        label: `${y(plan)}目标 vs ${y(review)}实绩：是否完成`,
        note: "目标对照同一年的实绩，判断完成、超额、未完成或未报告 · targets against the results of the same year",
        verdicts: JUDGED,
        commitment: false,
      };
    const later = plan != null && review != null && plan > review;
    return {
      id: "target-after-result",
      mode: "no-verdict",
      label: `${y(plan)}目标 vs ${y(review)}实绩：不判断完成情况`,
      note: later
        ? `实绩（${y(review)}）早于目标（${y(plan)}），不能用去年的实绩判断今年的目标；只列数值与差值 · an earlier result cannot judge a later target`
        : `目标年份（${y(plan)}）与实绩年份（${y(review)}）不对应，只列数值与差值 · the years do not match, so no verdict`,
      verdicts: CHANGED,
      commitment: false,
    };
  }
  if (l === "achievement" && r === "goal") {
    const [review, plan] = [reviewOf(left), yearOf(right)];
    const next = review != null && plan != null && plan === review + 1;
    if (review != null && review === plan)
      return {
        id: "result-vs-target",
        mode: "achievement-vs-goal",
        label: `${y(review)}实绩 vs ${y(plan)}目标：两侧对调，不判断完成`,
        note: "实绩在左、目标在右：只列数值与差值；交换两侧即可判断是否完成 · results on the left: swap the sides to judge the targets",
        verdicts: CHANGED,
        commitment: false,
        swapJudges: true,
      };
    return {
      id: "result-vs-target",
      mode: "achievement-vs-goal",
      label: `${y(review)}实绩 vs ${y(plan)}目标：目标如何变化`,
      note: next
        ? "去年的实绩对照今年的目标，只看数值变化，不判断完成；实绩与目标的限定词不是同一种承诺 · results against the next targets: how ambition changed"
        : "实绩对照目标，只看数值变化，不判断完成（年份不相邻） · results against targets of another year: values only",
      verdicts: CHANGED,
      commitment: false,
    };
  }
  if (left.kind === "news" || right.kind === "news")
    return {
      id: "news-vs-report",
      mode: "same-kind",
      label: "新闻报道 vs 报告原文：数字是否一致",
      note: "报道与原文的数字和限定词是否一致；措辞不同不算承诺减弱或加强 · does the article match the report?",
      verdicts: CHANGED,
      commitment: false,
    };
  if (!sameRegion(left, right))
    return {
      id: "two-regions",
      mode: "same-kind",
      label: `两地对照：${left.region ?? "未知地区"} vs ${right.region ?? "未知地区"}`,
      note: "不同地区之间只比较数值，没有完成与否，也没有承诺减弱或加强 · two regions: values only",
      verdicts: CHANGED,
      commitment: false,
    };
  if (yearOf(left) !== yearOf(right))
    return {
      id: "two-years",
      mode: "same-kind",
      label: `两年对照：${y(yearOf(left))}报告 vs ${y(yearOf(right))}报告`,
      note: "同一地区两年对照：目标句之间限定词变弱（确保→力争、以上→左右）记为承诺减弱，实绩之间只比数值 · two years of one region",
      verdicts: CHANGED,
      commitment: true,
    };
  return {
    id: "same-kind",
    mode: "same-kind",
    label: "同类对照：同一报告或其版本",
    note: "同一地区、同一年份的文本对照；承诺减弱/加强只在两侧都是目标时判断 · same report or a version of it",
    verdicts: CHANGED,
    commitment: true,
  };
}

/** The kind a view has when no report metadata is known (files on the command line, tests): from the sentence kinds. */
export function kindFromChoices(l: KindChoice, r: KindChoice): ComparisonKind {
  const unknown: ReportMeta = { region: "?", reviewYear: null, planYear: null, kind: "report" };
  if (l === "goal" && r === "achievement")
    return { ...comparisonKind({ ...unknown, planYear: 1 }, l, { ...unknown, reviewYear: 1 }, r), label: "目标 vs 实绩：是否完成" };
  return comparisonKind(unknown, l, unknown, r);
}
