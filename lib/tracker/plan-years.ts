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
