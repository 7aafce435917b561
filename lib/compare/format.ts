import type { Indicator } from "@/lib/analysis/types";
import { scaleFactor } from "@/lib/analysis/scales";
import { qualifierInfo } from "./commitment";


export const isPercent = (unit: string) => unit === "%" || unit === "％";

/** Rounds away float noise (0.1 + 0.2) without hiding real digits. */
export function round(value: number, digits = 6): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function formatNumber(value: number): string {
  return String(round(value, 4));
}

/** A value as a reader wrote it: qualifiers around the written number (确保 8%以上). */
export function displayIndicator(indicator: Pick<Indicator, "text" | "qualifiers" | "increment" | "value">): string {
  let modal = "";
  let before = "";
  let after = "";
  for (const word of indicator.qualifiers) {
    if (indicator.text.includes(word)) continue;
    const info = qualifierInfo(word);
    if (info?.scale === "modal") modal += word;
    else if (info?.position === "after") after += word;
    else before += word;
  }
  // 增加250元 against 比上年增加272元: a change of a level says so, or it reads as the level itself.
  const change = indicator.increment ? (indicator.value < 0 ? "减少" : "增加") : "";
  return modal + before + change + indicator.text + after;
}

/**
 * A value as a reader needs it out of its sentence: the sign a fall carries only in its verb (下降6.3% is stored as
 * text 6.3%, value −6.3) and the qualifiers (8%以上, 确保 15%以上).
 */
export function displayValue(side: Pick<Indicator, "text" | "qualifiers" | "value">): string {
  const shown = displayIndicator(side);
  return side.value < 0 && !/[-−－负]/.test(side.text) ? `下降${shown}` : shown;
}

/** A difference in the scale the left value was written in: -3.27亿元, +0.6个百分点. */
export function formatDelta(delta: number, unit: string, scale: Indicator["scale"]): string {
  const sign = delta > 0 ? "+" : "";
  if (isPercent(unit)) return `${sign}${formatNumber(delta)}个百分点`;
  const factor = scaleFactor(scale);
  return `${sign}${formatNumber(delta / factor)}${scale ?? ""}${unit}`;
}

/** A pair's delta as shown in the table and the digest: +0.5个百分点, -3.27亿元, or — when there is none. */
export function formatPairDelta(pair: { delta: number | null; unit: string }): string {
  if (pair.delta == null) return "—";
  if (pair.unit === "个百分点") return formatDelta(pair.delta, "%", null);
  const size = Math.abs(pair.delta);
  return formatDelta(pair.delta, pair.unit, size >= 1e8 ? "亿" : size >= 1e4 ? "万" : null);
}
