// Finds the quantities in a sentence: numbers with their scale and unit, ranges, ratios and Chinese fractions.
// Dates (2020年, 1月17日, 05:38), ordinals (第19届), and digits inside names (5G, PM2.5, “152”工程, 2.0版,
// 16号线) are not quantities. One left-to-right pass; every lookahead is bounded, so the time is linear.
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral, readChineseDecimals, readDigitByDigit } from "@/lib/text/chinese-numerals";
import { isPlaceName } from "@/lib/text/divisions";
import { foldWidth } from "@/lib/text/width";
import { scaled, scaleFactor, type Scale } from "./scales";
import { AFTER_QUALIFIERS, BARE_FOLLOWERS, SPOKEN_UNIT_FORMS, SUFFIXES, UNITS } from "./units";

const UNITS_LONGEST_FIRST = [...UNITS].sort((a, b) => b.length - a.length);

export type { Scale } from "./scales";

export interface Quantity {
  /** Offsets of the number as written, with its scale and unit (e.g. "726.47亿元", "30余万人次"). */
  start: number;
  end: number;
  text: string;
  /** Base units: 726.47亿元 → 72647000000. A range gives its lower bound here and its upper bound in `upper`. */
  value: number;
  upper?: number;
  /** The components of a ratio such as 73.52:24.77:1.71 (value is the first). */
  parts?: number[];
  unit: string;
  scale: Scale | null;
  form: "number" | "range" | "ratio" | "fraction";
  /** Qualifiers written inside or right after the number: 余, 多, 以上, 以下, 以内, 左右. */
  after: string[];
  /** End including the trailing qualifiers. */
  tailEnd: number;
}

const SCALES: Scale[] = ["万亿", "亿", "万", "千", "百"];

/** What joins the two ends of a range: 6%-6.5%, 6至6.5%, 700万到800万吨. */
const RANGE_DASHES = "-~～—至到－";

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isLetter = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
/** 人均GDP11860元, CPI102.3: a measure's abbreviation before its figure names the measure; other letters before digits are a
 * name of their own (5G, PM2.5, SO2). */
const MEASURE_ABBREVIATION_BEFORE_RE = /(?<![A-Za-z])(?:GDP|CPI|PPI)$/;
/** The colon of a ratio: ASCII, full-width, or the ratio sign of typeset copies (16.3∶52.8∶30.9). */
const isRatioColon = (c: string | undefined) => c === ":" || c === "：" || c === "∶";
/** Units written in Latin letters (算力规模达到45EFLOPS): a number before any other letters is part of a name (5G, 4K). */
const LATIN_UNITS = UNITS.filter((u) => /^[A-Za-z]/.test(u));

// (Full-width letters too: ＳＯ２, ５Ｇ in a copy typed in full width are names, as SO2 and 5G are; batch 103's 萍乡.)
// (97·8亿元, 125·5万吨: a typist's middle dot for the decimal point before a scale or a unit, batch 107's 阜新 archive copy;
// “7·20”特大暴雨 names a day.)
function toAscii(text: string): string {
  return ocrZeros(foldWidth(text, /[０-９．％：Ａ-Ｚａ-ｚ]/g)).replace(/(?<=\d)[·・](?=\d{1,3}\s?[万亿%‰元吨斤亩人户个家项米])/g, ".");
}

/** 14Ｏ.6亿美元, 4Ｏ.6万人, 2Ｏ1.3亿美元: an OCR copy of a scanned page reads a zero inside a number as the letter O; read
 * it as the zero it is (one character for one: offsets are kept). */
function ocrZeros(text: string): string {
  if (!OCR_O_RE.test(text)) return text;
  return text.replace(/(?<=\d[OoＯｏ]*)[OoＯｏ](?=[OoＯｏ]*[\d.])/g, "0");
}
const OCR_O_RE = /\d[OoＯｏ]/;

/** Marks the inside of short “…” and 《…》 spans: numbers there are names (“152”工程, 《…2035…》). */
/** Quotes around a name: “” and 《》, and the corner brackets 「」『』 of traditional-script copies (助企紓困「20條」). */
const QUOTE_PAIRS = new Map<string, [close: string, limit: number]>([["“", ["”", 24]], ["《", ["》", 60]], ["\"", ["\"", 24]], ["「", ["」", 24]], ["『", ["』", 24]]]);

const QUOTE_OPEN_RE = /[“《"「『]/g;

/** What stands before and after a wording a revision quotes: 修改为“…”, “…”后增加“…”; “…”修改为. */
const REVISED_BEFORE_RE = /(?:(?:修改|调整|更改|改)(?:为|成)|后增加|后补充)$/;
const REVISED_AFTER_RE = /^(?:修改为|修改成|改为|改成|调整为|后增加|后面增加|之后增加|后补充)/;
const QUOTED_FIGURE_RE = /^[\d.]+%(?:以内|以下|左右|以上)?$/;
const QUOTED_LIMIT_RE = /^(?:最多|最长|最快|不超过|只需|仅需)[\d０-９]+(?:个工作日|工作日|天|日|小时|分钟)(?:内)?(?:办结|完成)?$/;

function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  QUOTE_OPEN_RE.lastIndex = 0;
  for (let m = QUOTE_OPEN_RE.exec(text); m; m = QUOTE_OPEN_RE.exec(text)) {
    const i = m.index;
    const [close, limit] = QUOTE_PAIRS.get(text[i])!;
    // The close is looked for within the quote's limit only: 40,000 openers before one far close were 40,000 searches
    // of the whole rest of the text (the adversarial nested-brackets input took two minutes).
    const within = text.slice(i + 1, i + limit + 1).indexOf(close);
    const j = within === -1 ? -1 : i + 1 + within;
    // “最多90天”, “最多跑一次” aside: a quoted time limit is a figure (审批“最多60天”), not a name.
    // “6%左右的目标，是跳一跳够得着的目标。”: a quote with a clause's punctuation in it is speech, not a name.
    // 由“5.5%以内”改为“5.5%左右”: a quoted figure with its hedge is the figure itself.
    const quoted = j === -1 ? "" : text.slice(i + 1, j);
    // 将第5页“地区生产总值增长7.5%左右”修改为“…7.5%以上”: a wording a revision quotes, to change or as changed, is the
    // report's words, figures and all (batch 111's 宣城 说明).
    // (原件此处有手写改动：改为“２０００万美元”: a transcriber's note of a handwritten change, read with the figure it changes.)
    const revised = j !== -1 && (REVISED_BEFORE_RE.test(text.slice(Math.max(0, i - 12), i)) || REVISED_AFTER_RE.test(text.slice(j + 1, j + 6))) && !/手写/.test(text.slice(Math.max(0, i - 16), i));
    if (j !== -1 && !revised && !QUOTED_LIMIT_RE.test(quoted) && !QUOTED_FIGURE_RE.test(quoted) && !/[，。；！？,;!?]/.test(quoted)) {
      mask.fill(1, i, j + 1);
      QUOTE_OPEN_RE.lastIndex = j + 1;
    }
  }
  return mask;
}

