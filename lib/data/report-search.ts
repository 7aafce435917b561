import "server-only";
// The report picker's search (GET /api/reports?q=): reports found by their region's name or pinyin and their years.
import { getDb } from "./db";
import { findRegions } from "./regions";
import { withinRegions, type ReportOption, type ReportWhere } from "./reports";
import type { ReportKind } from "@/lib/domain";
import { parseReportQuery } from "@/lib/text/report-query";
import { regionEntryBySlug } from "@/lib/text/region-search";

/** A report as the report picker lists it. */
export interface ReportMatch extends ReportOption {
  regionSlug: string | null;
}

/**
 * The report picker's matches for a query such as `yh 2021` (lib/text/report-query): the region part goes through the
 * region search (name, pinyin, initials; regions with reports first, each with every unit within it), the years narrow
 * by the report's year (its plan year, else the year after its review); text that names no region is looked for in titles. Two bounded queries (rows and count).
 */
export async function findReports(options: { query: string; limit?: number; region?: string }): Promise<{ matches: ReportMatch[]; total: number }> {
  const { years, text } = parseReportQuery(options.query);
  const where: ReportWhere[] = [];
  // A side of the 对照 picker narrowed to a region (lregion, rregion) searches within it.
  const scope = options.region ? regionEntryBySlug(options.region) : null;
  if (scope) where.push(withinRegions([scope]));
  if (text) {
    const { matches } = await findRegions({ query: text, limit: 6 });
    const withReports = matches.filter((m) => m.reportCount > 0).slice(0, 3);
    const regions = withReports.length > 0 ? withReports : matches.slice(0, 1);
    where.push(regions.length > 0
      ? withinRegions(regions)
      : { title: { contains: text } });
  }
  // The report's year as its name shows it (lib/text/years reportYear): the plan year, else the year after the review.
  if (years.length > 0) where.push({ OR: [{ planYear: { in: years } }, { planYear: null, reviewYear: { in: years.map((y) => y - 1) } }] });
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.report.findMany({
      where: { AND: where },
      select: { slug: true, title: true, region: true, regionSlug: true, reviewYear: true, planYear: true, kind: true, version: true },
      orderBy: [{ planYear: "desc" }, { reviewYear: "desc" }, { regionSlug: "asc" }, { kind: "asc" }, { version: "asc" }, { id: "asc" }],
      take: options.limit ?? 12,
    }),
    db.report.count({ where: { AND: where } }),
  ]);
  return { matches: rows.map((r) => ({ ...r, kind: r.kind as ReportKind })), total };
}
