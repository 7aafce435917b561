import { z } from "zod";
import { sentenceLabelSchema } from "@/lib/domain/sentence";
import { firstValues, toQuery, type RawSearchParams } from "./search-params";

/** View state of /reports/[slug]. */
export const readerParamsSchema = z.object({
  /** Show only sentences of one kind (headings stay for orientation). */
  kind: sentenceLabelSchema.optional().catch(undefined),
  /** Show the original stored text instead of the clean reading view. */
  original: z.enum(["0", "1"]).transform((v) => v === "1").catch(false).default(false),
  /** The sentence whose 改正 (hand correction) panel is open. */
  fix: z.string().regex(/^s-\d{1,7}$/).optional().catch(undefined),
});

export type ReaderParams = z.output<typeof readerParamsSchema>;
const DEFAULTS: ReaderParams = readerParamsSchema.parse({});

export function parseReaderParams(raw: RawSearchParams): ReaderParams {
  return readerParamsSchema.parse(firstValues(raw));
}

export function readerHref(slug: string, params: Partial<ReaderParams> = {}, hash = ""): string {
  return `/reports/${encodeURIComponent(slug)}${toQuery({ ...DEFAULTS, ...params }, DEFAULTS, ["kind", "original", "fix"])}${hash}`;
}
