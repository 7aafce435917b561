import { z } from "zod";
import { changeTypeSchema, diffOpSchema, indicatorStatusSchema, kindChoiceSchema, reportKindSchema, rowStatusSchema, sentenceKindSchema } from "@/lib/domain";

// The documented contract of `npx duizhao compare --json` and GET /api/compare (README); compare-json.ts derives its
// types from here.
const kinds = kindChoiceSchema;
const sentenceKind = sentenceKindSchema;
export const reportRefSchema = z.object({ slug: z.string().nullable(), title: z.string(), region: z.string().nullable(), reviewYear: z.number().int().nullable(), planYear: z.number().int().nullable(), kind: reportKindSchema });
const rowSide = z.object({ id: z.string().regex(/^s-\d+$/), text: z.string(), kind: sentenceKind, corrected: z.literal(true).optional() }).strict();
const indicatorSide = z
  .object({ value: z.number(), upper: z.number().optional(), unit: z.string(), qualifiers: z.array(z.string()), sentenceId: z.string().regex(/^s-\d+$/), text: z.string(), corrected: z.literal(true).optional() })
  .strict();

/** The counts of a comparison (rows and indicators by status); the tiles and the CLI's first line. */
export const compareSummarySchema = z.object({
  matched: z.number(),
  same: z.number(),
  changed: z.number(),
  leftOnly: z.number(),
  rightOnly: z.number(),
  met: z.number(),
  missed: z.number(),
  exceeded: z.number(),
  dropped: z.number(),
  weakened: z.number(),
  strengthened: z.number(),
});
const toneLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const toneCue = z.object({ word: z.string(), level: toneLevel, verb: z.string(), start: z.number().int(), clause: z.string(), reason: z.string() }).strict();
const toneChange = z.object({ verb: z.string(), left: z.string().nullable(), right: z.string().nullable(), direction: z.enum(["stronger", "weaker", "reworded"]) }).strict();
const levelCounts = z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number() }).strict();

export const compareJsonSchema = z
  .object({
    left: z.object({ report: reportRefSchema, kinds }),
    right: z.object({ report: reportRefSchema, kinds }),
    url: z.string().startsWith("/compare/").nullable(),
    summary: compareSummarySchema,
    tone: z.object({ stronger: z.number(), weaker: z.number(), reworded: z.number(), left: levelCounts, right: levelCounts }).strict().optional(),
    rows: z.array(
      z
        .object({
          id: z.string().regex(/^r-(\d+|x)-(\d+|x)(-\d+)?$/),
          status: rowStatusSchema,
          similarity: z.number().min(0).max(1).nullable(),
          left: rowSide.nullable(),
          right: rowSide.nullable(),
          diff: z.array(z.object({ op: diffOpSchema, text: z.string() }).strict()),
          changes: z.array(z.object({ type: changeTypeSchema, left: z.string().nullable(), right: z.string().nullable() }).strict()),
          tone: z.object({ left: z.array(toneCue), right: z.array(toneCue), changes: z.array(toneChange) }).strict().optional(),
        })
        .strict(),
    ),
    indicators: z.array(
      z
        .object({
          id: z.string().regex(/^i-/),
          metric: z.string(),
          label: z.string(),
          status: indicatorStatusSchema,
          delta: z.number().nullable(),
          unit: z.string(),
          reason: z.string(),
          left: indicatorSide.nullable(),
          right: indicatorSide.nullable(),
          corrected: z.enum(["paired", "unpaired"]).optional(),
          period: z.enum(["over-years", "period-end"]).optional(),
          periodHeading: z.string().optional(),
        })
        .strict(),
    ),
  })
  .strict();