/** The end of the number starting at i. PDF copies split numbers with single spaces (`8 5 ％`, `2 ．5 亿`):
 * a space between digits, or beside the decimal point, stays inside the number. */
function numberEnd(t: string, i: number): number {
  let j = i;
  let dot = false;
  for (;;) {
    const decimalPoint = t[j] === "." && !dot && (isDigit(t[j + 1]) || (t[j + 1] === " " && isDigit(t[j + 2])));
    const splitSpace = t[j] === " " && j > i && (isDigit(t[j + 1]) || (t[j + 1] === "." && !dot && isDigit(t[j + 2])));
    if (!isDigit(t[j]) && !decimalPoint && !splitSpace && !isThousandsSeparator(t, i, j, dot)) break;
    if (decimalPoint) dot = true;
    j++;
  }
  return j;
}

/**
 * 1，120亿元 / 2,360万只 (older reports group thousands with a comma): a comma after one to three digits, followed by
 * exactly three digits and then a scale or unit, not by more digits or a list separator (分别为120，340和560).
 */
function isThousandsSeparator(t: string, numberStart: number, j: number, dot: boolean): boolean {
  if ((t[j] !== "," && t[j] !== "，") || dot) return false;
  let groupStart = j;
  while (groupStart > numberStart && isDigit(t[groupStart - 1])) groupStart--;
  const firstGroup = groupStart === numberStart;
  const groupLength = j - groupStart;
  if (groupLength < 1 || groupLength > 3 || (!firstGroup && groupLength !== 3)) return false;
  if (!(isDigit(t[j + 1]) && isDigit(t[j + 2]) && isDigit(t[j + 3]) && !isDigit(t[j + 4]))) return false;
  const follower = t[j + 4];
  if (follower === "," || follower === "，") return isThousandsSeparator(t, numberStart, j + 4, dot);
  // 1,850张, 3,802.4亿元: any unit or scale after the group (a list goes on with 和, 、 or more digits).
  return follower !== undefined && (follower === "." || /[万亿千百%‰]/.test(follower) || matchAt(t, j + 4, UNITS) !== null);
}

/** The digits of a number read by numberEnd, without the spaces a PDF put in and the thousands separators. */
const numberText = (t: string, from: number, to: number) => t.slice(from, to).replace(/[ ,，]/g, "");

/** One space between a split number and its scale or unit (`2.5 亿千瓦`, `85 ％`). */
const skipSplitSpace = (t: string, j: number) =>
  t[j] === " " && isDigit(t[j - 1]) &&
  // Before a scale or a percent sign a space is always a PDF artefact (1 亿吨, 8 ％); before a word only inside a split number.
  (/[万亿%‰]/.test(t[j + 1] ?? "") || (/[千百\u4e00-\u9fa5]/.test(t[j + 1] ?? "") && /\d \d|\d ?\. ?\d/.test(t.slice(Math.max(0, j - 8), j))))
    ? j + 1
    : j;

/** 表1：主要指标, 图2 增长情况: a table or figure number at the start of a caption (not 代表120名). */
function isCaption(t: string, i: number): boolean {
  // 专栏1　2020年主要指标完成情况, （见专栏2）: a box's number, a PDF report's sidebar (batch 52's 嘉兴).
  if (t.startsWith("专栏", i - 2)) return true;
  const before = t[i - 1];
  if (before !== "表" && before !== "图") return false;
  const head = t[i - 2];
  // 完成情况见表1。, 详见附表2: a pointer to a table or figure is no quantity either.
  if (head === "见") return true;
  if (head !== undefined && /[\u4e00-\u9fa5]/.test(head) && head !== "附") return false;
  // 表2，360万只 (watches) goes on to a unit; a caption's number stands alone before its title.
  let j = i;
  while (j < t.length && isDigit(t[j])) j++;
  return j >= t.length || /[：:\s.、]/.test(t[j]);
}

/** 60年不遇, 百年一遇 (how rare a disaster is), 增产百亿斤商品粮能力建设工程, 千亿斤粮食产能 (a programme's name), 城乡二元
 * 结构 (batch 44's 成都): the words after the unit make the figure no amount. */
const NOT_AN_AMOUNT_AFTER_RE = /^(?:不遇|一遇)|^(?:商品粮|粮食)(?:生产)?(?:能力|产能)|^(?:结构(?!性|调整)|体制|分割|格局|对立)/;

/** What follows the base a death rate is given per: 百万吨死亡率, 亿元GDP生产安全事故死亡率. */
const PER_BASE_RATE_RE = /^(?:GDP|国内生产总值|地区生产总值|生产总值)?[\u4e00-\u9fa5]{0,6}?死亡率/;

/** 每50公斤 (the base a price is given for), 每10万人口, and 新36条, 新10年 (names of policies): no quantity. */
function isBaseOrName(t: string, i: number): boolean {
  const prev = t[i - 1];
  if (prev === "每") return true;
  return prev === "新" && /^\d+(?:条|年)/.test(t.slice(i, i + 6));
}

/** 经过25年, 连续5年, 近10年来, 30多年来: how long something went on is when, not a measure. */
function isSpanOfYears(t: string, start: number, end: number): boolean {
  if (/^(?:来|以来|间|里)/.test(t.slice(end, end + 2))) return true;
  return /(?:经过|连续|历经|走过了?|近|过去|最近|未来|今后|此后|再用|用了?|这)$/.test(t.slice(Math.max(0, start - 3), start));
}

function skipRun(t: string, i: number): number {
  let j = i;
  while (j < t.length && /[0-9A-Za-z.:\-/_@%]/.test(t[j])) j++;
  return Math.max(j, i + 1);
}

function matchAt(t: string, j: number, words: readonly string[]): string | null {
  for (const w of words) if (t.startsWith(w, j)) return w;
  return null;
}

/** 38.2019年: a list number (group 1), then a year. */
const LIST_NUMBER_THEN_YEAR_RE = /^(\d{1,3}\.)(?:19|20)\d\d年/;

/** （邮编：015000）, 邮政编码714000: a postcode is a name of a place's mail, never a quantity (batch 118's 征求意见 notice). */
const POSTCODE_BEFORE_RE = /(?:邮编|邮政编码)\s*[:：]?\s*$/;

