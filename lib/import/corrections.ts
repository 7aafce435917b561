import { z } from "zod";
import { reportKindSchema } from "@/lib/domain/report";
import type { ReportMetadata } from "@/lib/text/types";
import { regionFields, resolveRegion } from "@/lib/text/regions";
import { reportSourceSchema } from "./report-source";
import { labelCorrectionsSchema } from "@/lib/corrections/schema";

/** Metadata a user corrected by hand. Stored beside the report and applied after every (re-)analysis. */
export const correctionsSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    region: z.string().trim().min(1).max(40),
    regionSlug: z.string().trim().regex(/^[a-z][a-z0-9-]{0,39}$/),
    reviewYear: z.number().int().min(1949).max(2100).nullable(),
    planYear: z.number().int().min(1949).max(2100).nullable(),
    kind: reportKindSchema,
    speaker: z.string().trim().max(40).nullable(),
    meetingDate: z.string().trim().max(20).nullable(),
    /** The year the report was delivered, given by the user at import (--year, the form's 年份): used only when the
     * text names neither the review nor the plan year. */
    deliveryYear: z.number().int().min(1949).max(2100),
    /** Where the report came from (detected at import, given by the user, or corrected): not analysis metadata.
     * An empty field in a correction clears it. */
    source: z.object(Object.fromEntries(Object.entries(reportSourceSchema.shape).map(([k, v]) => [k, v.or(z.literal(""))])) as {
      [K in keyof typeof reportSourceSchema.shape]: z.ZodUnion<[(typeof reportSourceSchema.shape)[K], z.ZodLiteral<"">]>;
    }),
    /** Sentence kinds, indicators and pairings corrected by hand (lib/corrections): applied to the analysis, not the metadata. */
    labels: labelCorrectionsSchema,
  })
  .partial();

export type Corrections = z.infer<typeof correctionsSchema>;

export function applyCorrections(meta: ReportMetadata, input: Corrections): ReportMetadata {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the source is shown beside the report, not analysed; labels apply to sentences
  const { deliveryYear, source, labels, ...corrections } = input;
  if (deliveryYear && meta.reviewYear === null && meta.planYear === null) {
    corrections.reviewYear ??= deliveryYear - 1;
    corrections.planYear ??= deliveryYear;
  }
  const corrected = Object.keys(corrections) as (keyof Corrections)[];
  if (corrected.length === 0) return meta;
  // A corrected region brings its code, parent and slug along (the slug unless the user gave one).
  const derived = corrections.region ? regionFields(resolveRegion(corrections.region)) : {};
  return {
    ...meta,
    ...derived,
    ...corrections,
    // A value the user set is no longer an inference.
    inferred: meta.inferred.filter((field) => !corrected.includes(field as keyof Corrections) && !(field === "region" && corrections.region)),
  };
}
