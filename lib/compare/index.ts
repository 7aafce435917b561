export { alignSentences, matchSentences, MATCH_THRESHOLD } from "./align-sentences";
export { diffPair } from "./diff-pair";
export { pairIndicators, pairModeOf, type PairMode, type PairOptions } from "./pair-indicators";
export { compareSides, summarize, type CompareOptions } from "./compare-sides";
export { filterRows, type RowFilter } from "./filter-rows";
export { toCsv, toMarkdown, type ExportTable } from "./export";
export { sideFromAnalyzed, sideInput } from "./side-from-analyzed";
export { classifyQualifierChange, QUALIFIERS } from "./commitment";
export type * from "./types";
