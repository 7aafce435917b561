export { foldWidthAndCase, normalizeForSearch, WORD_CHAR } from "./normalize";
export { sentenceSearchText, runTokens, wordRuns } from "./bigrams";
export { MAX_QUERY_CHARS, MAX_TERMS, parseSearchQuery, termTokens, toFtsMatch, toLikePatterns, termTexts, toTsQuery, type SearchQuery, type SearchTerm, type TermForm } from "./query";
export { containsAllTerms, findMatches, splitByMatches, type MatchRange } from "./highlight";
