import { foldWidth } from "./width";

// (二ＯＯＯ年, 二OO一年: a typist's letter O, or a large circle, for the zero of a year written digit by digit.)
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, "○": 0, "◯": 0, "Ｏ": 0, O: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export const CHINESE_NUMERAL_CHARS = "零〇○一二两三四五六七八九十百千";

const MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Parses a Chinese numeral below ten thousand: 三 → 3, 十二 → 12, 二十 → 20, 一百〇五 → 105, 二千九百 → 2900.
 * Null if it is not one, including digit-by-digit forms such as 一九八五 (a year, read elsewhere).
 */
export function parseChineseNumeral(text: string): number | null {
  if (!text || text.length > 8) return null;
  let total = 0;
  let current: number | null = null;
  for (const char of text) {
    if (char in DIGITS) {
      // Two digits in a row (一九, 八五) are a year or a code, unless the first is a zero (一百〇五).
      if (current !== null && current !== 0) return null;
      current = DIGITS[char];
    } else if (char in MULTIPLIERS) {
      total += (current || 1) * MULTIPLIERS[char];
      current = null;
    } else {
      return null;
    }
  }
  return total + (current ?? 0);
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

/** 一九八○ → 1980: a year written digit by digit (两 is never such a digit). Null if a character is not a digit. */
export function readDigitByDigit(text: string): number | null {
  let digits = "";
  for (const char of text) {
    if (!(char in DIGITS) || char === "两") return null;
    digits += String(DIGITS[char]);
  }
  return digits ? Number(digits) : null;
}

/** A year as the reports write it: 1965, or 一九六五 digit by digit. Null if it is neither. */
export function readYear(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : readDigitByDigit(text);
}

/** arabicYears, a copy's blank between a year's digits and its 年 closed (2015 年和“十二五”时期: a blog copy's, batch 102's
 * 思明) and full-width digits folded (过去五年和２００６年工作回顾: a copy typed in full width, batch 103's 萍乡), so that one
 * pattern reads a heading's year however it was written. */
export function headingYears(text: string): string {
  return arabicYears(foldWidth(text, /[０-９]/g)).replace(/(?<=\d)[ \u3000]+(?=年)/g, "");
}

/** 一九五五年 → 1955年, 二〇二一年 → 2021年: the years of a heading in digits, so that one pattern reads both. */
export function arabicYears(text: string): string {
  return /[一二][〇○◯ＯO零一二三四五六七八九]{3}\s?年/.test(text) ? text.replace(/[一二][〇○◯ＯO零一二三四五六七八九]{3}(?=\s?年)/g, (year) => String(readDigitByDigit(year) ?? year)) : text;
}
