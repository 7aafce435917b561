import type { PeriodReading } from "./period-figures";
import type { Indicator, SentenceKind } from "@/lib/analysis/types";
import type { z } from "zod";
import type { compareSummarySchema } from "./compare-json-schema";
import type { ChangeType, DiffOpKind, IndicatorStatus, KindChoice, RowStatus, Scale } from "@/lib/domain";
import type { RowTone, ToneSummary } from "./row-tone";

export type { ChangeType, IndicatorStatus, KindChoice, RowStatus };

export interface CompareSentence {
  /** s-<index> in its report. */
  id: string;
  index: number;
  text: string;
  kind: SentenceKind;
  indicators: Indicator[];
  /** The headings the sentence stands under, innermost first (heading-period.ts); absent when it has no section. */
  headings?: string[];
  /** The words that set a multi-year span over the sentence without it saying so (五年来，…; `一、“十一五”时期…的回顾`),
   * span-context.ts; absent when none does. */
  span?: string;
  /** A news headline that states a figure (过去一年城镇新增就业1348万人): the body says it again, with its context. */
  headline?: true;
  /** A table's row (指标 | 目标 | 完成) or a 数说 list's line (15268.8亿元——全市地区生产总值): the prose of the review
   * usually says its figure again, with its context. */
  tableRow?: true;
  /** In a text with a review and a plan, a sentence in neither (an encyclopedia entry's summary before the report's text):
   * the review usually says its figure again, in its place. */
  unplaced?: true;
}

export interface CompareSideInput {
  kinds: KindChoice;
  sentences: CompareSentence[];
  /** The year the side's report plans, when known: a target it dates to a later year (到2025年… in 2024's plan) is not
   * yet due a year on. */
  planYear?: number | null;
}

export type DiffOp = { op: DiffOpKind; text: string };
export interface Change {
  type: ChangeType;
  left: string | null;
  right: string | null;
}

export interface RowSide {
  id: string;
  text: string;
  kind: SentenceKind;
  /** Set when the sentence's kind was corrected by hand (lib/corrections). */
  corrected?: true;
}

interface RowBase {
  /** r-<n>, in reading order. */
  id: string;
  diff: DiffOp[];
  changes: Change[];
  /** Metric keys of the indicators in either sentence, for filtering by metric. */
  metrics?: string[];
  /** Effort cues of both sentences and how they moved (tone.ts); absent when neither sentence has one. */
  tone?: RowTone;
}

/** A row of the alignment, discriminated by status: a matched row has both sides, an unmatched one a side and null. */
export type Row = RowBase &
  (
    | { status: "same"; similarity: number; left: RowSide; right: RowSide }
    | { status: "changed"; similarity: number; left: RowSide; right: RowSide }
    | { status: "left-only"; similarity: null; left: RowSide; right: null }
    | { status: "right-only"; similarity: null; left: null; right: RowSide }
  );

export interface IndicatorSide {
  value: number;
  /** A range's upper bound (6%-6.5%): value is then the lower bound. */
  upper?: number;
  unit: string;
  qualifiers: string[];
  sentenceId: string;
  /** The number as written. */
  text: string;
  /** The scale the number was written in (亿 for 726.47亿元), for display. */
  scale?: Scale | null;
  /** Set when the figure (metric, value, unit or qualifiers) was corrected by hand (lib/corrections). */
  corrected?: true;
}

export interface IndicatorPair {
  /** Unique within a result, e.g. i-gdp-growth, i-gdp-growth-2. */
  id: string;
  metric: string;
  label: string;
  status: IndicatorStatus;
  /** right − left in the values' unit (个百分点 for %), null when units differ or a side is missing. */
  delta: number | null;
  unit: string;
  /** Why the status was given, e.g. "目标 8%以上, 实绩 8.5% ≥ 8". */
  reason: string;
  left: IndicatorSide | null;
  right: IndicatorSide | null;
  /** How the qualifiers moved between the sides (以上 → 左右 is weakened), when they did. */
  qualifierChange?: ChangeType;
  /** Set when the pair joins related metrics (农民人均纯收入 / 农村居民人均可支配收入), never identical ones. */
  related?: boolean;
  /** The right side's metric key when it differs from `metric` (related pairs). */
  rightMetric?: string;
  /** Set when a hand correction paired these two figures, or kept a figure of this pair from its automatic partner. */
  corrected?: "paired" | "unpaired";
  /** Five-year plans only (period-target-vs-review): a figure over the years (年均, 累计) or a level for the period's end. */
  period?: PeriodReading;
  /** Five-year plans only: the heading that dated the target to the plan when its own sentence did not (二、“十二五”时期的主要目标和任务). */
  periodHeading?: string;
}

/** The counts of a comparison: the type of the contract's summary (compare-json-schema.ts). */
export type CompareSummary = z.infer<typeof compareSummarySchema>;

export interface CompareResult {
  rows: Row[];
  indicators: IndicatorPair[];
  summary: CompareSummary;
  /** Effort-tone counts, apart from the commitment counts of `summary`. */
  tone?: ToneSummary;
}
