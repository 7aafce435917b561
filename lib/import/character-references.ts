// A page of the 2000s saved as text can keep its HTML character references (&#8220;十五&#8221;, &nbsp;, &mdash;&mdash;):
// the reader sees “十五”, a space and ——. The stored original keeps them; the text the analysis reads has them decoded.
import { decodeHTMLStrict } from "entities";

/** A reference as a page writes it: numeric (&#8220;, &#x201C;) or named (&nbsp;, &mdash;), with its semicolon. */
const REFERENCE_RE = /&(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});/g;
/** &nbsp;&nbsp; well inside a line: the indent of a paragraph whose line break the copy lost (…和主要目标&nbsp;&nbsp;2006年
 * 是…), which starts a line again. Not after a short name (慈溪市市长&nbsp;&nbsp;沈立民 stays one line), nor after a short
 * word that other references indent (&nbsp;&nbsp;本报讯&nbsp;&nbsp;2月20日…, a dateline: its characters are counted, not
 * the references'). */
const INDENT_INSIDE_LINE_RE = /(?<=[^\n&;]{6})(?:&nbsp;){2,}(?=[^\s&])/g;
/** Two references at least, or one that no text writes but a page (&nbsp;, &ldquo;): one `&amp;` in a URL or a company name
 * is no saved page. */
const MIN_REFERENCES = 2;
const PAGE_ONLY_RE = /&(?!amp;)(?:#\d{2,7}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});/;

/** The text with its character references decoded (a no-break space becomes a space), and how many there were. */
export function decodeCharacterReferences(text: string): { text: string; decoded: number } {
  const found = text.match(REFERENCE_RE)?.length ?? 0;
  // (新登记市场主体7509户，&nbsp;增长10.1%: one no-break space a WeChat copy kept, batch 86's 长乐.)
  if (found < MIN_REFERENCES && !(found === 1 && PAGE_ONLY_RE.test(text))) return { text, decoded: 0 };
  return { text: decodeReferences(text.replace(INDENT_INSIDE_LINE_RE, "\n")), decoded: found };
}

/** Every character reference of the text decoded, however few (a no-break space becomes a space). */
export function decodeReferences(text: string): string {
  return text.replace(REFERENCE_RE, (ref) => decodeHTMLStrict(ref).replace(/\u00a0/g, " "));
}
