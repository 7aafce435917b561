import { getMetric } from "@/lib/analysis/lookup-metric";
import { displayValue } from "@/lib/compare/format";
import type { IndicatorPair, IndicatorSide } from "@/lib/compare/types";
import { indicatorTypeOf } from "@/lib/compare/anchor-ids";
import type { PeriodReading } from "@/lib/compare/period-figures";
import type { ComparisonRef } from "@/lib/domain/compare";
import { targetBand, type TargetBand } from "./target-band";
import type { PlannedPeriod, PlannedYear, YearPlan, YearState } from "./plan-years";

export const TRACKED_STATUSES = ["met", "exceeded", "missed", "dropped"] as const;
export type TrackedStatus = (typeof TRACKED_STATUSES)[number];

/** The pairs of one year (the compare view's goal-vs-achievement pairing of the two reports) and what the reader needs around them. */
export interface YearComparison {
  /** The compare view judged this pair (target-vs-result); otherwise its label says why not. */
  judged: boolean;
  kindLabel: string;
  pairs: IndicatorPair[];
  /** Sentence ids (s-12) of the target report's main-targets paragraph (主要预期目标). */
  mainTargets: Set<string>;
  /** The text of every sentence a pair names, by report slug and sentence id. */
  sentences: Map<string, string>;
}

/** The compare view a verdict comes from, and the indicator (i-gdp-growth-l3) it opens at. */
export interface TrackerCompareRef extends ComparisonRef {
  at: string;
}

/** Data only: the slugs, ids and comparison refs that links are made of (link-tracker.ts makes the links). */
export interface TrackerSideData {
  /** As written, with its qualifiers: 7.5%左右, 下降6.3%. */
  display: string;
  /** The number as written in the sentence. */
  text: string;
  value: number;
  upper?: number;
  unit: string;
  scale: string | null;
  qualifiers: string[];
  reportSlug: string;
  sentenceId: string;
  sentence: string | null;
}

export interface TrackerCellData {
  year: number;
  lineKey: string;
  status: TrackedStatus;
  /** The compare view's reason, word for word. */
  reason: string;
  /** Why this target is a headline one: the main-targets paragraph or the metric lexicon. */
  why: string;
  target: TrackerSideData;
  result: TrackerSideData | null;
  band: TargetBand;
  /** The compare view this verdict comes from, at the indicator. */
  compare: TrackerCompareRef;
}

export interface TrackerLineData {
  key: string;
  metric: string;
  label: string;
  /** The indicator type (growth, level, share…) and, for a second different target of it in one year, 2, 3…. */
  type: string;
  variant: number;
  /** A target over several years (年均, 累计): its own line, key `…:years`. */
  years: boolean;
  unit: string;
  cells: TrackerCellData[];
}

const TYPE_ZH: Record<string, string> = { growth: "增速", level: "总量", count: "数量", share: "比重", rate: "比率", ratio: "比例", multiple: "倍数" };

/** 地区生产总值 · 增速, 财政赤字 · 总量 · 第2项: lines of one metric told apart. */
export function lineName(line: Pick<TrackerLineData, "label" | "type" | "variant"> & { years?: boolean; periodEnd?: boolean }): string {
  const span = line.years ? ["多年（年均、累计）"] : line.periodEnd ? ["期末水平"] : [];
  return [line.label, TYPE_ZH[line.type] ?? line.type, ...span, ...(line.variant > 1 ? [`第${line.variant}项`] : [])].join(" · ");
}

export interface YearTotals {
  targets: number;
  kept: number;
  met: number;
  exceeded: number;
  missed: number;
  dropped: number;
}

export interface TrackerYearData {
  year: number;
  state: YearState | "unjudged";
  note: string;
  targetSlug: string | null;
  resultSlug: string | null;
  compare: ComparisonRef | null;
  totals: YearTotals;
}

export interface TrackerData {
  /** Delivery years with a report. */
  availableYears: number[];
  enough: boolean;
  /** Plain words when the tracker cannot judge anything yet. */
  message: string | null;
  years: TrackerYearData[];
  lines: TrackerLineData[];
  totals: YearTotals;
  /** Reports without a known year (slug and title): named, never silently left out. */
  undated: { slug: string; title: string }[];
  /** Five-year plans: their multi-year targets against the five-year review (own totals, not in `totals`). */
  periods: TrackerPeriodData[];
}

export interface TrackerPeriodCellData extends TrackerCellData {
  metric: string;
  label: string;
  /** over-years: 年均, 累计 or a change over the period (“十一五”期间…降低20%); period-end: a level for the last year (到2010年…达到47%). */
  period: PeriodReading;
  /** 地区生产总值 · 增速 · 多年（年均、累计） */
  lineName: string;
}

/** A five-year plan: the fields of a year, named and spanned instead of dated. */
export interface TrackerPeriodData extends Omit<TrackerYearData, "year"> {
  /** 十一五 */
  name: string;
  start: number;
  end: number;
  cells: TrackerPeriodCellData[];
}

