import "server-only";
import { getDb } from "./db";
import { reportYear } from "@/lib/text/years";
import { parseJson } from "./json";
import { listReports, type ReportSummary } from "./reports";
import { HEADLINE_METRICS, type SeriesIndicator } from "@/lib/series/year-series";
import { searchRegions, type RegionMatch } from "@/lib/text/region-search";

const KIND_ORDER = ["report", "excerpt", "news", "document"];
const yearOf = (r: ReportSummary) => reportYear(r) ?? 0;

export interface RegionDetail {
  regionSlug: string;
  region: string;
  reports: ReportSummary[];
  indicators: SeriesIndicator[];
}

/** One region's reports by year, with the headline indicators its year series needs. */
export async function getRegion(options: { regionSlug: string }): Promise<RegionDetail | null> {
  const reports = await listReports({ regionSlug: options.regionSlug });
  if (reports.length === 0) return null;
  const rows = await getDb().indicator.findMany({
    where: { reportId: { in: reports.map((r) => r.id) }, metric: { in: HEADLINE_METRICS } },
    orderBy: [{ reportId: "asc" }, { sentenceIndex: "asc" }, { ordinal: "asc" }],
    select: { reportId: true, metric: true, label: true, type: true, unit: true, value: true, modality: true, qualifiers: true },
  });
  const slugOf = new Map(reports.map((r) => [r.id, r.slug]));
  return {
    regionSlug: options.regionSlug,
    region: reports[0].region ?? options.regionSlug,
    reports: [...reports].sort((a, b) => yearOf(a) - yearOf(b) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.version - b.version),
    indicators: rows.map((r) => ({ ...r, reportSlug: slugOf.get(r.reportId)!, qualifiers: parseJson(r.qualifiers, []) })),
  };
}

/** How many reports each region slug has: what the region picker ranks by and shows. */
export async function countReportsByRegion(): Promise<Map<string, number>> {
  const rows = await getDb().report.groupBy({ by: ["regionSlug"], _count: { _all: true } });
  return new Map(rows.filter((r) => r.regionSlug).map((r) => [r.regionSlug!, r._count._all]));
}

/** The region picker's matches among all of China's divisions, those with reports first. */
export async function findRegions(options: { query: string; limit?: number }): Promise<{ matches: RegionMatch[]; total: number }> {
  return searchRegions(options.query, { limit: options.limit, reportCounts: await countReportsByRegion() });
}
