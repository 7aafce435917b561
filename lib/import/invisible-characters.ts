// A news site's page can scatter invisible characters through its text (a zero-width space between a number and its
// unit, a soft hyphen inside a word, a zero-width joiner, a byte-order mark mid-text): the reader sees none of them, and
// 1​056.3亿元 is 1056.3亿元. The stored original keeps them; the text the analysis reads leaves them out (batch 110's 邵阳).

/** Zero-width space, non-joiner and joiner, word joiner, soft hyphen and a byte-order mark (zero-width no-break space). */
const INVISIBLE_RE = /[\u200b-\u200d\u2060\u00ad\ufeff]/g;

/** The text without its invisible characters, and how many there were. */
export function stripInvisibleCharacters(text: string): { text: string; removed: number } {
  const removed = text.match(INVISIBLE_RE)?.length ?? 0;
  return removed === 0 ? { text, removed } : { text: text.replace(INVISIBLE_RE, ""), removed };
}
