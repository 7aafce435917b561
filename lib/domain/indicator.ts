import { z } from "zod";

/** What a number measures: growth (a change in %), a level, a share, a rate, a count, a ratio, a multiple. */
export const INDICATOR_TYPES = ["growth", "level", "share", "rate", "count", "ratio", "multiple"] as const;
export const indicatorTypeSchema = z.enum(INDICATOR_TYPES);
export type IndicatorType = z.infer<typeof indicatorTypeSchema>;

/** A target (目标), an actual figure (实绩), or an estimate (预计…). */
export const MODALITIES = ["target", "actual", "estimate"] as const;
export const modalitySchema = z.enum(MODALITIES);
export type Modality = z.infer<typeof modalitySchema>;

/** A change from one figure to another (由3000万元增长至2.76亿元): the level before and the level after. */
export const PHASES = ["before", "after"] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

/**
 * The Chinese scale words a number can carry and their powers of ten; longest word first where one is a prefix of
 * another (万亿 before 亿 and 万).
 */
export const SCALE_POWER = { 万亿: 12, 亿: 8, 万: 4, 千: 3, 百: 2 } as const;
export type Scale = keyof typeof SCALE_POWER;
export const SCALES = ["万", "亿", "千", "百", "万亿"] as const satisfies readonly Scale[];
export const scaleSchema = z.enum(SCALES);
