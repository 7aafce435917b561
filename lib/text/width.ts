/**
 * Full-width ASCII (！ to ～) to half-width and the ideographic space to a space, one UTF-16 unit for one, so an
 * offset into the folded text is the same offset into the original. The one width fold of the code base: the
 * import's hash form, the search index, quantities, metric labels and headings all go through it.
 * `only` narrows the fold to some characters (quantities fold digits and 。．％： but keep ，（） full width).
 */
const FULL_WIDTH_RE = /[\uff01-\uff5e\u3000]/g;

export function foldWidth(text: string, only: RegExp = FULL_WIDTH_RE): string {
  return text.replace(only, (c) => (c === "\u3000" ? " " : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
