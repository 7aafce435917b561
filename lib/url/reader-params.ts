import { z } from "zod";
import { sentenceKindSchema, subtypeSchema, type SentenceLabel } from "@/lib/domain/sentence";
import { firstValues, toQuery, type RawSearchParams } from "./search-params";

/**
 * View state of /reports/[slug]. `kind` filters by sentence kind, `subtype=problem` shows the problems the text admits.
 * Before issue 10 the problem filter was `kind=problem` (a subtype in `kind`); that form still parses to the same view.
 */
export const readerParamsSchema = z.object({
  /** Show only sentences of one kind (headings stay for orientation); `other` leaves out problems, which have their own filter. */
  kind: sentenceKindSchema.optional().catch(undefined),
  /** Show only sentences of one subtype (问题). */
  subtype: subtypeSchema.optional().catch(undefined),
  /** Show the original stored text instead of the clean reading view. */
  original: z.enum(["0", "1"]).transform((v) => v === "1").catch(false).default(false),
  /** The sentence whose 改正 (hand correction) panel is open. */
  fix: z.string().regex(/^s-\d{1,7}$/).optional().catch(undefined),
});

export type ReaderParams = z.output<typeof readerParamsSchema>;
const DEFAULTS: ReaderParams = readerParamsSchema.parse({});

export function parseReaderParams(raw: RawSearchParams): ReaderParams {
  const values = firstValues(raw);
  // ?kind=problem (shared before issue 10) is ?subtype=problem.
  if (values.kind === "problem") return readerParamsSchema.parse({ ...values, kind: undefined, subtype: "problem" });
  return readerParamsSchema.parse(values);
}

/** The one label the reader's filter shows (全部 when undefined). */
export function readerLabel(view: Pick<ReaderParams, "kind" | "subtype">): SentenceLabel | undefined {
  return view.subtype ?? view.kind;
}

/** The params of a filter label: problem is a subtype, the others are kinds. */
export function labelParams(label: SentenceLabel | undefined): Pick<ReaderParams, "kind" | "subtype"> {
  return label === "problem" ? { kind: undefined, subtype: "problem" } : { kind: label, subtype: undefined };
}

export function readerHref(slug: string, params: Partial<ReaderParams> = {}, hash = ""): string {
  return `/reports/${encodeURIComponent(slug)}${toQuery({ ...DEFAULTS, ...params }, DEFAULTS, ["kind", "subtype", "original", "fix"])}${hash}`;
}
