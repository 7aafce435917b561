import { WORD_CHAR, normalizeForSearch } from "./normalize";

/** Runs of word characters (letters and digits of any script), each as an array of code points. */
export function wordRuns(normalized: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const char of normalized) {
    if (WORD_CHAR.test(char)) run.push(char);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}

/**
 * The index tokens of one run: its overlapping character bigrams, then its last character alone.
 * 数字经济 → 数字 字经 经济 济. The bigrams serve every query of two or more characters (a phrase of consecutive
 * bigrams is an exact substring match); the closing unigram lets a one-character prefix query ("济" *) reach a
 * character that ends a run, and stops a phrase from running on into the next run.
 */
export function runTokens(run: string[]): string[] {
  const tokens: string[] = [];
  for (let i = 0; i + 1 < run.length; i++) tokens.push(run[i] + run[i + 1]);
  tokens.push(run[run.length - 1]);
  return tokens;
}

/** The search string stored per sentence: its tokens, space-separated (Sentence.searchText). */
export function sentenceSearchText(text: string): string {
  return wordRuns(normalizeForSearch(text)).flatMap(runTokens).join(" ");
}