export function findQuantities(input: string): Quantity[] {
  if (typeof input !== "string" || !input) return [];
  const t = toAscii(input);
  const quoted = quotedMask(t);
  // (A postcode is looked for only where 邮 is written.)
  const postcodes = t.includes("邮");
  const out: Quantity[] = [];
  let i = 0;
  while (i < t.length) {
    if (!isDigit(t[i])) {
      i++;
      continue;
    }
    const prev = t[i - 1];
    // After a colon only the tail of a ratio or a time (73.52:24.77, 08:30) is skipped; 目标：6%左右 is a figure.
    const afterColon = prev === ":" && !isDigit(t[i - 2]);
    if (quoted[i] || (postcodes && POSTCODE_BEFORE_RE.test(t.slice(Math.max(0, i - 7), i))) || (isLetter(prev) && !MEASURE_ABBREVIATION_BEFORE_RE.test(t.slice(Math.max(0, i - 4), i))) || (prev !== undefined && !afterColon && ".:/_@#-".includes(prev)) || prev === "第" || isCaption(t, i) || isBaseOrName(t, i)) {
      i = skipRun(t, i);
      continue;
    }
    // 38.2019年6月底前完成…: a task's list number run into the year after it, no decimal (batch 59's 安庆).
    const numberedYear = i === 0 || !isDigit(prev ?? "") ? LIST_NUMBER_THEN_YEAR_RE.exec(t.slice(i, i + 9)) : null;
    if (numberedYear) {
      i += numberedYear[1].length;
      continue;
    }
    const quantity = readQuantity(t, i);
    if (quantity) {
      out.push({ ...quantity, text: input.slice(quantity.start, quantity.end) });
      i = quantity.tailEnd;
    } else {
      // A year written with PDF spaces (1 9 8 0 年) is skipped whole, not digit by digit.
      i = Math.max(skipRun(t, i), numberEnd(t, i));
    }
  }
  const all = mergeFractions(out, [...findFractions(t, quoted, input), ...findChineseNumbers(t, quoted, input)]);
  // 投工86万□, 增长1□%: a figure with a character the transcriber could not read is not read.
  return input.includes("□") ? all.filter((q) => input[q.end] !== "□" && input[q.start - 1] !== "□" && !q.text.includes("□")) : all;
}

/** What may follow a clause's last word: a break, or the sentence's end. */
const CLAUSE_END_RE = /^$|^[，。；、,;）)！？]$/;

function readQuantity(t: string, start: number): Omit<Quantity, "text"> | null {
  let j = numberEnd(t, start);
  const first = numberText(t, start, j);
  j = skipSplitSpace(t, j);
  // 拆除燃煤小锅炉 326 台, 浓度 43 微克/立方米: a justified PDF line's blanks where characters meet a number, on both sides
  // of it (batch 63's 包头 gazette); the unit after the blank is the number's.
  // (实际困难 260 余个: 余 or 多 between, batch 102's 思明 blog copy.)
  if (t[j] === " " && t[start - 1] === " " && /[\u4e00-\u9fa5]/.test(t[j + 1] ?? "") && SUFFIXES.some((s) => !s.skip && (t.startsWith(s.w, j + 1) || (/[余多]/.test(t[j + 1]) && t.startsWith(s.w, j + 2))))) j++;
  // 农村公路915 公里: a blank before a unit of two characters or more (公里, 平方米, 千瓦时) is the copy's, on one side too.
  else if (t[j] === " " && isDigit(t[j - 1]) && SUFFIXES.some((s) => !s.skip && s.w.length >= 2 && /^[\u4e00-\u9fa5]{2}/.test(s.w) && t.startsWith(s.w, j + 1))) j++;
  // 新增公共停车泊位3260 个。: a blank before a one-character measure word that closes the clause (batch 86's 长乐).
  else if (t[j] === " " && isDigit(t[j - 1]) && CLAUSE_END_RE.test(t[j + 2] ?? "") && SUFFIXES.some((s) => !s.skip && s.w.length === 1 && /[\u4e00-\u9fa5]/.test(s.w) && t[j + 1] === s.w)) j++;
  if ((isLetter(t[j]) && !matchAt(t, j, LATIN_UNITS)) || (t[j] === "." && !isDigit(t[j + 1]))) return null;

  if (isRatioColon(t[j]) && isDigit(t[j + 1])) return readRatio(t, start);

  let upperText: string | null = null;
  if (RANGE_DASHES.includes(t[j] ?? "\u0000") && isDigit(t[j + 1])) {
    if (t[j] === "-" && first.length === 4) return null; // 2021-02-05
    const k = numberEnd(t, j + 1);
    upperText = numberText(t, j + 1, k);
    j = skipSplitSpace(t, k);
    if (isLetter(t[j])) return null;
  }

  const after: string[] = [];
  const takeApprox = () => {
    if (t[j] === "余" || t[j] === "多") {
      after.push(t[j]);
      j++;
    }
  };
  takeApprox();
  let scale: Scale | null = null;
  let unit = "";
  const direct = SUFFIXES.find((s) => t.startsWith(s.w, j));
  // 1000千伏特高压: a word that starts on a scale and names no quantity (a voltage grade) is no figure.
  if (direct?.skip && SCALES.some((s) => direct.w.startsWith(s))) return null;
  if (direct && SCALES.some((s) => direct.w.startsWith(s)) && !direct.skip) {
    unit = direct.w;
    j += unit.length;
  } else if (t.startsWith("个亿", j) && upperText === null && !/^个亿元?(?:以上|级|规模|的?[\u4e00-\u9fa5]{0,4}(?:项目|企业|工程))/.test(t.slice(j, j + 12))) {
    // 再投3个亿, 销售收入力争突破2个亿: a sum said the spoken way is an amount of 亿元 (the 元 said or left out); 3个亿元以上
    // 项目 counts projects of a size.
    scale = "亿";
    unit = "元";
    j += t.startsWith("个亿元", j) ? 3 : 2;
  } else {
    scale = (matchAt(t, j, SCALES) as Scale | null) ?? null;
    if (scale) j += scale.length;
    takeApprox();
    // 300万人民币 is money, not 300万人 and 民币.
    let suffix = t.startsWith("人民币", j) ? { w: "人民币", skip: false } : SUFFIXES.find((s) => t.startsWith(s.w, j));
    if (suffix?.skip) return null;
    // 13亿人口, 900多万个体工商户: the character is the start of a noun, not a unit.
    if (suffix && scale && NOUN_NOT_UNIT.some((w) => t.startsWith(w, j))) suffix = undefined;
    if (suffix) {
      unit = SPOKEN_UNIT_FORMS[suffix.w] ?? suffix.w;
      j += suffix.w.length;
    }
  }
  if (unit === "年" && !first.includes(".") && first.length === 4) return null; // a year, not a duration
  if (unit === "年" && isSpanOfYears(t, start, j)) return null;
  // 会期5天: how long a session sits is when, not a measure (4 news articles of 4).
  if (unit === "天" && /会期(?:为|共|预计)?$/.test(t.slice(Math.max(0, start - 5), start))) return null;
  if (unit && t[j] === "级") return null; // 30万吨级码头, 100万千瓦级机组: a class, not an amount
  if (unit && NOT_AN_AMOUNT_AFTER_RE.test(t.slice(j, j + 8))) return null;
  // 700万到800万吨: a range with the scale on both ends and the unit on the second.
  if (scale && !unit && upperText === null && RANGE_DASHES.includes(t[j] ?? "\u0000") && isDigit(t[j + 1])) {
    const k = numberEnd(t, j + 1);
    const suffix = t.startsWith(scale, k) ? SUFFIXES.find((x) => t.startsWith(x.w, k + scale!.length)) : undefined;
    if (suffix && !suffix.skip) {
      upperText = numberText(t, j + 1, k);
      unit = suffix.w;
      j = k + scale.length + unit.length;
    }
  }
  // 6%－6.5%, 6%-6.5%, 6%至6.5%: a range with the unit on both ends.
  if (unit === "%" && upperText === null && RANGE_DASHES.includes(t[j] ?? "\u0000") && isDigit(t[j + 1])) {
    const k = numberEnd(t, j + 1);
    if (t[k] === "%") {
      upperText = numberText(t, j + 1, k);
      j = k + 1;
    }
  }
  // 100万元至300万元, 5万吨-8万吨: a range with the scale and the unit on both ends.
  if (unit && unit !== "%" && upperText === null && RANGE_DASHES.includes(t[j] ?? "\u0000") && isDigit(t[j + 1])) {
    const k = numberEnd(t, j + 1);
    const tail = (scale ?? "") + unit;
    if (t.startsWith(tail, k)) {
      upperText = numberText(t, j + 1, k);
      j = k + tail.length;
    }
  }
  const end = j;
  let tailEnd = j;
  // 2万套（间）以上: the other unit a count may be in (套 or 间), in brackets, stands between the figure and its bound.
  const altUnit = unit && /^[(（][\u4e00-\u9fa5]{1,2}[)）]/.exec(t.slice(j, j + 4))?.[0];
  // (2000万元及以上, 60岁及以下: the bound, the figure itself included.)
  const bounded = t.startsWith("及以上", j) || t.startsWith("及以下", j) ? 1 : 0;
  const postAt = altUnit && matchAt(t, j + altUnit.length, AFTER_QUALIFIERS) ? j + altUnit.length : j + bounded;
  const post = matchAt(t, postAt, AFTER_QUALIFIERS);
  if (post) {
    after.push(post);
    tailEnd = postAt + post.length;
  }
  // （2）坚持…, (3)…: an enumerator in brackets, not an amount.
  if (!unit && !scale && (t[start - 1] === "(" || t[start - 1] === "（") && (t[j] === ")" || t[j] === "）")) return null;
  if (!unit && !scale && !post) {
    const next = t[j];
    // 城乡居民收入倍差由1.72缩小到1.60: a bare decimal a change starts from is the level before.
    const changeFrom = first.includes(".") && /[由从]$/.test(t.slice(0, start)) && CHANGE_FROM_RE.test(t.slice(j, j + 6));
    if (next !== undefined && !BARE_FOLLOWERS.includes(next) && !changeFrom) return null;
    if (next === "、" || start === 0) return null; // 1、 2、: list numbering
    const n = Number(first);
    if (!first.includes(".") && n >= 1900 && n <= 2100) return null;
  }
  const value = scaled(first, scale);
  const upper = upperText === null ? undefined : scaled(upperText, scale);
  if (!Number.isFinite(value) || (upper !== undefined && !Number.isFinite(upper))) return null;
  return {
    start, end, value, upper, unit: unit === "％" ? "%" : unit === "人民币" ? "元" : unit, scale,
    form: upper === undefined ? "number" : "range", after, tailEnd,
  };
}

