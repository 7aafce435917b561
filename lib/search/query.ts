import { WORD_CHAR, foldWidthAndCase, normalizeForSearch } from "./normalize";
import { runTokens } from "./bigrams";

/** Longest query taken, in characters; the rest is ignored. */
export const MAX_QUERY_CHARS = 50;
/** Most words (space-separated terms) taken; all of them must occur in a sentence. */
export const MAX_TERMS = 4;

/** Characters of search syntax (FTS5, tsquery, common engines), half- and full-width: they become spaces. */
const SYNTAX = /["*^(){}[\]:+\\|<>~＂＊＾（）｛｝［］：＋＼｜＜＞～]/g;
const OPERATOR = /^(AND|OR|NOT|NEAR)$/;

/** One spelling of a term and the index tokens it needs. */
export interface TermForm {
  /** The normalised spelling: it must occur in the normalised sentence text (normalizeForSearch). */
  text: string;
  /** Index tokens that occur consecutively in the sentence's search string wherever the spelling occurs. */
  tokens: string[];
  /** The last token is a one-character prefix: the spelling ends in a lone character that may start a bigram. */
  prefix: boolean;
}

/**
 * A term matches when any of its forms occurs. The first form is fully normalised (simplified). Conversion depends on
 * context (著 alone → 着, but 显著 stays 显著), so when simplifying changes the term, the term as typed (width and case
 * folded only) is a second form.
 */
export interface SearchTerm {
  forms: TermForm[];
}

export interface SearchQuery {
  terms: SearchTerm[];
  /** Every term is one character: the index answers with prefix lookups, so results are bounded. */
  singleChar: boolean;
}

/**
 * The tokens of a term. A run of word characters that the term continues past (a separator follows it) must end
 * where the term's run ends, so its closing unigram is required too; the last run may go on in the sentence, so it
 * contributes only its bigrams, or, when it is a lone character, that character as a prefix.
 */
export function termTokens(term: string): { tokens: string[]; prefix: boolean } {
  const tokens: string[] = [];
  let prefix = false;
  const chars = [...term];
  let i = 0;
  while (i < chars.length) {
    if (!WORD_CHAR.test(chars[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j < chars.length && WORD_CHAR.test(chars[j])) j++;
    const run = chars.slice(i, j);
    const all = runTokens(run);
    if (j < chars.length) tokens.push(...all);
    else if (run.length > 1) tokens.push(...all.slice(0, -1));
    else {
      tokens.push(run[0]);
      prefix = true;
    }
    i = j;
  }
  return { tokens, prefix };
}

/** Parse what a user typed: trim, cut to MAX_QUERY_CHARS, drop search syntax, normalise width, case and script. */
export function parseSearchQuery(raw: string | null | undefined): SearchQuery {
  const cut = [...(raw ?? "").trim()].slice(0, MAX_QUERY_CHARS).join("");
  const words = cut
    .replace(SYNTAX, " ")
    .split(/[\s\u3000]+/)
    .filter((w) => w && !OPERATOR.test(w))
    .map((w) => w.replace(/^[-－]+/, ""))
    .filter((w) => WORD_CHAR.test(w))
    .map((w) => ({ simplified: normalizeForSearch(w), folded: foldWidthAndCase(w) }));
  const unique = [...new Map(words.map((w) => [w.simplified, w])).values()];
  // A term inside another adds nothing (增长 with 经济增长).
  const kept = unique.filter((w, i) => !unique.some((o, j) => j !== i && o.simplified.length > w.simplified.length && o.simplified.includes(w.simplified)));
  const terms = kept.slice(0, MAX_TERMS).map((w) => ({
    forms: [...new Set([w.simplified, w.folded])].map((text) => ({ text, ...termTokens(text) })),
  }));
  const singleChar = terms.length > 0 && terms.every((t) => t.forms.every((f) => f.tokens.length === 1 && f.prefix));
  return { terms, singleChar };
}

/** The spellings of each term, for checking and highlighting hits. */
export function termTexts(query: SearchQuery): string[][] {
  return query.terms.map((t) => t.forms.map((f) => f.text));
}

const either = (parts: string[], or: string) => (parts.length === 1 ? parts[0] : `(${parts.join(or)})`);

/** The query as an FTS5 MATCH expression: a quoted phrase per form, ORed per term, terms ANDed. Tokens are letters and digits only. */
export function toFtsMatch(query: SearchQuery): string {
  return query.terms.map((t) => either(t.forms.map((f) => `"${f.tokens.join(" ")}"${f.prefix ? " *" : ""}`), " OR ")).join(" AND ");
}

/** The query as a tsquery over the token lexemes (a form's tokens ANDed); adjacency is checked by toLikePatterns. */
export function toTsQuery(query: SearchQuery): string {
  const lexeme = (f: TermForm, token: string, i: number) => (f.prefix && i === f.tokens.length - 1 ? `'${token}':*` : `'${token}'`);
  return query.terms
    .map((t) => either(t.forms.map((f) => either([...new Set(f.tokens.map((token, i) => lexeme(f, token, i)))], " & ")), " | "))
    .join(" & ");
}

/** Per term, one LIKE pattern per form over ' ' || searchText || ' ': its tokens side by side, at token boundaries. */
export function toLikePatterns(query: SearchQuery): string[][] {
  return query.terms.map((t) => t.forms.map((f) => `% ${f.tokens.join(" ")}${f.prefix ? "%" : " %"}`));
}
