// Figures whose own words name nothing take the name of a figure before them:
// - a list of one item a line (一图读懂, 数读): a line that gives only a figure (1929.3亿元, ↑5.8%, 同比增长6%,
//   首次突破万亿元) is a figure of the name on the line before it, as a reader of the page takes it;
// - a pointer back (全年新增减税降费和退税缓税缓费超过4.2万亿元。在这4.2万亿元中，…): the figure just named with the same
//   value.
import { CARD_FIGURE_LINE_RE, MOVED_OR_HELD_AT, NAME_MARK_RE } from "@/lib/text/heading-patterns";
import { lookupMetric } from "./lookup-metric";
import type { AnalyzedSentence, Indicator } from "./types";

/** What is left of a label when a list line names nothing: a comparison word, a first, a verb. */
// (控制在3%左右, 降至12.4% under a name line: where the figure is held or moved to, batch 54's 黔东南.)
const NAMELESS_RE = new RegExp(`^(?:同比|同口径|可比口径|比上年|较上年|首次|突破|首次突破|迈上|跃上|站上|增长|下降|全年|累计|${MOVED_OR_HELD_AT}|)$`);
/** A name line (process-text.ts flags it list-name): short, no digit, not a sentence. */
const NAME_LINE_RE = /^[\u4e00-\u9fa5A-Za-z“”"（）()]{2,16}$/;
/** （亿元）, （万人）, （%）: a unit in brackets ending a name line (一般公共预算收入（亿元）over 718.6). */
export const UNIT_GLOSS_RE = /[（(]((?:万亿|亿|万|千|百)?(?:元|美元|人|人次|吨|千瓦|千瓦时|标箱|件|个|家|亩|公里|平方米|%|％|‰))[)）]$/;
/** 降至, 达到…: the verb a name line ends on before its figure line. */
const NAME_LINE_VERB_RE = /(?<=.{2})(?:降至|降到|下降到|提高到|提高至|提升至|达到|达|突破|超过)$/;

/** A bare per cent under a name takes its type from the name: 规上工业增加值增速⏎6.2% is a growth, 民生支出占财政支出比重⏎83.1% a
 * share (batch 41's 威宁). */
function typeByName(figure: Indicator, name: string): Indicator["type"] {
  if (figure.type !== "rate" || figure.unit !== "%") return figure.type;
  if (/(?:增速|增幅|增长率?|涨幅)$/.test(name)) return "growth";
  if (/(?:比重|占比|比例)$/.test(name)) return "share";
  return figure.type;
}

/** What is left of a label that only points back: 在这, 这, 上述, 以上. */
const POINTER_RE = /^(?:在|对|从)?(?:这|此|上述|以上|前述)(?:些|笔)?$/;
/** How far back the figure pointed to may be: the sentence before, or the one before it. */
const REACH = 2;

type Name = Pick<Indicator, "label" | "metric">;

/**
 * In reading order, each figure whose label matches `nameless` takes the name `nameFor` finds among the sentences
 * before it (already renamed, so a name carries down a list); figures it finds none for stay as they are.
 */
function borrowNames(
  sentences: AnalyzedSentence[],
  nameless: RegExp,
  nameFor: (figure: Indicator, sentence: AnalyzedSentence, before: AnalyzedSentence[], at: number) => Name | null,
): AnalyzedSentence[] {
  const out = [...sentences];
  for (let i = 1; i < out.length; i++) {
    const s = out[i];
    if (!s.indicators.some((x) => nameless.test(x.label))) continue;
    out[i] = {
      ...s,
      indicators: s.indicators.map((x): Indicator => {
        const name = nameless.test(x.label) ? nameFor(x, s, out, i) : null;
        return name ? { ...x, label: name.label, metric: name.metric, type: typeByName(x, name.label) } : x;
      }),
    };
  }
  return out;
}

export function nameListFigures(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  return borrowNames(sentences, NAMELESS_RE, (_, s, before, at) => {
    const name = s.flags.includes("list-item") ? nameOfLine(before[at - 1]) : null;
    // 地区生产总值（GDP）, 一般公共预算收入（亿元）: the gloss or the unit in brackets is no part of the name.
    // ✔贫困发生率降至⏎1.48%: the verb a name line ends on is no part of the name.
    const bare = name?.replace(UNIT_GLOSS_RE, "").replace(/[（(][A-Za-z0-9.]{1,8}[)）]$/, "").replace(NAME_LINE_VERB_RE, "");
    return bare ? { label: bare, metric: lookupMetric(bare).key } : null;
  });
}

export function nameBackReferences(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  return borrowNames(sentences, POINTER_RE, (x, _, before, at) => {
    const earlier = before.slice(Math.max(0, at - REACH), at).flatMap((p) => p.indicators);
    return earlier.findLast((e) => e.value === x.value && e.unit === x.unit && !POINTER_RE.test(e.label)) ?? null;
  });
}

/** 2.一般公共预算收入：年度目标增长5%。: an item opened by its indicator's name and a colon (a progress report's, a list's). */
const ITEM_LEAD_RE = /^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])\s*([\u4e00-\u9fa5A-Za-z0-9.“”]{2,16}?)[：:]/;
/** What is left of a label under such an item: nothing, a period of the year (上半年, 1—6月, 一季度), or a measure word. */
const PERIOD_ONLY_RE = /^(?:上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|1[—–-]\d{1,2}月|\d{1,2}月末|\d{1,2}月底|截至\d{1,2}月底|同口径|同比|)$/;
const MEASURE_ONLY_RE = /^(?:涨幅|增速|增幅|比重|占比)$/;