function readRatio(t: string, start: number): Omit<Quantity, "text"> | null {
  const texts: string[] = [];
  let j = start;
  for (let guard = 0; guard < 8; guard++) {
    const k = numberEnd(t, j);
    texts.push(numberText(t, j, k));
    j = k;
    if (isRatioColon(t[j]) && isDigit(t[j + 1])) j++;
    else break;
  }
  const looksLikeTime = texts.length <= 3 && texts.every((x, n) => !x.includes(".") && (n === 0 ? Number(x) <= 24 : x.length === 2 && Number(x) < 60));
  if (looksLikeTime || isLetter(t[j])) return null;
  const parts = texts.map(Number);
  return { start, end: j, value: parts[0], parts, unit: "", scale: null, form: "ratio", after: [], tailEnd: j };
}

function findFractions(t: string, quoted: Uint8Array, input: string): Quantity[] {
  const out: Quantity[] = [];
  let at = t.indexOf("分之");
  while (at !== -1) {
    let left = at;
    while (left > 0 && at - left < 4 && CHINESE_NUMERAL_CHARS.includes(t[left - 1])) left--;
    let right = at + 2;
    // 百分之一百一十七: up to eight numerals (a share above a hundred per cent is common in old reviews).
    while (right < t.length && right - at - 2 < 8 && CHINESE_NUMERAL_CHARS.includes(t[right])) right++;
    // 百分之一〇三点二 (the 1950s write a share above a hundred digit by digit, with 〇): read as 103.2.
    const written = t.slice(at + 2, right);
    let numerator = parseChineseNumeral(written) ?? (/^[一二三四五六七八九][〇○零一二三四五六七八九]{2}$/.test(written) && /[〇○零]/.test(written) ? readDigitByDigit(written) : null);
    // 百分之四点一: decimals after 点, one numeral a digit.
    const decimals = numerator !== null && t[right] === "点" ? readChineseDecimals(t, right + 1) : null;
    if (numerator !== null && decimals) {
      numerator = Number(`${numerator}.${decimals.digits}`);
      right = decimals.end;
    }
    const percent = t.slice(left, at) === "百";
    // 千分之十三 is written per mille, as 13‰ is: the same value and unit, so the two forms compare.
    const permille = t.slice(left, at) === "千";
    const denominator = percent ? 100 : parseChineseNumeral(t.slice(left, at));
    // 百分之四到五, 百分之二、三, 千分之十二、三: a range whose upper end is a bare numeral.
    const upperEnd = (percent || permille) && numerator !== null ? readFractionUpper(t, right, numerator) : null;
    if (upperEnd) right = upperEnd.end;
    if (numerator !== null && denominator && left < at && !quoted[at]) {
      const inUnit = (n: number) => (permille ? n : Math.round((n / denominator) * 100 * 10000) / 10000);
      const post = matchAt(t, right, AFTER_QUALIFIERS);
      out.push({
        start: left, end: right, text: input.slice(left, right), value: inUnit(numerator),
        upper: upperEnd ? inUnit(upperEnd.value) : undefined, unit: permille ? "‰" : "%", scale: null, form: upperEnd ? "range" : "fraction",
        after: post ? [post] : [], tailEnd: right + (post?.length ?? 0),
      });
    }
    at = t.indexOf("分之", at + 2);
  }
  return joinFractionRanges(out, t, input);
}