const emptyTotals = (): YearTotals => ({ targets: 0, kept: 0, met: 0, exceeded: 0, missed: 0, dropped: 0 });

function addTo(totals: YearTotals, status: TrackedStatus) {
  totals.targets++;
  totals[status]++;
  if (status === "met" || status === "exceeded") totals.kept++;
}

const isTracked = (s: string): s is TrackedStatus => (TRACKED_STATUSES as readonly string[]).includes(s);
const isLexicon = (metric: string) => !metric.startsWith("x-") && getMetric(metric) !== undefined;
/** i-gdp-growth-l3 → growth: the pair id names the indicator type after the metric. */
const typeOf = (pair: IndicatorPair) => indicatorTypeOf(pair.id, pair.metric);

function side(s: IndicatorSide, reportSlug: string, sentences: Map<string, string>): TrackerSideData {
  return {
    display: displayValue({ text: s.text, qualifiers: s.qualifiers, value: s.value }),
    text: s.text,
    value: s.value,
    ...(s.upper !== undefined ? { upper: s.upper } : {}),
    unit: s.unit,
    scale: s.scale ?? null,
    qualifiers: s.qualifiers,
    reportSlug,
    sentenceId: s.sentenceId,
    sentence: sentences.get(`${reportSlug}#${s.sentenceId}`) ?? null,
  };
}

/** The headline targets of one year: a quantified target of the main-targets paragraph, or any target of a lexicon metric;
 * of a five-year plan also any target under a heading that names the plan. */
export function headlineTargets(comparison: YearComparison): { pair: IndicatorPair; why: string }[] {
  const out: { pair: IndicatorPair; why: string }[] = [];
  for (const pair of comparison.pairs) {
    if (!pair.left || !isTracked(pair.status)) continue;
    if (comparison.mainTargets.has(pair.left.sentenceId)) out.push({ pair, why: "主要预期目标段落中的量化目标 · a quantified target of the main-targets paragraph" });
    // Five-year plans: a target that its section heading dates to the plan (二、“十二五”时期的主要目标和任务) is one of the plan's own.
    else if (pair.periodHeading) out.push({ pair, why: `五年规划目标，见标题「${pair.periodHeading}」· a target under the plan's heading` });
    else if (isLexicon(pair.metric)) out.push({ pair, why: `指标词表中的指标「${getMetric(pair.metric)!.name}」· a metric of the lexicon` });
  }
  return out;
}

/**
 * The promise tracker of a region: each headline target of year N against the result the N+1 report gives, with
 * the compare view's status and reason; one line per metric (and indicator type) across the years; totals per year.
 */
export function buildTracker(
  plan: YearPlan,
  comparisons: Map<number, YearComparison>,
  periods: { planned: PlannedPeriod[]; comparisons: Map<number, YearComparison> } = { planned: [], comparisons: new Map() },
): TrackerData {
  const lines = new Map<string, TrackerLineData>();
  const years: TrackerYearData[] = [];
  const totals = emptyTotals();
  for (const planned of plan.planned) {
    const comparison = comparisons.get(planned.year);
    years.push(trackYear(planned, comparison, lines, totals));
  }
  const message = plan.enough
    ? null
    : plan.years.length === 0
      ? "还没有这个地区的报告。 · no report of this region yet"
      : `只有${plan.years.map((y) => `${y}年`).join("、")}的报告：至少需要相邻两年（第N年的目标和第N+1年报告的实绩）才能核对承诺，请导入${plan.years[plan.years.length - 1] + 1}年或${plan.years[0] - 1}年的报告。 · needs a second, consecutive year`;
  const undated = plan.undated.map((r) => ({ slug: r.slug, title: r.title }));
  const trackedPeriods = periods.planned.map((p) => trackPeriod(p, periods.comparisons.get(p.start)));
  return { availableYears: plan.years, enough: plan.enough, message, years, lines: [...lines.values()].sort(lineOrder), totals, undated, periods: trackedPeriods };
}

