// The label files of eval/labels/, typed and checked with zod so that a malformed label fails loudly
// instead of scoring as a miss.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { SCALE_POWER, scaled, type Scale } from "@/lib/analysis/scales";
import { toSimplified } from "@/lib/import/chinese-script";

export const LABELS_DIR = path.resolve(__dirname, "../labels");

const sentenceRow = z.object({
  snippet: z.string().min(1).max(30),
  kind: z.enum(["goal", "achievement", "other", "skip"]),
  subtype: z.enum(["problem"]).nullable().optional(),
  note: z.string().nullish(),
});
export const sentenceFile = z.object({ report: z.string(), rows: z.array(sentenceRow) });
export type SentenceLabel = z.infer<typeof sentenceRow>;

const SCALES = Object.keys(SCALE_POWER) as [Scale, ...Scale[]];
const indicatorItem = z.object({
  number: z.string().min(1).max(30),
  occurrence: z.number().int().min(1).optional(),
  metric: z.string(),
  alts: z.array(z.string()).optional(),
  value: z.number(),
  upper: z.number().nullable().optional(),
  scale: z.enum(SCALES).nullable().optional(),
  unit: z.string(),
  type: z.enum(["growth", "level", "count", "share", "rate", "ratio", "multiple"]),
  qualifiers: z.array(z.string()),
  modality: z.enum(["target", "actual", "estimate"]),
})
  // A reader of a traditional-script report writes its names and numbers as printed (工業總産值, 二十一萬人); the tool
  // reads the simplified view of the same text. Names and numbers are compared across the script, not in it.
  .transform((item) => ({ ...item, metric: toSimplified(item.metric), alts: item.alts?.map(toSimplified), number: toSimplified(item.number) }));
const indicatorRow = z.object({ snippet: z.string().min(1).max(30), items: z.array(indicatorItem), note: z.string().nullish() });
export const indicatorFile = z.object({ report: z.string(), rows: z.array(indicatorRow) });
export type IndicatorLabel = z.infer<typeof indicatorItem>;
export type IndicatorRowLabel = z.infer<typeof indicatorRow>;

const pairTarget = z.object({
  metric: z.string(),
  targetSnippet: z.string().min(1).max(30),
  targetNumber: z.string(),
  value: z.number(),
  upper: z.number().nullable().optional(),
  scale: z.enum(SCALES).nullable().optional(),
  unit: z.string(),
  qualifiers: z.array(z.string()),
  direction: z.enum(["higher", "lower"]),
  result: z
    .object({ snippet: z.string().min(1).max(30), number: z.string(), value: z.number(), scale: z.enum(SCALES).nullable().optional(), unit: z.string() })
    .nullable(),
  status: z.enum(["met", "exceeded", "missed", "dropped"]),
  note: z.string().nullish(),
});
export const pairFile = z.object({ pair: z.string(), targets: z.array(pairTarget) });
/** Labels added later on the sentences that already hold a labelled target (labels/pairs-completed/): the targets no
 * reader had labelled there, and the figures read as no target at all. */
export const pairCompletionFile = pairFile.extend({
  notTargets: z.array(z.object({ targetSnippet: z.string(), number: z.string(), why: z.string() })).default([]),
});
export type PairTargetLabel = z.infer<typeof pairTarget>;

export function readLabels<T>(area: "sentences" | "indicators" | "pairs" | "pairs-completed", id: string, schema: z.ZodType<T>): T | null {
  const file = path.join(LABELS_DIR, area, `${id}.json`);
  if (!fs.existsSync(file)) return null;
  const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data;
}

export const baseValue = (value: number, scale: Scale | null | undefined) => scaled(value, scale);
export const sameNumber = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