/** 百分之二到百分之三: two fractions joined by 到 are one range. */
function joinFractionRanges(list: Quantity[], t: string, input: string): Quantity[] {
  const out: Quantity[] = [];
  for (const q of list) {
    const prev = out[out.length - 1];
    const joined = prev && prev.upper === undefined && q.upper === undefined && !prev.after.length && q.start === prev.end + 1 &&
      RANGE_DASHES.includes(t[prev.end]) && q.value > prev.value;
    if (!joined) {
      out.push(q);
      continue;
    }
    out[out.length - 1] = { ...prev, end: q.end, text: input.slice(prev.start, q.end), upper: q.value, form: "range", after: q.after, tailEnd: q.tailEnd };
  }
  return out;
}

/** A run of Chinese numerals at the start of a slice (the caller's slice bounds its length). */
const NUMERAL_RUN_AT_RE = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+`);

const CHANGE_FROM_RE = /^(?:缩小|扩大|下降|降低|提高|上升|增加|减少|降|升)(?:到|至|为)/;

/** The upper end of 百分之四到五 or 百分之二、三 (a bare numeral above the lower end, not itself a fraction), or null. */
function readFractionUpper(t: string, at: number, lower: number): { value: number; end: number } | null {
  const joiner = t[at];
  if (!joiner || !(RANGE_DASHES + "、").includes(joiner)) return null;
  const run = NUMERAL_RUN_AT_RE.exec(t.slice(at + 1, at + 5));
  if (!run) return null;
  let end = at + 1 + run[0].length;
  let value = parseChineseNumeral(run[0]);
  if (value === null || t.startsWith("分之", end)) return null;
  const decimals = t[end] === "点" ? readChineseDecimals(t, end + 1) : null;
  if (decimals) {
    value = Number(`${value}.${decimals.digits}`);
    end = decimals.end;
  }
  // 百分之十一、二: the second end keeps the tens of the first (11–12 %).
  if (joiner === "、" && !decimals && lower > 10 && Number.isInteger(lower) && value < 10 && value === (lower % 10) + 1) value += lower - (lower % 10);
  // 二、三 are neighbours (2–3 %); 百分之二、五 would be a list, not a range.
  if (value <= lower || (joiner === "、" && value - lower !== 1)) return null;
  return { value, end };
}

/** The upper end of 七十亿到一百亿元 (a numeral with the same scale and a unit after the joiner), in base units, or null. */
function readScaledUpper(t: string, at: number, scale: Scale): { value: number; unit: string; end: number } | null {
  if (!t[at] || !RANGE_DASHES.includes(t[at])) return null;
  const run = NUMERAL_RUN_AT_RE.exec(t.slice(at + 1, at + 9));
  const value = run ? parseChineseNumeral(run[0]) : null;
  if (!run || value === null) return null;
  let end = at + 1 + run[0].length;
  if (!t.startsWith(scale, end)) return null;
  end += scale.length;
  const unit = matchAt(t, end, UNITS_LONGEST_FIRST);
  if (!unit) return null;
  return { value: scaled(String(value), scale), unit, end: end + unit.length };
}

const HALF_POINT_RE = /(?<![一二两三四五六七八九十])半个百分点/g;
/** 两次降低存款准备金率, 五次下调金融机构存贷款基准利率, 两次全面降准: a number of moves of a policy rate or standard. */
const POLICY_MOVES_RE = /(?<![一二两三四五六七八九十第])([两三四五六七八九十])次(?=(?:全面)?(?:提高|降低|下调|上调|降准|降息|加息))/g;

/** Units a Chinese numeral may carry without a scale: 一百九十一元, 一倍, 五人. Not 个/项/家 (两个文明, 三项制度, 千家万户). */
const CHINESE_NUMBER_UNITS = ["个百分点", "美元", "元", "吨标准煤", "吨", "公斤", "亩", "公顷", "公里", "千瓦时", "千瓦", "平方公里", "平方米", "立方米", "平方公尺", "立方公尺", "公尺", "公方", "人次", "人", "名", "户", "倍", "辆", "架", "台", "艘", "担"];
/** Units of things counted that a compound numeral (三百八十六个, 十五个, 一百三十八家) carries as a count; a single numeral
 * before them is a way of speaking (两个文明, 三项制度, 一套班子). */
const COMPOUND_COUNT_UNITS = ["个", "家", "项", "件", "套", "所", "座", "条", "处", "场", "批", "张", "种", "口", "块", "匹", "眼", "头", "只", "部"];
const SPAN_AFTER_COUNT_RE = /^个(?:多|半)?(?:月|年|小时|工作日|星期|季度|世纪)/;
const NAMELESS_CLAUSE_RE = /^(?:(?:19|20)\d\d年|[一二][九〇○零][〇○零一二三四五六七八九]{2}年|去年|今年)?(?:又|再|已经?)?(?:增加到|增长到|发展到|达到|达|有)?$/;
const CLAUSE_EDGE_RE = /[，,。；;：:、！!？?）)\s]/;
/** 发展到, 增加到, 减少为 after a count that 由 or 从 opens: the change the count starts from. */
const CHANGE_TO_RE = /^(?:发展|增加|增长|扩大|上升|提高|减少|下降|降低|缩小)?(?:到|至|为)/;
/** What may follow a Chinese numeral that is a quantity: 点 (decimals), 余/多, a scale, the first character of a unit. */
const CAN_FOLLOW_NUMERAL = new Set(["点", "余", "多", "万", "亿", ...CHINESE_NUMBER_UNITS.map((u) => u[0])]);
/** Runs of numerals followed by one of those (a lookahead, so that 一些, 进一步 and 统一 never reach the code below). */
const NOUN_NOT_UNIT = ["人口", "人员", "个体"];
// Not a class of things (超亿美元项目, 新签约亿元以上产业项目, 超亿元级企业, 产值超亿元的乡镇企业): that is part of a name, not an amount; and 约
// inside 签约, 节约, 制约… is no "about".
const BARE_SCALE_RE =
  /(?<=突破|超过|超|逾|达到|达|近|(?<![签合节制预履集特条违])约)(万亿|亿)(元|美元|斤|吨|千瓦时|千瓦|人次|人)(?!以上|以下|级|规模|的?(?:重大|重点|产业|工业|外资|内资|乡镇|民营|骨干|特色|[\u4e00-\u9fa5]{2}产业)?(?:项目|企业|工程|园区|集群|平台|龙头|楼宇|商圈|街区|市场|工厂|产业链|行业))/g;
/** 千万美元以上, 百万元级: what follows a bare 千 or 百 that makes it a size class, not an amount. */
const CLASS_SIZE_RE = /^万(?:元|美元)(?:以上|级)/;
/** What may follow a numeral with decimals and no unit (四点一降到三点二, 二点八以内): a clause's edge, a bound, a change. */
const BARE_DECIMAL_AFTER_RE = /^(?:$|[，,。；;、）)]|以[内下上]|左右|(?:下?降|减|缩小|提高|上升|升|增)(?:到|至|为)|[降升]到)/;
// (A run of two or more before a unit of things counted may be a compound count: 三百八十六个; 一个, 两家 never are.)
const NUMERAL_RUN_RE = new RegExp(
  `[零〇○一二两三四五六七八九十百千]{2,}(?=[${COMPOUND_COUNT_UNITS.join("")}])|[零〇○一二两三四五六七八九十百千]+(?=[${[...CAN_FOLLOW_NUMERAL].join("")}])`,
  "g",
);

/**
 * Quantities written in Chinese numerals (older reports): 一千一百二十亿元, 二十八万人, 一百九十一元, 二点五亿千瓦,
 * 三十多万人, 一倍. A numeral needs a scale (万, 亿) or one of a few measuring units: 两个文明, 一九八五年, 千家万户 and
 * 十分 are not quantities. 百分之… and …分之… are read by findFractions.
 */
/** 三成, 一半: a share written in words, read as per cent, with a qualifier right after it (两成以上). */
function percentFraction(t: string, input: string, start: number, end: number, value: number): Quantity {
  const post = matchAt(t, end, AFTER_QUALIFIERS);
  return { start, end, text: input.slice(start, end), value, unit: "%", scale: null, form: "fraction", after: post ? [post] : [], tailEnd: end + (post?.length ?? 0) };
}

/** 十余个, 两家, 三项 closing a clause after a noun (not after 这/那/第/前/后/等/其中, which point back at a list). */
const COUNT_AT_CLAUSE_END_RE = /((?:[二三四五六七八九]?十[一二三四五六七八九]?|[两三四五六七八九]))(余)?(个|家|项|条|所|座|件|张)(?=[，。；、,;）)]|$)/g;
/** What the char before such a count must be: a Han character or a closing quote, not one that points back or a numeral. */
const COUNTED_BEFORE_RE = /[\u4e00-\u9fa5”]/;
const POINTS_BACK_RE = /[这那第前后等中每几是了有和与及零〇一二两三四五六七八九十百千万亿]/;
/** A numeral in words right before a unit of things counted: the cheap test before the two patterns below. */
const COUNT_IN_WORDS_HINT_RE = /[两三四五六七八九十]余?[个家项条所座件张]/;
/** 再上两条智能化生产线, 新开通三条国际航线: lines a plan opens or builds. */
const LINES_BUILT_RE = /(?<=(?:上|新上|建成|新建|扩建|开通|新开|新增|投用|投产)了?)([两三四五六七八九十])()(条)(?=[\u4e00-\u9fa5]{0,6}?(?:生产线|产线|航线|线路|班列))/g;

/** 以下六个方面工作, 今年十个方面重点任务, 抓好五方面工作: the numeral of a plan's parts, after the words that introduce them. */
const WORK_AREAS_RE = /(?<=(?:以下|下列|今年|抓好|做好|部署了?|围绕))([一二两三四五六七八九十]{1,3})(个)?方面(?=(?:的)?(?:重点)?(?:工作|任务))/g;

/** A division's name (with its unit word) starting at `start`: 三台县, 七台河市. */
function opensPlaceName(t: string, start: number): boolean {
  for (let k = 3; k <= 5; k++) {
    const name = t.slice(start, start + k);
    if (/[县市区州旗盟]$/.test(name) && isPlaceName(name)) return true;
  }
  return false;
}

function findChineseNumbers(t: string, quoted: Uint8Array, input: string): Quantity[] {
  const out: Quantity[] = [];
  let lastEnd = 0;
  // 翻一番 (×2), 翻两番 (×4): a multiple written as doublings.
  for (const m of t.matchAll(/翻了?([一二两三四])番/g)) {
    // “翻一番”目标 quotes the doubling itself; a longer quote (“两年翻一番”工程) is a name.
    const quotedAlone = /[“"「]/.test(t[m.index - 1] ?? "") && /[”"」]/.test(t[m.index + m[0].length] ?? "");
    if (quoted[m.index] && !quotedAlone) continue;
    const doublings = parseChineseNumeral(m[1]) ?? 1;
    out.push({
      start: m.index, end: m.index + m[0].length, text: input.slice(m.index, m.index + m[0].length), value: 2 ** doublings,
      unit: "倍", scale: null, form: "number", after: [], tailEnd: m.index + m[0].length,
    });
  }
  // 增长三成, 占全省比重超过六成, 两成以上: tenths written 成 are per cent (三成 = 30%), as 三分之二 is. Not 一成不变,
  // 成员, 成立, 成为, 成本… (成 as the start of another word), nor a numeral inside a word (统一成…).
  for (const m of t.matchAll(/(?<![一二三四五六七八九十百千万亿第之其])([二两三四五六七八九])成(?![员立为本果功就熟交长绩都分品套型批效型色])/g)) {
    if (quoted[m.index]) continue;
    out.push(percentFraction(t, input, m.index, m.index + m[0].length, (parseChineseNumeral(m[1]) ?? 0) * 10));
  }
  // 审批时间压减一半, 重污染天数减少一半以上: a half cut off (or added) is 50 %, as 五成 is.
  for (const m of t.matchAll(/(?<=(?:压减|压缩|缩短|减少|降低|下降|削减|提高|增加|增长|提升)(?:了)?)一半/g)) {
    if (quoted[m.index]) continue;
    out.push(percentFraction(t, input, m.index, m.index + m[0].length, 50));
  }
  // 企业开办一日办结, 三天内办结: a time limit in Chinese numerals (not a date: 日 alone is one elsewhere).
  for (const m of t.matchAll(/([一二两三四五六七八九十]{1,3})(个工作日|工作日|日|天)(?=内?(?:办结|办完|完成|出证|领证))/g)) {
    if (quoted[m.index]) continue;
    const value = parseChineseNumeral(m[1]);
    if (value === null) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, text: input.slice(m.index, end), value, unit: m[2], scale: null, form: "number", after: [], tailEnd: end });
  }
  // 重点抓好以下六个方面工作, 报告部署了今年十个方面重点任务: how many parts a plan's work has is a count (every reader
  // of the modern reports labels it); elsewhere 两个方面 is only a way of speaking.
  for (const m of t.matchAll(WORK_AREAS_RE)) {
    if (quoted[m.index]) continue;
    const value = parseChineseNumeral(m[1]);
    if (value === null) continue;
    const end = m.index + m[1].length + (m[2] ? 1 : 2);
    out.push({ start: m.index, end, text: input.slice(m.index, end), value, unit: m[2] ? "个" : "方面", scale: null, form: "number", after: [], tailEnd: end });
  }
  // 提高半个百分点: half a point is 0.5 of one (一个半百分点 is not written; 一个半月 is a span).
  for (const m of t.matchAll(HALF_POINT_RE)) {
    if (quoted[m.index]) continue;
    const end = m.index + m[0].length;
    const post = matchAt(t, end, AFTER_QUALIFIERS);
    out.push({ start: m.index, end, text: input.slice(m.index, end), value: 0.5, unit: "个百分点", scale: null, form: "number", after: post ? [post] : [], tailEnd: end + (post?.length ?? 0) });
  }
  // 两次降低存款准备金率, 三次提高出口退税率: how many times a policy rate or standard was moved is a count (一次 is too
  // often 一次性 or a manner to be one).
  for (const m of t.matchAll(POLICY_MOVES_RE)) {
    if (quoted[m.index]) continue;
    const value = parseChineseNumeral(m[1]);
    if (value === null) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, text: input.slice(m.index, end), value, unit: "次", scale: null, form: "number", after: [], tailEnd: end });
  }
  // 新增州级以上农业龙头企业十余个, 新引进研发机构两家, 再上两条智能化生产线: a count in words that closes its clause after
  // the things counted, or lines and plants a project builds, is a count (两个文明 and 三项制度 run on into a name).
  // (Looked for only where a numeral stands before such a unit: this runs for every sentence of every report.)
  for (const re of COUNT_IN_WORDS_HINT_RE.test(t) ? [COUNT_AT_CLAUSE_END_RE, LINES_BUILT_RE] : []) {
    for (const m of t.matchAll(re)) {
      const before = t[m.index - 1] ?? "";
      if (quoted[m.index] || (re === COUNT_AT_CLAUSE_END_RE && (!COUNTED_BEFORE_RE.test(before) || POINTS_BACK_RE.test(before)))) continue;
      const value = parseChineseNumeral(m[1]);
      if (value === null) continue;
      const end = m.index + m[0].length;
      out.push({ start: m.index, end, text: input.slice(m.index, end), value, unit: m[3], scale: null, form: "number", after: m[2] ? ["余"] : [], tailEnd: end });
    }
  }
  // 首次突破万亿元, 连续5年超万亿斤: a scale word alone after a threshold verb is one of it (上亿元 stays vague).
  for (const m of t.matchAll(BARE_SCALE_RE)) {
    if (quoted[m.index]) continue;
    const scale = m[1] as Scale;
    const unit = m[2];
    const end = m.index + m[0].length;
    out.push({
      start: m.index, end, text: input.slice(m.index, end), value: scaled("1", scale), unit, scale, form: "number", after: [], tailEnd: end,
    });
  }
  for (const m of t.matchAll(NUMERAL_RUN_RE)) {
    const start = m.index;
    if (start < lastEnd || t[start - 1] === "翻" || (t[start - 2] === "翻" && t[start - 1] === "了")) continue;
    let numeral = m[0];
    // 第五, and the two sides of 百分之四 (read by findFractions), are not numbers of their own.
    // 几百万人, 几十倍: a vague number is no figure.
    if (quoted[start] || t[start - 1] === "第" || t[start - 1] === "几" || t.startsWith("分之", start - 2) || t.startsWith("分之", start + numeral.length)) continue;
    // 引进投资千万美元以上外资项目: a bare power of ten before money and 以上 is a class of projects, as 亿元以上项目 is.
    if (/^[百千]$/.test(numeral) && CLASS_SIZE_RE.test(t.slice(start + 1, start + 8))) continue;
    let value = parseChineseNumeral(numeral);
    if (value === null) continue;
    let j = start + numeral.length;
    if (t[j] === "点") {
      const decimals = readChineseDecimals(t, j + 1);
      if (!decimals) continue;
      value = Number(`${value}.${decimals.digits}`);
      j = decimals.end;
      numeral = t.slice(start, j);
    }
    // 一千三百七十四万五千余人, 三十二亿六千万元: one number across its scale word, read as 1374.5万, 32.6亿.
    const composite = readCompositeTail(t, j);
    if (composite) {
      value = Number((value * (composite.multiplier ?? 1) + composite.fraction).toPrecision(12));
      j = composite.end;
    }
    const after: string[] = composite?.after ? [composite.after] : [];
    if (!after.length && (t[j] === "余" || t[j] === "多")) after.push(t[j++]);
    const scale = composite?.scale ?? (matchAt(t, j, SCALES.filter((x) => x !== "千" && x !== "百")) as Scale | null) ?? null;
    if (scale && !composite) j += scale.length;
    if (!after.length && (t[j] === "余" || t[j] === "多")) after.push(t[j++]);
    const compound = numeral.length >= 2 && /[十百千]/.test(numeral);
    // A compound count closes its clause (实施市级重点项目三百八十六个。) or opens it (十五个产业集聚区完成投资…); one inside a
    // clause (占全国一千七百八十六个县的百分之二十八) or after 有 (1979年有一千六百二十二个) counts what the clause names
    // elsewhere. (前十一个月, 二十个工作日: a span of time, no count.)
    const counted = !scale && compound && !matchAt(t, j, CHINESE_NUMBER_UNITS) && !SPAN_AFTER_COUNT_RE.test(t.slice(j, j + 4))
      ? matchAt(t, j, COMPOUND_COUNT_UNITS)
      : null;
    // (由六十三个发展到三百二十九个: the count a change starts from closes its part of the clause as well.)
    const closes = counted !== null && (CLAUSE_EDGE_RE.test(t[j + counted.length] ?? "。") || (/[由从]/.test(t[start - 1] ?? "") && CHANGE_TO_RE.test(t.slice(j + counted.length, j + counted.length + 4))));
    // (Not after 有: 1979年有一千六百二十二个, 基本上消灭的植物病害和虫害有十一种 count what the clause names elsewhere.)
    if (counted && (t[start - 1] === "有" || !(closes || CLAUSE_EDGE_RE.test(t[start - 1] ?? "。")))) continue;
    // (1980年增加到五千五百六十九个: a count at the end of a clause that names nothing counts what another clause names.)
    if (counted && !CLAUSE_EDGE_RE.test(t[start - 1] ?? "。") && NAMELESS_CLAUSE_RE.test(t.slice(Math.max(0, start - 16), start).split(/[，,。；;：:]/).at(-1)!)) continue;
    // (新增龙头企业二十余个, 以下十二个方面: a count the patterns above read already.)
    if (counted && out.some((q) => q.start <= start && start < q.end)) continue;
    const unit = (scale ? matchAt(t, j, UNITS_LONGEST_FIRST) : matchAt(t, j, CHINESE_NUMBER_UNITS) ?? counted) ?? "";
    // 三台县, 七台河市, 十堰市: a place whose name opens on a numeral (looked up only for a numeral read with a unit or a
    // scale: a bare one is never a quantity, and this runs on every numeral of every report).
    if ((unit || scale) && opensPlaceName(t, start)) continue;
    // 七十亿到一百亿元: a range with the scale on both ends and the unit on the second.
    const upperEnd = scale && !unit ? readScaledUpper(t, j, scale) : null;
    if (upperEnd) {
      lastEnd = upperEnd.end;
      out.push({
        start, end: upperEnd.end, text: input.slice(start, upperEnd.end), value: scaled(String(value), scale),
        upper: upperEnd.value, unit: upperEnd.unit, scale, form: "range", after, tailEnd: upperEnd.end,
      });
      continue;
    }
    // 百万吨死亡率由上年的四点一降到三点二, 控制在二点八以内: a numeral with decimals is a number even without a unit, where
    // a clause or a change closes on it (one without decimals, 三农 or 一些, never is).
    const bareDecimal = !unit && !scale && numeral.includes("点") && BARE_DECIMAL_AFTER_RE.test(t.slice(j, j + 3));
    if (!unit && !bareDecimal && !(scale && BARE_FOLLOWERS.includes(t[j] ?? "。"))) continue;
    // (一倍 and 一个百分点 are amounts; 一个, 一项 a way of speaking.)
    if (!scale && numeral.length === 1 && !(unit === "倍" || unit === "个百分点" || /[二两三四五六七八九]/.test(numeral))) continue;
    if (unit === "年" || SUFFIXES.some((x) => x.skip && t.startsWith(x.w, j))) continue;
    j += unit.length;
    // 一倍半, 两倍半: half a time more.
    if (unit === "倍" && t[j] === "半") {
      value += 0.5;
      j++;
    }
    if (unit && t[j] === "级") continue; // 千万吨级炼油厂: a class of plant, not an amount
    if (unit && NOT_AN_AMOUNT_AFTER_RE.test(t.slice(j, j + 8))) continue;
    // 煤矿百万吨死亡率, 亿元GDP生产安全事故死亡率: the base a rate is given per is no amount (a rate's name).
    if (unit && PER_BASE_RATE_RE.test(t.slice(j, j + 12))) continue;
    const post = matchAt(t, j, AFTER_QUALIFIERS);
    lastEnd = j;
    // 五、六倍, 两、三万人: two neighbouring numerals are a range; so are 四、五十亿元 (40–50) and 七、八百人 (700–800).
    const lower = t[start - 1] === "、" ? neighbourBelow(t[start - 2] ?? "", numeral) : null;
    const ranged = lower !== null && !(start >= 3 && (CHINESE_NUMERAL_CHARS.includes(t[start - 3]) || t[start - 3] === "第")) ? start - 2 : start;
    out.push({
      start: ranged, end: j, text: input.slice(ranged, j), value: scaled(String(ranged === start ? value : lower!), scale),
      upper: ranged === start ? undefined : scaled(String(value), scale), unit, scale, form: ranged === start ? "number" : "range",
      after: post ? [...after, post] : after, tailEnd: j + (post?.length ?? 0),
    });
  }
  return out;
}

/** The lower end of a range written with 、 before `numeral`: 五 before 六 (5), 四 before 五十 (40), 七 before 八百 (700). */
function neighbourBelow(before: string, numeral: string): number | null {
  const lower = before.length === 1 ? parseChineseNumeral(before) : null;
  if (lower === null || lower < 1 || lower > 9) return null;
  const tens = /^([二两三四五六七八九])([十百千])$/.exec(numeral);
  const leading = parseChineseNumeral(tens ? tens[1] : numeral);
  if (leading !== lower + 1 || (!tens && numeral.length !== 1)) return null;
  return tens ? lower * parseChineseNumeral(`一${tens[2]}`)! : lower;
}

const NUMERAL_RE = new RegExp(`^零?([${CHINESE_NUMERAL_CHARS}]{1,8})`);

/** After 四万 in 四万三千多人: the numeral below the scale word (三千) as a fraction of it (0.3), and where it ends. */
function readCompositeTail(t: string, at: number): { fraction: number; scale: "万" | "亿"; end: number; after?: string; multiplier?: number } | null {
  const outer = t[at];
  if (outer !== "万" && outer !== "亿") return null;
  const run = NUMERAL_RE.exec(t.slice(at + 1, at + 11));
  if (!run) return null;
  let part = parseChineseNumeral(run[1]);
  let end = at + 1 + run[0].length;
  if (part === null || part === 0) return null;
  // 三十二亿六千万: the part below 亿 may carry its own 万; 四亿零七百多万吨 with 多 before it.
  let after: string | undefined;
  if (outer === "亿" && (t[end] === "余" || t[end] === "多") && t[end + 1] === "万") {
    after = t[end];
    end++;
  }
  if (outer === "亿" && t[end] === "万") {
    part *= 1e4;
    end++;
  } else if (after) return null;
  // 二十八万人 has no tail; 一万一千 does, but 三万五 (a colloquial 35,000) is left alone: a tail needs 十, 百 or 千.
  if (!/[十百千万]/.test(t.slice(at + 1, end)) || part >= scaleFactor(outer)) return null;
  // 一万六千七百七十亿元: the 万 is inside a number of 亿 (16770亿), not the number's scale.
  if (outer === "万" && t[end] === "亿" && !after) return { fraction: part, scale: "亿", end: end + 1, multiplier: 1e4 };
  return { fraction: part / scaleFactor(outer), scale: outer, end, after };
}

function mergeFractions(numbers: Quantity[], fractions: Quantity[]): Quantity[] {
  if (!fractions.length) return numbers;
  return [...numbers, ...fractions].sort((a, b) => a.start - b.start);
}
