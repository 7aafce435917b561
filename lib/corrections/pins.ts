import type { IndicatorPins, IndicatorPin } from "@/lib/compare/pair-indicators";
import { correctionKey, type IndicatorRef, type LabelCorrection, type PairCorrection } from "./schema";
import { findIndicator, hashIndex, resolveSentence, type CorrectionOutcome, type MarkedIndicator } from "./apply";

interface PinSide {
  slug: string;
  labels: readonly LabelCorrection[];
  sentences: readonly { index: number; text: string; indicators: MarkedIndicator[] }[];
}

/**
 * The pairings corrected by hand for a comparison of `left` with `right`: those stored on the left report for the
 * right one, and those stored on the right report for the left one (a swapped view keeps them). A pairing whose
 * indicator is gone is reported, never applied to another figure.
 */
export function pairPins(left: PinSide, right: PinSide): { pins: IndicatorPins; outcomes: CorrectionOutcome[] } {
  const pins: IndicatorPins = { pair: [], unpair: [] };
  const outcomes: CorrectionOutcome[] = [];
  const own = left.labels.filter((c): c is PairCorrection => c.type === "pair" && c.other === right.slug);
  const theirs = right.labels.filter((c): c is PairCorrection => c.type === "pair" && c.other === left.slug);
  const leftHashes = hashIndex(left.sentences);
  const rightHashes = hashIndex(right.sentences);
  const pinOf = (side: PinSide, hashes: ReturnType<typeof hashIndex<PinSide["sentences"][number]>>, ref: IndicatorRef): IndicatorPin | null => {
    const found = resolveSentence(side.sentences, ref.sentence, hashes);
    const indicator = found && findIndicator(found.sentence.indicators, ref);
    return found && indicator ? { sentenceId: `s-${found.sentence.index}`, start: indicator.start } : null;
  };
  for (const [c, swapped] of [...own.map((c) => [c, false] as const), ...theirs.map((c) => [c, true] as const)]) {
    const l = pinOf(left, leftHashes, swapped ? c.right : c.left);
    const r = pinOf(right, rightHashes, swapped ? c.left : c.right);
    if (!l || !r) {
      outcomes.push({ key: correctionKey(c), correction: c, state: "stale", sentenceId: null });
      continue;
    }
    pins[c.action].push([l, r]);
    outcomes.push({ key: correctionKey(c), correction: c, state: "applied", sentenceId: swapped ? r.sentenceId : l.sentenceId });
  }
  return { pins, outcomes };
}
