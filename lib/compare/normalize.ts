/** Width- and whitespace-insensitive form: NFKC folds ，；：（） and full-width digits to ASCII. */
export function compactForm(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "");
}

const NUMBER = /\d+(?:\.\d+)?/g;
const NOT_CONTENT = /[^\p{L}\p{N}#%]/gu;

/** Numbers become "#" so that 8% and 7.5% look alike; punctuation is dropped. */
export function maskForMatching(text: string): string {
  return compactForm(text).replace(NUMBER, "#").replace(NOT_CONTENT, "");
}

export function bigramsOf(text: string): string[] {
  const chars = Array.from(maskForMatching(text));
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i] + chars[i + 1]);
  return grams;
}
