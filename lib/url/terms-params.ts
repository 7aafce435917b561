import { z } from "zod";
import { firstValues, type RawSearchParams } from "./search-params";

export type { RawSearchParams };

/** /regions/<slug>/terms?reports=a,b,c: any list of 2–20 reports, in the order given; none means the region's years. */
const schema = z.object({
  reports: z
    .string()
    .optional()
    .transform((v) => (v ? [...new Set(v.split(",").map((s) => s.trim()).filter(Boolean))] : []))
    .pipe(z.array(z.string().max(200)).max(20)),
});

export interface TermsParams {
  reports: string[];
}

export function parseTermsParams(raw: RawSearchParams): TermsParams {
  const parsed = schema.safeParse(firstValues(raw));
  return parsed.success ? parsed.data : { reports: [] };
}

export function termsHref(regionSlug: string, params: Partial<TermsParams> = {}): string {
  const reports = params.reports ?? [];
  return `/regions/${encodeURIComponent(regionSlug)}/terms${reports.length ? `?reports=${reports.map(encodeURIComponent).join(",")}` : ""}`;
}
