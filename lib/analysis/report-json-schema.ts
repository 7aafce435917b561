import { z } from "zod";
import { indicatorTypeSchema, modalitySchema, partSchema, phaseSchema, reportKindSchema, roleSchema, scaleSchema, sentenceKindSchema, subtypeSchema } from "@/lib/domain";

const warning = z.object({ code: z.string(), message: z.string() });

// The documented JSON contract of an analysed report (export, API, CLI); report-json.ts derives its types from here.

export const reportJsonIndicatorSchema = z.object({
  metric: z.string().min(1),
  label: z.string(),
  value: z.number().finite(),
  unit: z.string(),
  scale: scaleSchema.nullable(),
  type: indicatorTypeSchema,
  qualifiers: z.array(z.string()),
  modality: modalitySchema,
  text: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** A range (6%-6.5%): value is the lower bound, upper the upper one. Absent for a single number. */
  upper: z.number().finite().optional(),
  /** A ratio (73.52:24.77:1.71): its components. */
  parts: z.array(z.number().finite()).optional(),
  /** 由X增长至Y: X is "before", Y "after". */
  phase: phaseSchema.optional(),
  /** 比上年增加1500亿元: a change against the year before in the metric's own unit. */
  increment: z.literal(true).optional(),
  /** The figure belongs to another place than the report's region (杭州市, 全省…). */
  place: z.string().min(1).optional(),
  /** A hand correction changed this figure (its metric, value, unit or qualifiers); `note` says why when given. */
  corrected: z.literal(true).optional(),
  note: z.string().min(1).optional(),
});

export const reportJsonSentenceSchema = z.object({
  id: z.string().regex(/^s-\d+$/),
  index: z.number().int().nonnegative(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  role: roleSchema,
  kind: sentenceKindSchema,
  subtype: subtypeSchema.nullable(),
  section: z.object({ part: partSchema, heading: z.string().nullable() }),
  reason: z.string(),
  confidence: z.number().min(0).max(1),
  indicators: z.array(reportJsonIndicatorSchema),
  /** A hand correction set this sentence's kind; `note` says why when given. */
  corrected: z.literal(true).optional(),
  note: z.string().min(1).optional(),
});

export const reportJsonSchema = z.object({
  report: z.object({
    slug: z.string().min(1),
    title: z.string(),
    region: z.string().nullable(),
    /** GB/T 2260 code (330106; 000000 for 全国) and the unit above it. */
    regionCode: z.string().regex(/^\d{6}$/).nullable(),
    regionParent: z.object({ code: z.string().regex(/^\d{6}$/), name: z.string() }).nullable(),
    reviewYear: z.number().int().nullable(),
    planYear: z.number().int().nullable(),
    inferred: z.array(z.string()),
    kind: reportKindSchema,
    warnings: z.array(warning),
  }),
  sentences: z.array(reportJsonSentenceSchema),
});

