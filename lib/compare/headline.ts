import { getMetric } from "@/lib/analysis/lookup-metric";
import type { IndicatorPair, IndicatorStatus } from "./types";

/** The order a reader wants the answer in: what went wrong first, then what went right, then what moved. */
const RANK: Partial<Record<IndicatorStatus, number>> = { missed: 0, dropped: 1, exceeded: 2, met: 3, changed: 4 };

export interface Headline {
  /** Lexicon metrics with a verdict or a change, most telling first, at most `limit`. */
  pairs: IndicatorPair[];
  /** How many more would qualify. */
  more: number;
  /** Lexicon metrics paired with an equal value (news and report agree). */
  same: number;
}

/** 主要变化: the headline indicators (metrics of the lexicon, not x- keys derived from a label) of a view. */
export function headlineOf(pairs: IndicatorPair[], limit = 8): Headline {
  const known = pairs.filter((p) => !p.metric.startsWith("x-") && getMetric(p.metric));
  const ranked = known
    .map((p, order) => ({ p, order, rank: RANK[p.status] }))
    .filter((e): e is { p: IndicatorPair; order: number; rank: number } => e.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((e) => e.p)
    // 城镇新增就业 6万人以上 → 5.86万人 twice (the target stated in the 主要预期目标 and again in its task section): one card.
    .filter((p, i, all) => all.findIndex((q) => q === p || sameCommitment(p, q)) === i);
  return { pairs: ranked.slice(0, limit), more: Math.max(0, ranked.length - limit), same: known.filter((p) => p.status === "same").length };
}

/** Two pairs of one metric whose target and result have the same values: one commitment said twice. */
function sameCommitment(a: IndicatorPair, b: IndicatorPair): boolean {
  const side = (x: IndicatorPair["left"]) => (x ? `${x.value}|${x.upper ?? ""}|${x.unit}` : "");
  if (!a.left || !a.right || !b.left || !b.right) return false;
  return a.metric === b.metric && a.status === b.status && side(a.left) === side(b.left) && side(a.right) === side(b.right);
}
