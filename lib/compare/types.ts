import type { Indicator, SentenceKind } from "@/lib/analysis/types";
import type { RowTone, ToneSummary } from "./row-tone";

export type KindChoice = "goal" | "achievement" | "all";

export interface CompareSentence {
  /** s-<index> in its report. */
  id: string;
  index: number;
  text: string;
  kind: SentenceKind;
  indicators: Indicator[];
}

export interface CompareSideInput {
  kinds: KindChoice;
  sentences: CompareSentence[];
}

export type RowStatus = "same" | "changed" | "left-only" | "right-only";
export type DiffOp = { op: "equal" | "insert" | "delete"; text: string };
export type ChangeType = "number" | "qualifier" | "weakened" | "strengthened";
export interface Change {
  type: ChangeType;
  left: string | null;
  right: string | null;
}

export interface RowSide {
  id: string;
  text: string;
  kind: SentenceKind;
}

export interface Row {
  /** r-<n>, in reading order. */
  id: string;
  status: RowStatus;
  similarity: number | null;
  left: RowSide | null;
  right: RowSide | null;
  diff: DiffOp[];
  changes: Change[];
  /** Metric keys of the indicators in either sentence, for filtering by metric. */
  metrics?: string[];
  /** Effort cues of both sentences and how they moved (tone.ts); absent when neither sentence has one. */
  tone?: RowTone;
}

export type IndicatorStatus =
  | "met"
  | "missed"
  | "exceeded"
  | "same"
  | "changed"
  | "left-only"
  | "right-only"
  | "dropped";

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
  scale?: "万" | "亿" | "千" | "百" | "万亿" | null;
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
}

export interface CompareSummary {
  matched: number;
  same: number;
  changed: number;
  leftOnly: number;
  rightOnly: number;
  met: number;
  missed: number;
  exceeded: number;
  dropped: number;
  weakened: number;
  strengthened: number;
}

export interface CompareResult {
  rows: Row[];
  indicators: IndicatorPair[];
  summary: CompareSummary;
  /** Effort-tone counts, apart from the commitment counts of `summary`. */
  tone?: ToneSummary;
}
