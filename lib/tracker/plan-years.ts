import { reportYear } from "@/lib/text/years";

export interface TrackerReport {
  slug: string;
  title: string;
  reviewYear: number | null;
  planYear: number | null;
  kind: string;
  version: number;
}

/** Why a target year has (or has no) verdicts. */
export type YearState = "paired" | "no-target-report" | "no-result-report" | "awaiting" | "no-review";

export interface PlannedYear {
  /** The target year N: its targets come from the report delivered in N, its results from the one delivered in N+1. */
  year: number;
  state: YearState;
  target: TrackerReport | null;
  result: TrackerReport | null;
  /** Chinese first: what this year can and cannot show. */
  note: string;
}

export interface YearPlan {
  /** The delivery years that have a report (full report or excerpt), ascending. */
  years: number[];
  /** Two reports of consecutive years exist: the tracker can judge at least one year. */
  enough: boolean;
  planned: PlannedYear[];
  /** Reports whose year neither the text nor a correction gives: they cannot stand for a year until one is set. */
  undated: TrackerReport[];
}

/**
 * One report a delivery year: the full report first (it holds both the targets and the review), else an excerpt
 * (targets only). News copies never stand for a year: their figures are quotes.
 */
export function reportsByYear(reports: TrackerReport[]): Map<number, TrackerReport> {
  const out = new Map<number, TrackerReport>();
  for (const kind of ["report", "excerpt"])
    for (const r of [...reports].sort((a, b) => a.version - b.version)) {
      const year = reportYear(r);
      if (r.kind === kind && year != null && !out.has(year)) out.set(year, r);
    }
  return out;
}

/**
 * Every target year from the first report to the last: which two reports answer it, or why none can. A year is
 * never skipped silently: a gap in the series is a row that says which report is missing.
 */
export function planTrackerYears(reports: TrackerReport[]): YearPlan {
  const byYear = reportsByYear(reports);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const planned: PlannedYear[] = [];
  const undated = reports.filter((r) => r.kind !== "news" && reportYear(r) == null);
  if (years.length === 0) return { years, enough: false, planned, undated };
  const last = years[years.length - 1];
  for (let year = years[0]; year <= last; year++) {
    const target = byYear.get(year) ?? null;
    const result = byYear.get(year + 1) ?? null;
    if (!target) planned.push({ year, state: "no-target-report", target, result, note: `缺少${year}年报告：没有${year}年的目标 · no ${year} report` });
    else if (year === last) planned.push({ year, state: "awaiting", target, result, note: `尚无${year + 1}年报告：${year}年目标的实绩待下一年报告 · awaiting the ${year + 1} report` });
    else if (!result) planned.push({ year, state: "no-result-report", target, result, note: `缺少${year + 1}年报告：无法核对${year}年目标 · no ${year + 1} report to check against` });
    else if (result.kind !== "report") planned.push({ year, state: "no-review", target, result, note: `${year + 1}年只有摘登，没有工作回顾：无法核对${year}年目标 · the ${year + 1} text is an excerpt without a review` });
    else planned.push({ year, state: "paired", target, result, note: `${year}年目标 vs ${year + 1}年报告中的${year}年实绩` });
  }
  return { years, enough: planned.some((p) => p.state === "paired"), planned, undated };
}

export interface PlannedPeriod {
  /** 十一五 */
  name: string;
  start: number;
  end: number;
  state: YearState;
  /** The report delivered in the period's first year: its five-year targets. */
  target: TrackerReport | null;
  /** The report delivered the year after the period ends: its review of the five years. */
  result: TrackerReport | null;
  note: string;
}

/**
 * The five-year plans the region's reports open (a report delivered in 2006 sets the 十一五 targets), each with the
 * report that reviews them (the one delivered in 2011), or why none can yet.
 */
export function planTrackerPeriods(reports: TrackerReport[], periodOf: (year: number) => { name: string; start: number; end: number } | null): PlannedPeriod[] {
  const byYear = reportsByYear(reports);
  const last = Math.max(...byYear.keys());
  const out: PlannedPeriod[] = [];
  for (const [year, target] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const period = periodOf(year);
    if (!period) continue;
    const reviewYear = period.end + 1;
    const result = byYear.get(reviewYear) ?? null;
    const base = { ...period, target, result };
    if (!result && reviewYear > last) out.push({ ...base, state: "awaiting", note: `尚无${reviewYear}年报告：“${period.name}”目标待五年回顾 · awaiting the ${reviewYear} review` });
    else if (!result) out.push({ ...base, state: "no-result-report", note: `缺少${reviewYear}年报告：无法核对“${period.name}”目标 · no ${reviewYear} report` });
    else if (result.kind !== "report") out.push({ ...base, state: "no-review", note: `${reviewYear}年只有摘登，没有五年回顾 · the ${reviewYear} text has no review` });
    else out.push({ ...base, state: "paired", note: `“${period.name}”（${period.start}—${period.end}年）目标 vs ${reviewYear}年报告的五年回顾` });
  }
  return out;
}
