import { z } from "zod";
import type { ReportMetadata } from "@/lib/text/types";
import { regionSlug } from "@/lib/text/regions";

/** Metadata a user corrected by hand. Stored beside the report and applied after every (re-)analysis. */
export const correctionsSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    region: z.string().trim().min(1).max(40),
    regionSlug: z.string().trim().regex(/^[a-z][a-z0-9-]{0,39}$/),
    reviewYear: z.number().int().min(1949).max(2100).nullable(),
    planYear: z.number().int().min(1949).max(2100).nullable(),
    kind: z.enum(["report", "excerpt", "news"]),
    speaker: z.string().trim().max(40).nullable(),
    meetingDate: z.string().trim().max(20).nullable(),
  })
  .partial();

export type Corrections = z.infer<typeof correctionsSchema>;

export function applyCorrections(meta: ReportMetadata, corrections: Corrections): ReportMetadata {
  const corrected = Object.keys(corrections) as (keyof Corrections)[];
  if (corrected.length === 0) return meta;
  // A corrected region brings its slug along, unless the user gave one.
  const derivedSlug = corrections.region && !corrections.regionSlug ? { regionSlug: regionSlug(corrections.region) } : {};
  return {
    ...meta,
    ...derivedSlug,
    ...corrections,
    // A value the user set is no longer an inference.
    inferred: meta.inferred.filter((field) => !corrected.includes(field as keyof Corrections) && !(field === "region" && corrections.region)),
  };
}
