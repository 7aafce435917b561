import type { ReportKind } from "@/lib/text/types";

/** The year a report is delivered in: the plan year, or the year after the review. */
export function reportYear(meta: { reviewYear: number | null; planYear: number | null }): number | null {
  return meta.planYear ?? (meta.reviewYear != null ? meta.reviewYear + 1 : null);
}

const KIND_SUFFIX: Record<ReportKind, string> = { report: "", excerpt: "-excerpt", news: "-news" };

/** A readable slug such as yuhang-2020, yuhang-2020-news or xihu-2012; falls back to the file name. */
export function baseSlug(meta: { regionSlug: string | null; reviewYear: number | null; planYear: number | null; kind: ReportKind }, fileName?: string): string {
  const year = reportYear(meta);
  if (meta.regionSlug) return `${meta.regionSlug}${year ? `-${year}` : ""}${KIND_SUFFIX[meta.kind] ?? ""}`;
  const fromFile = (fileName ?? "")
    .replace(/\.[a-z0-9]+$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return fromFile || `report${year ? `-${year}` : ""}`;
}

/** The first of base, base-v2, base-v3… that is not taken. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-v${n}`)) return `${base}-v${n}`;
}
