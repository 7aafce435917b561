import type { IndicatorStatus } from "@/lib/domain";
import type { IndicatorPair, IndicatorSide } from "./types";
import { displayValue, formatPairDelta } from "./format";

/**
 * One pair of the 对照表 as the page and GET /api/compare/indicators send it: [id, status, label, left value, left
 * sentence, right value, right sentence, delta, reason]. A tuple of strings is a fraction of the rendered row's size.
 */
export type PairCells = [id: string, status: IndicatorStatus, label: string, left: string | null, leftSentence: string | null, right: string | null, rightSentence: string | null, delta: string, reason: string];

export function pairCells(p: IndicatorPair): PairCells {
  // A figure or a pairing corrected by hand says so (lib/corrections): 改正 after the value, 人工配对/拆开 before the reason.
  const side = (v: IndicatorSide | null) => (v ? `${displayValue(v)}${v.corrected ? "（改正）" : ""}` : null);
  const reason = p.corrected ? `【${p.corrected === "paired" ? "人工配对" : "人工拆开"}】${p.reason}` : p.reason;
  return [p.id, p.status, p.label, side(p.left), p.left?.sentenceId ?? null, side(p.right), p.right?.sentenceId ?? null, formatPairDelta(p), reason];
}
