import { alignSentences, type AlignOptions } from "./align-sentences";
import { pairIndicators, type PairMode } from "./pair-indicators";
import type { CompareResult, CompareSideInput, CompareSummary, IndicatorPair, Row } from "./types";

export interface CompareOptions extends AlignOptions {
  mode?: PairMode;
  related?: (a: string, b: string) => boolean;
}

export function compareSides(left: CompareSideInput, right: CompareSideInput, options: CompareOptions = {}): CompareResult {
  const rows = alignSentences(left.sentences, right.sentences, options);
  const indicators = pairIndicators(left.sentences, right.sentences, {
    leftKinds: left.kinds,
    rightKinds: right.kinds,
    mode: options.mode,
    related: options.related,
  });
  return { rows, indicators, summary: summarize(rows, indicators) };
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
