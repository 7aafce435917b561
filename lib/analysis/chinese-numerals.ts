const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export const CHINESE_NUMERAL_CHARS = "零〇一二两三四五六七八九十百";

/** Parses a small Chinese numeral (up to 九百九十九): 三 → 3, 十二 → 12, 二十 → 20, 一百 → 100. Null if not one. */
export function parseChineseNumeral(text: string): number | null {
  if (!text || text.length > 6) return null;
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char in DIGITS) {
      current = DIGITS[char];
    } else if (char === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else if (char === "百") {
      total += (current || 1) * 100;
      current = 0;
    } else {
      return null;
    }
  }
  return total + current;
}

/** 四点一: the digits after 点, one numeral a digit (〇/零 to 九; 两 is never a decimal). Null when none follows. */
export function readChineseDecimals(text: string, from: number): { digits: string; end: number } | null {
  let end = from;
  let digits = "";
  while (end < text.length && text[end] in DIGITS && text[end] !== "两") {
    digits += String(DIGITS[text[end]]);
    end++;
  }
  return digits ? { digits, end } : null;
}
