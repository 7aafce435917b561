import { reportYearLabel, shortReportName } from "@/lib/format/labels";
import type { ComparisonRef, StoredReportHeader } from "@/lib/domain";

export interface ComparableReport extends StoredReportHeader {
  regionSlug: string | null;
  version?: number;
}

/** Which two reports and sides (the page builds the link: lib/url withCompareHref), and how to name the comparison. */
export interface NaturalComparison extends ComparisonRef {
  title: string;
  description: string;
}

/** The comparisons readers ask for most, among the reports present (library quick links). */
export function naturalComparisons(reports: ComparableReport[]): NaturalComparison[] {
  const out: NaturalComparison[] = [];
  const fullReports = reports.filter((r) => r.kind === "report" && (r.version ?? 1) === 1);
  for (const r of reports) {
    if (r.reviewYear != null && r.planYear != null && r.kind !== "news") {
      out.push({
        left: r.slug, right: r.slug, l: "achievement", r: "goal",
        title: `${shortReportName(r)}：${r.reviewYear}年实绩 vs ${r.planYear}年目标`,
        description: "去年的成绩与今年的目标 · last year's results against this year's targets",
      });
    }
  }
  for (const news of reports.filter((r) => r.kind === "news" || r.kind === "document")) {
    const report = fullReports.find((r) => r.regionSlug === news.regionSlug && reportYearLabel(r) === reportYearLabel(news));
    if (report) {
      out.push({
        left: news.slug, right: report.slug, l: "all", r: "all",
        title: `${shortReportName(news)} vs ${shortReportName(report)}`,
        description: news.kind === "news" ? "新闻报道的数字与报告原文是否一致 · does the article match the report?" : "相关文件的数字与报告是否一致 · does the document match the report?",
      });
    }
  }
  for (let i = 0; i < fullReports.length; i++) {
    for (let j = i + 1; j < fullReports.length; j++) {
      const [a, b] = [fullReports[i], fullReports[j]];
      if (a.regionSlug === b.regionSlug || !a.regionSlug || !b.regionSlug) continue;
      const sameYear = a.reviewYear != null && a.reviewYear === b.reviewYear;
      if (!sameYear) continue;
      out.push({
        left: a.slug, right: b.slug, l: "achievement", r: "achievement",
        title: `${shortReportName(a)} vs ${shortReportName(b)}：${a.reviewYear}年实绩`,
        description: "同一年份，地区之间对照 · district against district, same year",
      });
    }
  }
  return out;
}
