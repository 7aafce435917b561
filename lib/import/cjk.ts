/** Han ideographs (BMP, extension A, compatibility, supplementary planes). */
export const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\u{20000}-\u{3134f}]/u;

/** Whether a code point is in CJK_CHAR's ranges (a loop over code points is much faster than the regex per character). */
export function isCjkCodePoint(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3134f);
}

/** Han ideographs in the text; with `atMost`, counting stops there (enough to know a text has that many). */
export function countCjk(text: string, atMost = Infinity): number {
  let count = 0;
  for (let i = 0; i < text.length && count < atMost; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isCjkCodePoint(cp)) count++;
  }
  return count;
}
