import { scaleFactor } from "@/lib/analysis/scales";
import { pickQualifier, qualifierInfo } from "@/lib/compare/commitment";
import { isPercent } from "@/lib/compare/format";
import { APPROX_POINTS, APPROX_RELATIVE, lowerIsBetter } from "@/lib/compare/indicator-status";
import type { IndicatorPair } from "@/lib/compare/types";

/**
 * What a target promises, as a chart draws it, in the unit the target was written in (亿元, %): a floor (以上: the
 * value and up), a ceiling (以内, 低于; 左右 on a lower-is-better metric, as the status rule reads it), a band
 * (左右: the status rule's ±0.5 个百分点 or ±5 %), a range (6%-6.5%), or a plain number.
 */
export interface TargetBand {
  kind: "floor" | "ceiling" | "band" | "range" | "plain";
  /** The target in display units (亿元 stays in 亿). */
  value: number;
  low: number | null;
  high: number | null;
  /** The unit the chart shows: 亿元, %, 万人. */
  unit: string;
  label: string;
}

const LABELS: Record<TargetBand["kind"], string> = {
  floor: "下限（以上）",
  ceiling: "上限（以内）",
  band: "区间（左右）",
  range: "范围",
  plain: "目标值",
};

export function targetBand(pair: Pick<IndicatorPair, "metric" | "label" | "left">): TargetBand {
  const t = pair.left!;
  const factor = isPercent(t.unit) ? 1 : scaleFactor(t.scale);
  const unit = isPercent(t.unit) ? "%" : `${t.scale ?? ""}${t.unit}`;
  const value = t.value / factor;
  const bound = qualifierInfo(pickQualifier(t.qualifiers, "bound") ?? "")?.bound ?? "plain";
  const lower = lowerIsBetter({ metric: pair.metric, label: pair.label, qualifiers: t.qualifiers } as Parameters<typeof lowerIsBetter>[0]);
  const make = (kind: TargetBand["kind"], low: number | null, high: number | null): TargetBand => ({ kind, value, low, high, unit, label: LABELS[kind] });
  if (t.upper !== undefined && t.upper !== null) return make("range", value, t.upper / factor);
  if (bound === "ceiling" || (bound === "approx" && lower)) return make("ceiling", null, value);
  if (bound === "floor") return make("floor", value, null);
  if (bound === "approx") {
    const tol = isPercent(t.unit) ? APPROX_POINTS : Math.abs(value) * APPROX_RELATIVE;
    return make("band", value - tol, value + tol);
  }
  return make("plain", null, null);
}

/** A result in the same display units as its target's band. */
export function displayNumber(value: number, unit: string, scale: string | null): number {
  return isPercent(unit) ? value : value / scaleFactor(scale);
}
