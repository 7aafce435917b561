import type { ReportKind } from "@/lib/text/types";
import { reportYear } from "@/lib/text/years";

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

/** Region, delivery year and kind all known: another text with the same three is a version of the same report. */
export function isVersionable(meta: { regionSlug: string | null; reviewYear: number | null; planYear: number | null }): boolean {
  return meta.regionSlug !== null && reportYear(meta) !== null;
}

/**
 * The first free slug: base, then base-v2, base-v3… for a version of the same report, or base-2, base-3… for texts
 * that only share a name (no known region or year), which are never versions of each other.
 */
export function uniqueSlug(base: string, taken: Set<string>, versioned = true): string {
  if (!taken.has(base)) return base;
  const suffix = versioned ? "-v" : "-";
  for (let n = 2; ; n++) if (!taken.has(`${base}${suffix}${n}`)) return `${base}${suffix}${n}`;
}