/** A five-year plan's headline targets (年均, 累计, changes over the period, levels for its end) against the review after it, with the compare view's statuses. */
function trackPeriod(planned: PlannedPeriod, comparison: YearComparison | undefined): TrackerPeriodData {
  const compare = compareOf(planned);
  const base = { name: planned.name, start: planned.start, end: planned.end, targetSlug: planned.target?.slug ?? null, resultSlug: planned.result?.slug ?? null, compare, totals: emptyTotals(), cells: [] as TrackerPeriodCellData[] };
  if (planned.state !== "paired" || !comparison) return { ...base, state: planned.state, note: planned.note };
  if (!comparison.judged) return { ...base, state: "unjudged", note: `不判断完成：${comparison.kindLabel}` };
  const taken = new Map<string, IndicatorPair>();
  for (const { pair, why } of headlineTargets(comparison)) {
    const key = lineKeyFor(pair, taken);
    if (key === null) continue;
    taken.set(key, pair);
    const status = pair.status as TrackedStatus;
    base.cells.push({
      year: planned.start, lineKey: key, status, reason: pair.reason, why, metric: pair.metric, label: pair.label, period: periodOf(pair),
      lineName: lineName({ label: pair.label, type: typeOf(pair), variant: Number(/:(\d+)$/.exec(key)?.[1] ?? 1), years: periodOf(pair) === "over-years", periodEnd: periodOf(pair) === "period-end" }),
      target: side(pair.left!, planned.target!.slug, comparison.sentences),
      result: pair.right ? side(pair.right, planned.result!.slug, comparison.sentences) : null,
      band: targetBand(pair),
      compare: { ...compare!, at: pair.id }, // paired: both reports exist
    });
    addTo(base.totals, status);
  }
  const note = base.cells.length ? planned.note : `${planned.note}：没有找到可核对的五年量化目标（年均、累计、期末水平）· no five-year headline target found`;
  return { ...base, state: "paired", note };
}

/** The goal-vs-achievement view of the two reports, when both exist. */
const compareOf = (planned: { target: { slug: string } | null; result: { slug: string } | null }): ComparisonRef | null =>
  planned.target && planned.result ? { left: planned.target.slug, right: planned.result.slug, l: "goal", r: "achievement" } : null;

function trackYear(planned: PlannedYear, comparison: YearComparison | undefined, lines: Map<string, TrackerLineData>, totals: YearTotals): TrackerYearData {
  const base = {
    year: planned.year,
    targetSlug: planned.target?.slug ?? null,
    resultSlug: planned.result?.slug ?? null,
    compare: compareOf(planned),
    totals: emptyTotals(),
  };
  if (planned.state !== "paired" || !comparison) return { ...base, state: planned.state, note: planned.note };
  if (!comparison.judged) return { ...base, state: "unjudged", note: `不判断完成：${comparison.kindLabel} · the two reports' years do not answer each other` };
  const target = planned.target!;
  const result = planned.result!;
  const taken = new Map<string, IndicatorPair>();
  for (const { pair, why } of headlineTargets(comparison)) {
    const key = lineKeyFor(pair, taken);
    if (key === null) continue; // the same target restated (经济增长预期目标定为7.5%左右): one promise, counted once
    taken.set(key, pair);
    const status = pair.status as TrackedStatus;
    const cell: TrackerCellData = {
      year: planned.year,
      lineKey: key,
      status,
      reason: pair.reason,
      why,
      target: side(pair.left!, target.slug, comparison.sentences),
      result: pair.right ? side(pair.right, result.slug, comparison.sentences) : null,
      band: targetBand(pair),
      compare: { ...base.compare!, at: pair.id }, // paired: both reports exist
    };
    const variant = Number(/:(\d+)$/.exec(key)?.[1] ?? 1);
    const line =
      lines.get(key) ??
      lines.set(key, { key, metric: pair.metric, label: pair.label, type: typeOf(pair), years: spansYears(pair), variant, unit: pair.left!.unit, cells: [] }).get(key)!;
    line.cells.push(cell);
    addTo(base.totals, status);
    addTo(totals, status);
  }
  const note = base.totals.targets
    ? planned.note
    : `${planned.note}：${planned.year}年报告中没有找到可核对的量化主要目标（主要预期目标段落或指标词表中的指标）· no quantified headline target found`;
  return { ...base, state: "paired", note };
}

/** How a five-year target belongs to its period: the pair says so (comparisons stored before it: 年均 / 累计 only). */
const periodOf = (pair: IndicatorPair): PeriodReading => pair.period ?? "over-years";

/** metric:type, then metric:type:2 for a second, different target of the same metric in one year; null for a restatement. */
/** 年均, 累计: a target over several years (a five-year plan's), never on one line with one year's targets. */
const spansYears = (pair: IndicatorPair) => pair.left!.qualifiers.some((q) => q === "年均" || q === "累计");

function lineKeyFor(pair: IndicatorPair, taken: Map<string, IndicatorPair>): string | null {
  const span = pair.period === "period-end" ? ":end" : pair.period === "over-years" || spansYears(pair) ? ":years" : "";
  const base = `${pair.metric}:${typeOf(pair)}${span}`;
  for (let n = 1; ; n++) {
    const key = n === 1 ? base : `${base}:${n}`;
    const other = taken.get(key);
    if (!other) return key;
    if (other.left!.value === pair.left!.value && (other.left!.upper ?? null) === (pair.left!.upper ?? null)) return null;
  }
}

/** The metrics tracked over the most years first, then by key (stable). */
function lineOrder(a: TrackerLineData, b: TrackerLineData): number {
  return b.cells.length - a.cells.length || a.key.localeCompare(b.key);
}
