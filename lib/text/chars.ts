/** Character classes shared by the text pipeline. Sets, not regexes, so scans stay linear. */

/** Characters that end a sentence. `.` is deliberately absent: in these texts it is a decimal point. */
export const TERMINALS = new Set(["。", "！", "？", "!", "?"]);

/** Closing quotes and brackets that belong to the sentence they close. */
export const CLOSERS = new Set(["”", "’", "）", ")", "》", "」", "』", "】", "〕", "]", "］", "〉"]);

/** Punctuation that may end a paragraph (a line ending elsewhere is a candidate PDF break). */
export const PARAGRAPH_ENDERS = new Set(["。", "！", "？", "!", "?", "…", "；", ";", "：", ":"]);

/** Punctuation inside a clause; a unit containing it is not a heading-like lead. */
export const CLAUSE_PUNCT = new Set([",", "，", "、", ":", "：", ";", "；"]);

export function isWhitespace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (
    c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c ||
    c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b)
  );
}

export function isHan(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}

export function isAsciiAlnum(ch: string): boolean {
  return /^[A-Za-z0-9]$/.test(ch);
}

export function countHan(s: string): number {
  let n = 0;
  for (const ch of s) if (isHan(ch)) n++;
  return n;
}

/** （掌声）, （热烈掌声）, （笑声）: the hall's response as a transcript records it, right after the sentence it answers. */
const STAGE_REMARK = String.raw`[（(](?:长时间)?(?:热烈|持久)?的?(?:掌声|笑声|鼓掌)(?:[，,、](?:长时间)?(?:热烈|持久)?的?(?:掌声|笑声|鼓掌))?[)）]`;
export const STAGE_REMARK_RE = new RegExp(`^${STAGE_REMARK}`);
const STAGE_REMARK_END_RE = new RegExp(`${STAGE_REMARK}\\s*$`);

/** [1], [1-2], [3,5]: an online encyclopedia's citation mark after a sentence or a figure (batch 60's 遂宁). */
const CITATION_MARK = String.raw`[\[［]\d{1,3}(?:[-–—,，、]\d{1,3})*[\]］]`;
export const CITATION_MARK_RE = new RegExp(`^${CITATION_MARK}`);
export const CITATION_MARKS_RE = new RegExp(CITATION_MARK, "g");
const CITATION_MARK_END_RE = new RegExp(`${CITATION_MARK}\\s*$`);

/** True when the text (trimmed) ends like a finished sentence, including a closing quote after 。 and a stage remark
 * or a citation mark after it (…表示衷心的感谢！（掌声）, …增长8.1%。[1]). */
export function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && isWhitespace(s[i])) i--;
  if (s[i] === "）" || s[i] === ")") {
    const remark = STAGE_REMARK_END_RE.exec(s);
    if (remark) i = remark.index - 1;
  }
  if (s[i] === "]" || s[i] === "］") {
    const mark = CITATION_MARK_END_RE.exec(s);
    if (mark) i = mark.index - 1;
  }
  // (…列入主要指标。" : a spreadsheet's quoted cell closes on a straight quote after its full stop.)
  while (i >= 0 && (CLOSERS.has(s[i]) || s[i] === '"')) i--;
  return i >= 0 && (TERMINALS.has(s[i]) || s[i] === "…");
}

/** A letter OCR read for a digit inside a figure: l or I for 1, O or o for 0, between digits or after a decimal point and
 * before a digit, a scale, a unit of things or a per cent (7l个, 1O.6%, 3.l万个; not H2O). The figure is read with the digit
 * (lib/analysis/extract-indicators.ts) and the import warns (process-text.ts). */
// (Also 〇 and 丨 between digits, 5〇00万元 and 2丨6件; a letter opening a figure after a character, 增长l2.6%, 剩余O.6万人;
// and O closing one before its unit, 6O微克/立方米.)
export const OCR_DIGIT_HINT_RE = /\d[.．]?[lIOo〇丨]|[\u4e00-\u9fa5，、：（][lIOo][.．]?\d/;
export const OCR_DIGIT_RE =
  /(?<=\d[.．]?)[lI丨](?=[\d.．万亿%个家项件])|(?<=\d[.．])[lI]|(?<=\d[Oo〇]{0,3})[Oo〇](?=[Oo〇]{0,3}[\d.．%万亿个家项件套元户所座条])|(?<=\d[.．])[Oo](?=\d)|(?<=[\u4e00-\u9fa5，、：（])[lI](?=\d)|(?<=[\u4e00-\u9fa5，、：（])[Oo](?=[.．]\d)|(?<=\d)[Oo](?=微克|公里|平方米|吨|人)/g;
/** 6，8%, 57，3亿斤: a decimal point OCR read as a comma, between a short number and one digit before a per cent or a
 * scale (not 1，120亿元, a thousands' group). */
export const OCR_DECIMAL_COMMA_RE = /(?<=(?<![\d.．，,])\d{1,3})，(?=\d[%％亿万](?![\d]))/g;
