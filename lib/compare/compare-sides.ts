import { alignSentences, type AlignOptions } from "./align-sentences";
import { kindFromChoices, type ComparisonKind } from "./comparison-kind";
import { displayValue } from "./format";
import { pairIndicators, type IndicatorPins, type PairMode } from "./pair-indicators";
import { withTone } from "./row-tone";
import type { Change, CompareResult, CompareSideInput, CompareSummary, IndicatorPair, Row } from "./types";

export interface CompareOptions extends AlignOptions {
  /** What the view asks (target vs result, two regions…): decides the verdicts. Without it, from the sentence kinds. */
  kind?: ComparisonKind;
  mode?: PairMode;
  related?: (a: string, b: string) => boolean;
  /** Pairings corrected by hand. */
  pins?: IndicatorPins;
}

export function compareSides(left: CompareSideInput, right: CompareSideInput, options: CompareOptions = {}): CompareResult {
  const kind = options.kind ?? kindFromChoices(left.kinds, right.kinds);
  const aligned = alignSentences(left.sentences, right.sentences, { ...options, commitment: kind.commitment });
  const indicators = pairIndicators(left.sentences, right.sentences, {
    leftKinds: left.kinds,
    rightKinds: right.kinds,
    mode: options.mode ?? kind.mode,
    related: options.related,
    commitment: kind.commitment,
    ...(left.planYear != null ? { leftPlanYear: left.planYear } : {}),
    ...(kind.period ? { period: kind.period } : {}),
    ...(options.pins ? { pins: options.pins } : {}),
  });
  const rows = withIndicatorChips(aligned, indicators);
  return withTone({ rows, indicators, summary: summarize(rows, indicators) });
}

/**
 * A row's number chips come from the indicator pairing only (the same pairs as the 对照表), never from the
 * position of numbers in the diff: a chip names two figures the table also pairs, with sign and qualifier.
 */
export function withIndicatorChips(rows: Row[], indicators: IndicatorPair[]): Row[] {
  const byPair = new Map<string, IndicatorPair[]>();
  for (const p of indicators) {
    if (!p.left || !p.right || p.left.value === p.right.value) continue;
    const key = `${p.left.sentenceId}|${p.right.sentenceId}`;
    byPair.set(key, [...(byPair.get(key) ?? []), p]);
  }
  return rows.map((row) => {
    if (!row.left || !row.right) return row;
    const numbers: Change[] = (byPair.get(`${row.left.id}|${row.right.id}`) ?? []).map((p) => ({
      type: "number",
      left: displayValue(p.left!),
      right: displayValue(p.right!),
    }));
    return { ...row, changes: [...numbers, ...row.changes.filter((c) => c.type !== "number")] };
  });
}

/** weakened / strengthened count the qualifier changes found in the sentence diffs. */
export function summarize(rows: Row[], indicators: IndicatorPair[]): CompareSummary {
  const rowCount = (status: Row["status"]) => rows.filter((r) => r.status === status).length;
  const indicatorCount = (status: IndicatorPair["status"]) => indicators.filter((i) => i.status === status).length;
  const changeCount = (type: string) => rows.reduce((n, r) => n + r.changes.filter((c) => c.type === type).length, 0);
  return {
    matched: rowCount("same") + rowCount("changed"),
    same: rowCount("same"),
    changed: rowCount("changed"),
    leftOnly: rowCount("left-only"),
    rightOnly: rowCount("right-only"),
    met: indicatorCount("met"),
    missed: indicatorCount("missed"),
    exceeded: indicatorCount("exceeded"),
    dropped: indicatorCount("dropped"),
    weakened: changeCount("weakened"),
    strengthened: changeCount("strengthened"),
  };
}
