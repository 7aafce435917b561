import type { ReportKind } from "@/lib/text/types";
import { documentTypeOfTitle } from "@/lib/text/related-document";
import { townshipOf, townshipSlug } from "@/lib/text/townships";
import { reportYear } from "@/lib/text/years";

const KIND_SUFFIX: Record<ReportKind, string> = { report: "", excerpt: "-excerpt", news: "-news", document: "-document" };

/** -plan, -tasks, -bulletin…: a related document by its type, so two documents of one year are never versions. */
function kindSuffix(meta: { kind: ReportKind; title?: string }): string {
  const type = meta.kind === "document" && meta.title ? documentTypeOfTitle(meta.title) : null;
  return type ? `-${type}` : KIND_SUFFIX[meta.kind] ?? "";
}

/** A readable slug such as yuhang-2020, yuhang-2020-news, panjin-2020-revisions or xihu-2012; falls back to the file name. */
export function baseSlug(meta: { regionSlug: string | null; reviewYear: number | null; planYear: number | null; kind: ReportKind; title?: string }, fileName?: string): string {
  const year = reportYear(meta);
  // shunde-beijiao-2019: a township's report under its district, never the district's own slug (or a version of it).
  const township = meta.title ? townshipOf(meta.title) : null;
  const place = township && meta.regionSlug ? `${meta.regionSlug}-${townshipSlug(township)}` : meta.regionSlug;
  if (place) return `${place}${year ? `-${year}` : ""}${kindSuffix(meta)}`;
  const fromFile = (fileName ?? "")
    .replace(/\.[a-z0-9]+$/i, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return fromFile || `report${year ? `-${year}` : ""}`;
}

/** Region, delivery year and kind all known: another text with the same three is a version of the same report. (A
 * township's report is below the regions known: its copies share a name only.) */
export function isVersionable(meta: { regionSlug: string | null; reviewYear: number | null; planYear: number | null; title?: string }): boolean {
  return meta.regionSlug !== null && reportYear(meta) !== null && !(meta.title && townshipOf(meta.title));
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
