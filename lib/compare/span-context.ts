import type { Indicator } from "@/lib/analysis/types";
import { headingYears } from "@/lib/text/chinese-numerals";
import { foldWidth } from "@/lib/text/width";
import { spanWord } from "./period-figures";

/**
 * Where a review spans several years without its sentence saying so. The 2011 report's `一、“十一五”时期国民经济和社会
 * 发展的回顾` holds 解决2.15亿农村人口饮水安全问题 (a five-year total); the 2006 report's 五年来，人民生活明显改善。 is
 * followed by …分别实际增长58.3%和29.2%。 (five years of growth). Such a figure must not answer one year's target.
 */

/** 五年来, 过去五年, 这五年, 五年间, 五年累计 (batch 103's 萍乡), 本届政府, “十一五”时期/期间, …取得伟大成就的五年,
 * 1996—2000年: several years. */
const MULTI_YEAR_RE =
  /(?:过去的?|这|近|最近)[二三四五六七八九十两]年|[二三四五六七八九十两]年(?:来|间|以来|中|里|累计)|本届政府|的[二三四五六七八九十两]年(?![级度])|[“"「]?(?:十[一二三四五六]?|[一二三四五六七八九])五[”"」]?(?:时期|期间|计划期间)|\d{4}\s*[—–\-－~～至到]+\s*\d{4}\s*年/;
/** 2010年工作回顾, 去年工作回顾, 过去一年, 一年来, 今年: one year. */
const ONE_YEAR_RE = /(?:\d{4}|20[xX×]{2}|[一二][九〇○零][〇○零一二三四五六七八九]{2})年(?![—–\-－~～至到代])|去年|上年|过去的?一年|一年来|今年|全年/;

/** What a heading or a sentence's opening says of its time: several years, one year, or nothing. */
function timeOf(raw: string): "years" | "year" | null {
  // (一、二ＯＯＯ年和“九五”时期工作回顾: a year typed with letter O's for its zeros is still one year, batch 75's 舟山.)
  // (2015 年和“十二五”时期: a blog copy's blank before 年, batch 102's 思明.)
  const text = headingYears(raw);
  const years = MULTI_YEAR_RE.exec(text);
  const year = ONE_YEAR_RE.exec(text);
  // 过去五年和2021年工作回顾: a heading that names the years and then the year reviews both; its figures stay the year's
  // unless their own paragraph opens on the years (五年来，…), as analyze-report reads such a heading.
  const both = years && year && years.index < year.index && /^[和及与、]/.test(text.slice(years.index + years[0].length, year.index));
  if (years && (!year || years.index <= year.index) && !both) return "years";
  return year ? "year" : null;
}

interface SpanSource {
  index: number;
  text: string;
  role?: string;
  paragraph?: number;
  sectionIndex?: number | null;
}

/** The first words of a sentence, where its time is set (五年来，… / 2010年，…). */
const opening = (text: string) => text.slice(0, 12);

/**
 * For each sentence that stands in a review of several years, the words that set the span: the nearest earlier
 * sentence of its paragraph that opens on a time (五年来，人民生活明显改善。), else the innermost heading that names one.
 * A time named by the sentence itself is read figure by figure (overYearsInContext).
 */
export function spanContexts(sentences: readonly SpanSource[], chains: ReadonlyMap<number, readonly string[]>): Map<number, string> {
  const out = new Map<number, string>();
  let paragraph: number | undefined;
  let opened: { time: "years" | "year"; words: string } | null = null;
  for (const s of sentences) {
    if (s.paragraph === undefined || s.paragraph !== paragraph) opened = null;
    paragraph = s.paragraph;
    if (s.role === "heading") continue;
    const own = timeOf(opening(s.text));
    let span: string | null = null;
    if (opened) span = opened.time === "years" ? opened.words : null;
    else {
      for (const heading of s.sectionIndex != null ? (chains.get(s.sectionIndex) ?? []) : []) {
        const time = timeOf(heading);
        if (time) {
          span = time === "years" ? heading : null;
          break;
        }
      }
    }
    // (五年来，…年均增长9.8%；累计减少农村贫困人口83.6万人: a sentence that opens on the years itself, its paragraph's first.)
    if (!span && own === "years") span = opening(s.text);
    if (span) out.set(s.index, span);
    if (own && s.paragraph !== undefined) opened = { time: own, words: opening(s.text) };
  }
  return out;
}

/** The verbs of a flow counted over the span (解决2.15亿农村人口…, 新增…, 完成7356座…), right before the figure. */
const FLOW_BEFORE_RE = /(?:新增|新建|增加|完成|安排|投入|发行|引进|转移|减少|解决|建成|改造|关停|淘汰|培训|帮助|开工|修建|新开|转移)了?(?:约|近|超过|共|累计)?$/;
const FLOW_LABEL_RE = /新增|新建|增加|完成|安排|投入|发行|引进|转移|减少|解决|建成|改造|关停|淘汰/;
/** 去年达到1.09万亿斤, 比上年增长12.8%, 2010年…: the figure's own sentence dates it to one year. */
const OWN_YEAR_RE = /(?:\d{4}|[一二][九〇○零][〇○零一二三四五六七八九]{2})年(?![—–\-－~～至到代]|与|以来)|去年|上年|全年|当年|今年|一年来|过去的?一年|同比/;

/**
 * Whether a result standing in a multi-year review (spanContexts) is a total or a change over those years: a growth
 * rate or a flow (新增, 解决, 完成…) whose own sentence names no single year before it. A level reached (达到39.8万亿元),
 * a rate or a share is where the span ended, and may answer the last year's target.
 */
export function overYearsInContext(indicator: Indicator, sentence: string): boolean {
  if (spanWord(indicator) || indicator.phase === "before") return false;
  // The base of a change is not the figure's year (比2005年增长…, 1986年同1978年相比…: a change over the years).
  const before = foldWidth(sentence.slice(0, indicator.start), /[０-９]/g)
    .replace(/\d{4}年[同与和]\d{4}年相比|[比较]\d{4}年/g, "");
  // (…由2011年的1045.1亿元增加到2016年的1748.3亿元，年均增长9.8%；累计减少农村贫困人口83.6万人: a year in an earlier item of
  // the sentence's list dates that item, not this one, batch 70's 黄冈.)
  const item = before.slice(Math.max(before.lastIndexOf("；"), before.lastIndexOf(";")) + 1);
  if (OWN_YEAR_RE.test(item)) return false;
  if (indicator.type === "growth" || indicator.type === "multiple") return true;
  if (indicator.type !== "count" && indicator.type !== "level") return false;
  const clause = before.split(/[，,；;。：:]/).pop() ?? "";
  // (累计减少农村贫困人口83.6万人: a total said so, whatever verb and name follow it.)
  return FLOW_BEFORE_RE.test(clause.trimEnd()) || FLOW_LABEL_RE.test(indicator.label) || /^\s*累计/.test(clause);
}
