import { z } from "zod";
import type { KindChoice } from "./sentence";

/** How two aligned sentences relate: the same, changed, or on one side only. */
export const ROW_STATUSES = ["same", "changed", "left-only", "right-only"] as const;
export const rowStatusSchema = z.enum(ROW_STATUSES);
export type RowStatus = z.infer<typeof rowStatusSchema>;

/** How two indicators relate: verdicts of a target against a result, or the row statuses. */
export const INDICATOR_STATUSES = ["met", "missed", "exceeded", "same", "changed", "left-only", "right-only", "dropped"] as const;
export const indicatorStatusSchema = z.enum(INDICATOR_STATUSES);
export type IndicatorStatus = z.infer<typeof indicatorStatusSchema>;

/** The verdicts among them: what a target against a result can say. */
export const VERDICTS = ["met", "exceeded", "missed", "dropped"] as const satisfies readonly IndicatorStatus[];
export type Verdict = (typeof VERDICTS)[number];

export const DIFF_OPS = ["equal", "insert", "delete"] as const;
export const diffOpSchema = z.enum(DIFF_OPS);
export type DiffOpKind = z.infer<typeof diffOpSchema>;

/** What changed within a changed row: a number, a qualifier, or a commitment made weaker or stronger. */
export const CHANGE_TYPES = ["number", "qualifier", "weakened", "strengthened"] as const;
export const changeTypeSchema = z.enum(CHANGE_TYPES);
export type ChangeType = z.infer<typeof changeTypeSchema>;

/** The `only` filters of a comparison view: row statuses, indicator verdicts and commitment changes. */
export const ONLY_FILTERS = [
  "changed",
  "unmatched",
  "left-only",
  "right-only",
  "met",
  "exceeded",
  "missed",
  "dropped",
  "weakened",
  "strengthened",
] as const;
export const onlyFilterSchema = z.enum(ONLY_FILTERS);
export type OnlyFilter = z.infer<typeof onlyFilterSchema>;

/** A comparison of two reports, which sentences of each: what a link to the compare page is built from (lib/url). */
export interface ComparisonRef {
  left: string;
  right: string;
  l: KindChoice;
  r: KindChoice;
}
