import type { CompareReportRef } from "@/lib/compare/compare-json";

/** The report part of the compare JSON contract. */
export function reportRef(r: { slug: string | null; title: string; region: string | null; reviewYear: number | null; planYear: number | null; kind: string }): CompareReportRef {
  return { slug: r.slug, title: r.title, region: r.region, reviewYear: r.reviewYear, planYear: r.planYear, kind: r.kind };
}
