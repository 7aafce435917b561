import type { ComparisonRef } from "@/lib/domain/compare";
import { qualifierInfo } from "@/lib/compare/commitment";
import { reportYear } from "@/lib/text/years";

export interface SeriesReport {
  slug: string;
  reviewYear: number | null;
  planYear: number | null;
  kind: string;
  version: number;
}

export interface SeriesIndicator {
  reportSlug: string;
  metric: string;
  label: string;
  type: string;
  unit: string;
  value: number;
  modality: string;
  qualifiers: string[];
}

export interface SeriesPoint {
  year: number;
  target: number | null;
  targetText: string | null;
  actual: number | null;
  actualText: string | null;
}

export interface MetricSeries {
  metric: string;
  label: string;
  unit: string;
  points: SeriesPoint[];
}

/** Metrics worth a chart: growth rates and rates that reports set as targets and report back. */
export const HEADLINE_METRICS = ["gdp", "fiscal-total-revenue", "general-budget-revenue", "urban-income", "rural-income", "fixed-asset-investment", "retail-sales", "rd-intensity", "unemployment", "services-value-added", "industrial-value-added"];

/** Full reports only (news and excerpts would double-count), first version of each. */
function primary(reports: SeriesReport[]) {
  return reports.filter((r) => r.kind === "report" && r.version === 1);
}

/**
 * One report a delivery year for the year-over-year links: the full report, else an excerpt (an excerpt still holds
 * the year's targets). The delivery year is the plan year, or the review year + 1 when the plan year is unknown.
 */
function byDeliveryYear(reports: SeriesReport[]): Map<number, SeriesReport> {
  const out = new Map<number, SeriesReport>();
  for (const kind of ["report", "excerpt"])
    for (const r of reports) {
      const year = reportYear(r);
      if (r.kind === kind && r.version === 1 && year != null && !out.has(year)) out.set(year, r);
    }
  return out;
}

/**
 * A chart value with its qualifiers apart: 24.5% 年均, 确保 8%; a bound that follows its number in the text stays
 * with it (7%以上, 3%左右).
 */
export function formatSeriesValue(value: number, unit: string, qualifiers: string[]): string {
  const after = qualifiers.filter((q) => qualifierInfo(q)?.position === "after").join("");
  const modal = qualifiers.filter((q) => qualifierInfo(q)?.scale === "modal");
  const others = qualifiers.filter((q) => !after.includes(q) && !modal.includes(q));
  return [modal.join(""), `${value}${unit}${after}`, others.join("、")].filter(Boolean).join(" ");
}

/** For each headline metric: per year, the target set in that year's plan and the result reported for that year. */
export function buildYearSeries(reports: SeriesReport[], indicators: SeriesIndicator[], metrics = HEADLINE_METRICS): MetricSeries[] {
  const bySlug = new Map(primary(reports).map((r) => [r.slug, r]));
  const series: MetricSeries[] = [];
  for (const metric of metrics) {
    const rows = indicators.filter((i) => i.metric === metric && bySlug.has(i.reportSlug) && (i.unit === "%" || i.type === "growth"));
    if (rows.length === 0) continue;
    const points = new Map<number, SeriesPoint>();
    const point = (year: number) => points.get(year) ?? points.set(year, { year, target: null, targetText: null, actual: null, actualText: null }).get(year)!;
    for (const i of rows) {
      const report = bySlug.get(i.reportSlug)!;
      const text = formatSeriesValue(i.value, i.unit, i.qualifiers);
      if (i.modality === "target" && report.planYear != null && point(report.planYear).target == null) Object.assign(point(report.planYear), { target: i.value, targetText: text });
      if (i.modality !== "target" && report.reviewYear != null && point(report.reviewYear).actual == null) Object.assign(point(report.reviewYear), { actual: i.value, actualText: text });
    }
    const first = rows[0];
    series.push({ metric, label: first.label, unit: first.unit, points: [...points.values()].sort((a, b) => a.year - b.year) });
  }
  return series.filter((s) => s.points.length > 0);
}

/** A year-over-year comparison: which two reports and sides (the page builds the link: lib/url withCompareHref). */
export interface YearPairLink extends ComparisonRef {
  year: number;
  title: string;
  description: string;
}

/**
 * The year-over-year readings between the reports of consecutive delivery years (2020 report → 2021 report): did
 * they do it (year N's targets against the results the next report gives for N), how the targets moved (N → N+1),
 * and, per report, last year's results against this year's targets.
 */
export function yearPairLinks(reports: SeriesReport[]): YearPairLink[] {
  const years = byDeliveryYear(reports);
  const links: YearPairLink[] = [];
  for (const [year, earlier] of [...years].sort((a, b) => a[0] - b[0])) {
    const later = years.get(year + 1);
    if (!later) continue;
    const n = earlier.planYear ?? year;
    const answered = later.reviewYear ?? year;
    if (later.kind === "report" && answered === n)
      links.push({ year, left: earlier.slug, right: later.slug, l: "goal", r: "achievement", title: `${n}年目标 vs ${n}年实绩`, description: "做到了吗？did they do it?" });
    links.push({ year, left: earlier.slug, right: later.slug, l: "goal", r: "goal", title: `${n}年目标 vs ${later.planYear ?? year + 1}年目标`, description: "目标如何变化？承诺减弱了吗？how did the targets change?" });
  }
  for (const [year, r] of [...years].sort((a, b) => a[0] - b[0]))
    if (r.kind === "report" && r.reviewYear != null && r.planYear != null && (years.has(year - 1) || years.has(year + 1)))
      links.push({ year, left: r.slug, right: r.slug, l: "achievement", r: "goal", title: `${r.reviewYear}年实绩 vs ${r.planYear}年目标`, description: "去年的成绩与今年的目标 · how did the ambition change?" });
  return links.sort((a, b) => a.year - b.year);
}
