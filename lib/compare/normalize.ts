/** Width- and whitespace-insensitive form: NFKC folds ，；：（） and full-width digits to ASCII. */
export function compactForm(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

const CONTENT = /^[\p{L}\p{N}]$/u;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/**
 * Numbers become "#" so that 8% and 7.5% look alike; punctuation is dropped. One pass over the compact form, the same
 * as `.replace(/\d+(?:\.\d+)?/g, "#").replace(/[^\p{L}\p{N}#%]/gu, "")` (normalize.test.ts): ASCII and CJK
 * ideographs are decided by their code, anything else by the Unicode classes.
 */
export function maskForMatching(text: string): string {
  const s = compactForm(text);
  let out = "";
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) {
      // \d+(?:\.\d+)?
      while (i < s.length && isDigit(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) === 0x2e && isDigit(s.charCodeAt(i + 1))) for (i++; i < s.length && isDigit(s.charCodeAt(i)); ) i++;
      out += "#";
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x23 || c === 0x25) {
      out += s[i++];
    } else if (c < 0x80) {
      i++;
    } else {
      const char = String.fromCodePoint(s.codePointAt(i)!);
      if (CONTENT.test(char)) out += char;
      i += char.length;
    }
  }
  return out;
}

export function bigramsOf(text: string): string[] {
  const chars = Array.from(maskForMatching(text));
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i] + chars[i + 1]);
  return grams;
}
