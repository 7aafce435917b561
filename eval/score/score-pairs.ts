// Target → result pairs between year N's goals and year N+1's achievements (the compare a deputy runs).
// A labelled target is right when the tool pairs that target number with the labelled result number (or with
// nothing, for a dropped target) and gives the labelled status. Precision is over the pairs the tool makes on
// labelled target sentences.
import { compareSides } from "@/lib/compare/compare-sides";
import { sideInput } from "@/lib/compare/side-from-analyzed";
import { areRelatedMetrics } from "@/lib/analysis/related-metrics";
import { TONNES_PER_UNIT } from "@/lib/analysis/units";
import type { AnalyzedSentence } from "@/lib/analysis/types";
import type { IndicatorPair } from "@/lib/compare/types";
import type { AnalyzedFile } from "./analyze-file";
import { baseValue, sameNumber, type PairTargetLabel } from "./labels";
import { findNumber, locateSnippet, type Located } from "./locate";
import { Tally } from "./tally";

const sideText = (p: IndicatorPair["left"]) => (p ? `${p.text} (${p.sentenceId})` : "∅");

/** A labelled number against a pair's side on one scale: 千分之十 labelled as 10 ‰ is the side's 1 % (a pair of ‰ against %
 * is read in per cent, and a weight against one in 吨 in tonnes: lib/compare/pair-indicators.ts). The sign is not compared:
 * a cut written as a count (减少农村贫困人口4.5万人) is labelled 4.5 by some readers (咸宁, 渭南) and −1.8 by others (衡水,
 * 济宁); it is the same written number either way, and the status says whether it was read the right way round. */
const sameFigure = (side: { value: number; unit: string }, labelled: number, unit: string) => {
  const [tool, value] = [Math.abs(side.value), Math.abs(labelled)];
  return sameNumber(tool, value) ||
    (unit === "‰" && /^[%％]$/.test(side.unit) && sameNumber(tool, value / 10)) ||
    (Object.hasOwn(TONNES_PER_UNIT, unit) && side.unit === "吨" && sameNumber(tool, value * TONNES_PER_UNIT[unit]));
};

/** The sentence that holds a labelled number: the located one, or the first after it that does (a snippet on a sub-heading
 * the copy ran into its paragraph, (三)新农村建设扎实推进 全年…128公里: the tool reads the heading and the paragraph apart,
 * as it does for indicators, eval/score/score-indicators.ts). */
function holderOf(located: Located, number: string): AnalyzedSentence {
  return located.following.find((s) => findNumber(s.text, number) !== null) ?? located.sentence;
}

export function scorePairs(pairId: string, target: AnalyzedFile, result: AnalyzedFile, labels: PairTargetLabel[]): Tally {
  const tally = new Tally();
  const compared = compareSides(sideInput(target.analyzed, "goal"), sideInput(result.analyzed, "achievement"), { related: areRelatedMetrics });
  const labelledSentences = new Set<string>();
  const used = new Set<IndicatorPair>();
  for (const label of labels) {
    tally.labelled++;
    const where = `${label.metric} «${label.targetNumber}» ${label.targetSnippet}`;
    const expected = `${label.status}${label.result ? ` ← ${label.result.number} ${label.result.snippet}` : ""}`;
    const located = locateSnippet(target.locateText ?? target.text, target.analyzed.sentences, label.targetSnippet, target.unitStarts);
    if (!located) {
      tally.misses.push({ report: pairId, snippet: where, expected, got: "target sentence not found" });
      continue;
    }
    const sentenceId = `s-${holderOf(located, label.targetNumber).index}`;
    labelledSentences.add(sentenceId);
    const value = baseValue(label.value, label.scale);
    const onTarget = compared.indicators.filter((p) => !used.has(p) && p.left?.sentenceId === sentenceId && sameFigure(p.left, value, label.unit));
    if (!onTarget.length) {
      const why = located.sentence.kind !== "goal" ? `target sentence classed ${located.sentence.kind}` : "no pair on this target number";
      tally.misses.push({ report: pairId, snippet: where, expected, got: why });
      continue;
    }
    const resultAt = label.result ? locateSnippet(result.locateText ?? result.text, result.analyzed.sentences, label.result.snippet, result.unitStarts) : null;
    const resultId = resultAt && label.result ? holderOf(resultAt, label.result.number).index : undefined;
    const isRight = (p: IndicatorPair) =>
      p.status === label.status &&
      (label.result
        ? p.right !== null && p.right.sentenceId === `s-${resultId}` && sameFigure(p.right, baseValue(label.result.value, label.result.scale), label.result.unit)
        : p.right === null);
    const pair = onTarget.find(isRight) ?? onTarget[0];
    used.add(pair);
    if (isRight(pair)) tally.right++;
    else tally.misses.push({ report: pairId, snippet: where, expected, got: `${pair.status} ← ${sideText(pair.right)} · ${pair.reason}` });
  }
  for (const pair of compared.indicators) {
    if (!pair.left || !labelledSentences.has(pair.left.sentenceId)) continue;
    tally.asserted++;
    // A pair on a labelled sentence that no label asked for counts against precision: list it as a miss too.
    if (!used.has(pair)) {
      tally.misses.push({ report: pairId, snippet: `${pair.metric} «${pair.left.text}» (${pair.left.sentenceId})`, expected: "(no labelled target)", got: `${pair.status} ← ${sideText(pair.right)} · ${pair.reason}` });
    }
  }
  tally.assertedRight = tally.right;
  return tally;
}
