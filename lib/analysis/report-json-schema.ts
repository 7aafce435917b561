import { z } from "zod";

const warning = z.object({ code: z.string(), message: z.string() });

export const reportJsonIndicatorSchema = z.object({
  metric: z.string().min(1),
  label: z.string(),
  value: z.number().finite(),
  unit: z.string(),
  scale: z.enum(["万", "亿", "千", "百", "万亿"]).nullable(),
  type: z.enum(["growth", "level", "share", "rate", "count", "ratio", "multiple"]),
  qualifiers: z.array(z.string()),
  modality: z.enum(["target", "actual", "estimate"]),
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  upper: z.number().finite().optional(),
  parts: z.array(z.number().finite()).optional(),
  phase: z.enum(["before", "after"]).optional(),
  increment: z.literal(true).optional(),
  place: z.string().min(1).optional(),
});

export const reportJsonSentenceSchema = z.object({
  id: z.string().regex(/^s-\d+$/),
  index: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  role: z.enum(["heading", "lead", "body"]),
  kind: z.enum(["goal", "achievement", "other"]),
  subtype: z.enum(["problem"]).nullable(),
  section: z.object({ part: z.enum(["review", "plan", "other"]), heading: z.string().nullable() }),
  reason: z.string(),
  confidence: z.number().min(0).max(1),
  indicators: z.array(reportJsonIndicatorSchema),
});

export const reportJsonSchema = z.object({
  report: z.object({
    slug: z.string().min(1),
    title: z.string(),
    region: z.string().nullable(),
    regionCode: z.string().regex(/^\d{6}$/).nullable(),
    regionParent: z.object({ code: z.string().regex(/^\d{6}$/), name: z.string() }).nullable(),
    reviewYear: z.number().int().nullable(),
    planYear: z.number().int().nullable(),
    inferred: z.array(z.string()),
    kind: z.enum(["report", "excerpt", "news"]),
    warnings: z.array(warning),
  }),
  sentences: z.array(reportJsonSentenceSchema),
});

export type ReportJsonShape = z.infer<typeof reportJsonSchema>;
