import { z } from "zod";
import { sentenceKindSchema, subtypeSchema } from "@/lib/domain/sentence";

// Hand corrections of the analysis: a sentence's kind, an indicator's metric or value, a pairing in a comparison.
// Stored in the report's corrections (key `labels`) beside the verbatim text; re-analysis applies them on top of
// detection. Targets are named by stable references (a sentence's id checked against a fingerprint of its text, an
// indicator by the automatic metric and number of that sentence), never by a position alone.

/** A sentence: its id when corrected (`s-12`) and a fingerprint of its text, so a renumbered report never gets it wrong. */
export const sentenceRefSchema = z.object({
  id: z.string().regex(/^s-\d+$/, "sentence id must look like s-12"),
  hash: z.string().regex(/^[0-9a-f]{8}$/, "sentence hash must be 8 hex digits"),
});
export type SentenceRef = z.infer<typeof sentenceRefSchema>;

/** An indicator: its sentence, with the metric key and the number as the automatic analysis wrote them. */
export const indicatorRefSchema = z.object({
  sentence: sentenceRefSchema,
  metric: z.string().min(1).max(80),
  text: z.string().min(1).max(80),
});
export type IndicatorRef = z.infer<typeof indicatorRefSchema>;

const note = z.string().trim().max(200, "note: at most 200 characters").optional();
const at = z.string().max(40).optional();

export const sentenceCorrectionSchema = z.object({
  type: z.literal("sentence"),
  target: sentenceRefSchema,
  kind: sentenceKindSchema,
  subtype: subtypeSchema.nullable().default(null),
  note,
  at,
});

export const indicatorCorrectionSchema = z.object({
  type: z.literal("indicator"),
  target: indicatorRefSchema,
  /** A metric key (gdp) or a label looked up in the lexicon (地区生产总值). */
  metric: z.string().trim().min(1).max(40).optional(),
  /** The number in the scale it is written in (723.2 for 723.2亿元; −4 for 下降4%). */
  value: z.number().finite().optional(),
  unit: z.string().trim().min(1).max(8).optional(),
  qualifiers: z.array(z.string().trim().min(1).max(6)).max(6).optional(),
  note,
  at,
});

export const pairCorrectionSchema = z.object({
  type: z.literal("pair"),
  /** The other report's slug: the correction holds for comparisons of this report (left) with that one (right). */
  other: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "other: a report slug"),
  action: z.enum(["pair", "unpair"]),
  left: indicatorRefSchema,
  right: indicatorRefSchema,
  note,
  at,
});

export const labelCorrectionSchema = z
  .discriminatedUnion("type", [sentenceCorrectionSchema, indicatorCorrectionSchema, pairCorrectionSchema])
  .superRefine((c, ctx) => {
    if (c.type === "indicator" && c.metric === undefined && c.value === undefined && c.unit === undefined && c.qualifiers === undefined)
      ctx.addIssue({ code: "custom", message: "an indicator correction needs a metric, value, unit or qualifiers" });
    if (c.type === "sentence" && c.subtype === "problem" && c.kind !== "other")
      ctx.addIssue({ code: "custom", path: ["subtype"], message: "problem is a subtype of other only" });
  });

export type LabelCorrection = z.infer<typeof labelCorrectionSchema>;
export type SentenceCorrection = z.infer<typeof sentenceCorrectionSchema>;
export type IndicatorCorrection = z.infer<typeof indicatorCorrectionSchema>;
export type PairCorrection = z.infer<typeof pairCorrectionSchema>;

export const labelCorrectionsSchema = z.array(labelCorrectionSchema).max(5000);

const refKey = (r: IndicatorRef) => `${r.sentence.hash}/${r.metric}/${r.text}`;

/** What a correction is about: a new correction of the same target replaces the old one. */
export function correctionKey(c: LabelCorrection): string {
  if (c.type === "sentence") return `sentence:${c.target.hash}:${c.target.id}`;
  if (c.type === "indicator") return `indicator:${c.target.sentence.id}:${refKey(c.target)}`;
  return `pair:${c.other}:${refKey(c.left)}:${refKey(c.right)}`;
}

/** Add or replace a correction (the list keeps one per target). */
export function upsertCorrection(list: readonly LabelCorrection[], next: LabelCorrection): LabelCorrection[] {
  const key = correctionKey(next);
  // A pairing decision about one left indicator replaces an earlier one about the same two indicators in either direction.
  return [...list.filter((c) => correctionKey(c) !== key), next];
}

export function removeCorrection(list: readonly LabelCorrection[], key: string): LabelCorrection[] {
  return list.filter((c) => correctionKey(c) !== key);
}
