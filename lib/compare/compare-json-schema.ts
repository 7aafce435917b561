import { z } from "zod";

// The documented contract of `npx duizhao compare --json` and GET /api/compare (README). Keep in step with compare-json.ts.
const kinds = z.enum(["goal", "achievement", "all"]);
const sentenceKind = z.enum(["goal", "achievement", "other"]);
const reportRef = z.object({ slug: z.string().nullable(), title: z.string(), region: z.string().nullable(), reviewYear: z.number().int().nullable(), planYear: z.number().int().nullable(), kind: z.string() });
const rowSide = z.object({ id: z.string().regex(/^s-\d+$/), text: z.string(), kind: sentenceKind }).strict();
const indicatorSide = z
  .object({ value: z.number(), upper: z.number().optional(), unit: z.string(), qualifiers: z.array(z.string()), sentenceId: z.string().regex(/^s-\d+$/), text: z.string() })
  .strict();

const toneLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const toneCue = z.object({ word: z.string(), level: toneLevel, verb: z.string(), start: z.number().int(), clause: z.string(), reason: z.string() }).strict();
const toneChange = z.object({ verb: z.string(), left: z.string().nullable(), right: z.string().nullable(), direction: z.enum(["stronger", "weaker", "reworded"]) }).strict();
const levelCounts = z.object({ 1: z.number(), 2: z.number(), 3: z.number(), 4: z.number() }).strict();

export const compareJsonSchema = z
  .object({
    left: z.object({ report: reportRef, kinds }),
    right: z.object({ report: reportRef, kinds }),
    url: z.string().startsWith("/compare/").nullable(),
    summary: z.record(z.string(), z.number()),
    tone: z.object({ stronger: z.number(), weaker: z.number(), reworded: z.number(), left: levelCounts, right: levelCounts }).strict().optional(),
    rows: z.array(
      z
        .object({
          id: z.string().regex(/^r-\d+$/),
          status: z.enum(["same", "changed", "left-only", "right-only"]),
          similarity: z.number().min(0).max(1).nullable(),
          left: rowSide.nullable(),
          right: rowSide.nullable(),
          diff: z.array(z.object({ op: z.enum(["equal", "insert", "delete"]), text: z.string() }).strict()),
          changes: z.array(z.object({ type: z.enum(["number", "qualifier", "weakened", "strengthened"]), left: z.string().nullable(), right: z.string().nullable() }).strict()),
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
          status: z.enum(["met", "missed", "exceeded", "same", "changed", "left-only", "right-only", "dropped"]),
          delta: z.number().nullable(),
          unit: z.string(),
          reason: z.string(),
          left: indicatorSide.nullable(),
          right: indicatorSide.nullable(),
        })
        .strict(),
    ),
  })
  .strict();