/**
 * 2.一般公共预算收入：年度目标增长5%。上半年完成246.8亿元，同口径增长5.6%。: a figure whose own words name only the part of
 * the year (or nothing) is the item's indicator, for that part of the year (上半年一般公共预算收入, as the readers of batch 72
 * and of six earlier reports name such figures); 9.居民消费价格：…涨幅控制在3%左右 names the item's 涨幅.
 */
export function nameItemFigures(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  const bare = new RegExp(`${PERIOD_ONLY_RE.source}|${MEASURE_ONLY_RE.source}`);
  return borrowNames(sentences, bare, (x, s, before, at) => {
    const own = ITEM_LEAD_RE.exec(s.text);
    const above = before[at - 1];
    const lead = own ?? (above && above.paragraph === s.paragraph ? ITEM_LEAD_RE.exec(above.text) : null);
    if (!lead || /目标|任务|情况/.test(lead[1])) return null;
    const label = MEASURE_ONLY_RE.test(x.label) ? `${lead[1]}${x.label}` : `${x.label}${lead[1]}`;
    return { label, metric: lookupMetric(label).key };
  });
}

/** 合, 折合, 约合: what is left of a label when the figure restates the one before in another unit. */
const CONVERTED_RE = /^[（(]?(?:合|折合|约合|折|相当于)$|^[（(]$/;

/**
 * 全年粮食总产128.6万吨，合25.72亿斤，比上年减少3.2%: a figure given again in another unit (合…斤), and the change after it,
 * are the figure's own: they take the name of the figure just before them in the sentence (batch 72's 镇江, 1987).
 */
export function nameConvertedFigures(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  return sentences.map((s) => {
    if (!s.indicators.some((x) => CONVERTED_RE.test(x.label))) return s;
    const indicators = [...s.indicators];
    for (let k = 1; k < indicators.length; k++) {
      const before = indicators[k - 1];
      if (CONVERTED_RE.test(indicators[k].label) && !CONVERTED_RE.test(before.label)) indicators[k] = { ...indicators[k], label: before.label, metric: before.metric };
    }
    return { ...s, indicators };
  });
}

/** The name a line gives the figure-only line after it: its one figure's name, or the line itself when it is a name. */
function nameOfLine(line: AnalyzedSentence): string | null {
  if (!line.flags.includes("list-item") || line.role !== "body") return null;
  const labels = [...new Set(line.indicators.map((x) => x.label))];
  if (labels.length === 1 && !NAMELESS_RE.test(labels[0])) return labels[0];
  const name = line.text.replace(NAME_MARK_RE, "");
  return line.indicators.length === 0 && line.flags.includes("list-name") && NAME_LINE_RE.test(name) ? name : null;
}

/** 投入资金1500万元, 计划投入资金5.67亿元: funds whose own words say only that they are funds. */
const BARE_FUNDS_RE = /^(?:计划|累计|共|总计)?(?:投入|安排|下达)?(?:资金|财政资金)$/;
/** 1.托育服务扩容。, （二）停车便民工程: a numbered item's title, a unit of its own before the item's figures. */
const ITEM_TITLE_RE = /^(?:\d{1,2}[.．、]|[(（][\d一二三四五六七八九十]{1,2}[)）])\s*([\u4e00-\u9fa5“”]{2,12})[。：:]?$/;
/** 十件民生实事, 33项民生工程: the programme a sentence's funds are for. */
const PROGRAMME_RE = /(民生实事|民生工程|民生项目)/;

/**
 * Funds named only as funds (投入资金2200万元) are the funds of what they are spent on: the numbered item they close
 * (4.居家养老服务。…投入资金2200万元 → 居家养老服务投入资金), or the programme the sentence is about (十件民生实事全面完成，累计
 * 投入资金5.92亿元 → 民生实事投入资金), as every reader of batch 87's 青羊 and of 十堰 and 安庆 names them.
 */
export function nameFundsByItem(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  return borrowNames(sentences, BARE_FUNDS_RE, (x, s, before, at) => {
    if (x.unit !== "元") return null;
    const title = ITEM_TITLE_RE.exec(before[at - 1]?.text.trim() ?? "")?.[1];
    const programme = PROGRAMME_RE.exec(s.text.slice(0, x.start))?.[1];
    const owner = title ?? programme;
    if (!owner) return null;
    const label = `${owner}投入资金`;
    return { label, metric: lookupMetric(label).key };
  });
}

/** 目标值：…, 2021年完成：…, 去年完成：… (an explainer's card lines): what is left of a label there is the card's word. */
const CARD_WORD_RE = /^(?:目标值?|(?:19|20)\d\d年完成|年完成|去年完成|上年完成|今年目标|完成|实际完成|)$/;
/** How far back the card's heading may be: its target line and its result line sit under it. */
const CARD_REACH = 3;

/**
 * ◆地区生产总值⏎目标值：增长7.5%以上⏎2021年完成：增长9.1% (an explainer's card, batch 101's 淮北): the card's lines name only
 * whether the figure is the target or the result; the figure is the metric the card's heading names.
 */
export function nameCardFigures(sentences: AnalyzedSentence[]): AnalyzedSentence[] {
  return borrowNames(sentences, CARD_WORD_RE, (_, s, before, at) => {
    if (!CARD_FIGURE_LINE_RE.test(s.text)) return null;
    for (let k = at - 1; k >= Math.max(0, at - CARD_REACH); k--) {
      if (before[k].role !== "heading") continue;
      const name = before[k].text.replace(/^[◆◇■□▍▌●•▶►▸★☆]\s*/u, "").replace(/[（(][^)）]{1,10}[)）]$/, "");
      const metric = lookupMetric(name);
      return metric.known ? { label: name, metric: metric.key } : null;
    }
    return null;
  });
}
