import { compareHref } from "@/lib/url/compare-params";

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
      const text = `${i.value}${i.unit}${i.qualifiers.join("")}`;
      if (i.modality === "target" && report.planYear != null && point(report.planYear).target == null) Object.assign(point(report.planYear), { target: i.value, targetText: text });
      if (i.modality !== "target" && report.reviewYear != null && point(report.reviewYear).actual == null) Object.assign(point(report.reviewYear), { actual: i.value, actualText: text });
    }
    const first = rows[0];
    series.push({ metric, label: first.label, unit: first.unit, points: [...points.values()].sort((a, b) => a.year - b.year) });
  }
  return series.filter((s) => s.points.length > 0);
}

export interface YearPairLink {
  year: number;
  href: string;
  title: string;
  description: string;
}

/** The two natural year-over-year readings between consecutive reports of one region. */
export function yearPairLinks(reports: SeriesReport[]): YearPairLink[] {
  const list = primary(reports);
  const links: YearPairLink[] = [];
  for (const earlier of list) {
    if (earlier.planYear == null) continue;
    const later = list.find((r) => r.reviewYear === earlier.planYear);
    if (!later) continue;
    const n = earlier.planYear;
    links.push({ year: n, href: compareHref(earlier.slug, later.slug, { l: "goal", r: "achievement" }), title: `${n}年目标 vs ${n}年实绩`, description: "做到了吗？did they do it?" });
    if (later.planYear != null) {
      links.push({ year: n, href: compareHref(earlier.slug, later.slug, { l: "achievement", r: "goal" }), title: `${earlier.reviewYear ?? n - 1}年实绩 vs ${later.planYear}年目标`, description: "目标如何变化？how did the ambition change?" });
    }
  }
  return links.sort((a, b) => a.year - b.year);
}
