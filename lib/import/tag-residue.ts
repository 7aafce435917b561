// A page of the 2000s saved as text can keep stray tags of its markup beside its character references: <br> at each line's
// end or inside a line, <p align=center> around the title block, <b>…</b> around a heading. The reader sees the page's
// lines and words; the stored original keeps the tags, the text the analysis reads has them taken out.

/** The tags such pages leave: line breaks and paragraphs (they part lines), bold, fonts and spans (they part nothing). Not
 * links, images or scripts: a text that carries those shows them as written (a hostile text is shown literally, never
 * cleaned into something else). */
const TAG_RE = /<\/?(?:br|p|div|center|li|tr|td|h[1-6]|b|strong|font|span)(?:\s[^<>\n]{0,200})?\s*\/?>/gi;
/** The tags that end a line where they stand inside one. */
const LINE_BREAK_TAG_RE = /^<(?:br|\/p|\/div|\/li|\/tr|\/h[1-6]|p(?:\s|>)|div(?:\s|>))/i;
/** Three tags at least: one <b> in a sentence is no saved page. */
const MIN_TAGS = 3;

/** The text without its tag residue, and how many tags there were; a line-breaking tag inside a line starts a new one. */
export function stripTagResidue(text: string): { text: string; stripped: number } {
  const found = text.match(TAG_RE)?.length ?? 0;
  if (found < MIN_TAGS) return { text, stripped: 0 };
  const stripped = text.replace(TAG_RE, (tag, at: number, whole: string) => {
    if (!LINE_BREAK_TAG_RE.test(tag)) return "";
    const before = whole.slice(whole.lastIndexOf("\n", at - 1) + 1, at).replace(TAG_RE, "").trim();
    const afterEnd = whole.indexOf("\n", at);
    const after = whole.slice(at + tag.length, afterEnd === -1 ? undefined : afterEnd).replace(TAG_RE, "").trim();
    // (At a line's start or end the line is already parted.)
    return before && after ? "\n" : "";
  });
  return { text: stripped, stripped: found };
}
