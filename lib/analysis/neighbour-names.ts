// Names a figure takes from the figure just before it in the sentence: the verb of a list of new things, the owner of a
// threshold, the output whose gain it is, the metric another place was just measured by (extract-indicators.ts).
import { isPlaceName } from "@/lib/text/divisions";
import type { Quantity } from "./find-quantities";
import { lookupMetric } from "./lookup-metric";
import type { Indicator } from "./types";
import { COUNT_UNITS, RELATIVE_UNITS } from "./units";

/** 新增国家级专精特新“小巨人”企业86家、省级专精特新中小企业480家, 新增居家养老服务中心12家、示范型照料中心30家: a
 * province's 专精特新 title and a 示范型 grade are titles held, counted as such (6 labels of 6, one of them a seed's). */
const AWARDED_TITLE_RE = /省级?“?专精特新”?(?:中小)?企业$|^示范型/;
/** 改造提升老旧小区300个: an item with its own verb is no new thing of the list before it. */
const ACTION_LEAD_RE = /^(?:改造|提升|建设|建成|新建|改建|实施|打造|开工|完成|培育|引进|创建)/;

/** The text between a list's previous count and an item's count: 、, the item's name, perhaps a bound word. */
const LISTED_ITEM_RE = /^(?:以上|左右)?、(.+?)(?:超过|超|达到|达|近|约|逾)?$/;

/**
 * What a count of new things passes on to the count after it:
 * - 新增公办中小学学位4.2万个、普惠性幼儿园学位1.1万个, 新增国家高新技术企业1150家、科技型中小企业4200家: 新增 before a
 *   list of things counted is each item's (seats and beds: 9 readers' labels of 12; firms and titles: 24 of 31 in
 *   batches 1–26, the others provincial 专精特新 titles), never a total's (…、总数达到116家), a title's
 *   (AWARDED_TITLE_RE) or an item's with a verb of its own;
 * - 新增市场主体2.6万户，其中企业1.4万户: the firms among new business entities are new firms (4 of 4); a named part keeps
 *   its own name (新增城镇就业…，其中高校毕业生就业…, 新设外资项目…，其中超亿美元项目: 4 of 4).
 */
export function newPart(label: string, whole: Indicator | undefined, text: string, q: Quantity): string {
  if (!whole || label.startsWith("新")) return label;
  const between = text.slice(whole.end, q.start);
  // (…、规模以上工业企业超过6200家: a bound word between the item and its count leaves it an item of the list.)
  const listed = LISTED_ITEM_RE.exec(between)?.[1] === label && COUNT_UNITS.has(q.unit) && COUNT_UNITS.has(whole.unit);
  if (whole.label.startsWith("新增") && listed && !/总数|总量|累计/.test(label) && !ACTION_LEAD_RE.test(label) && !AWARDED_TITLE_RE.test(label)) return `新增${label}`;
  const made = whole.unit === q.unit ? /^(新增|新设|新登记|新引进|新认定)/.exec(whole.label)?.[1] : undefined;
  if (made && /^(?:企业|个体工商户)$/.test(label) && between.includes(`其中${label}`)) return made + label;
  return partOfMeasure(label, whole, between, q) ?? label;
}

/**
 * 口岸过货量完成3080万吨，其中铁路口岸2610万吨、公路口岸470万吨: a part named only by where it comes from takes the whole's
 * measure (铁路口岸过货量, 公路口岸过货量: 2 labels of 2, batch 48's 满洲里), joined where the two names share two characters or
 * more; a part that names a measure of its own (其中出口, 其中工业投资) keeps it.
 */
function partOfMeasure(label: string, whole: Indicator, between: string, q: Quantity): string | null {
  if (whole.unit !== q.unit || (whole.type !== "level" && whole.type !== "count") || label.length < 2 || label.length > 6) return null;
  const lead = between.slice(0, between.length - label.length);
  if (!between.endsWith(label) || !/^(?:[，,]其中|、)$/.test(lead) || whole.label.includes(label) || lookupMetric(label).known) return null;
  // (Only a measure the lexicon knows, named as an amount (…量, …额, …值): 铁路营业里程…，其中高速铁路 stays 高速铁路.)
  if (!/(?:量|额|值)$/.test(whole.label) || (whole.metric.startsWith("x-") && !/过货量$/.test(whole.label))) return null;
  for (let k = 0; k <= label.length - 2; k++) {
    const shared = label.slice(k);
    const at = whole.label.indexOf(shared);
    if (at !== -1 && at + shared.length < whole.label.length) return label + whole.label.slice(at + shared.length);
  }
  return null;
}

/** 集体经济收入10万元以上的嘎查村占比达到60%: the things counted are those over the threshold just named, and so named
 * (every reader of the 11 such shares). */
export function byThreshold(label: string, threshold: Indicator | undefined, text: string, q: Quantity): string {
  if (!threshold || threshold.type !== "level") return label;
  const between = text.slice(threshold.end, q.start);
  // 新增经济总量超500亿元的县（市、区）12个, 经济总量超过3000亿元的市（州）有7个: the places counted are those over the
  // threshold, named with it (5 labels of 5).
  const over = /(超过|超)$/.exec(text.slice(Math.max(0, threshold.start - 2), threshold.start))?.[1];
  const overName = over ? text.slice(threshold.start - over.length - threshold.label.length, threshold.start - over.length) === threshold.label : false;
  const counted = overName ? /^的([\u4e00-\u9fa5（）()、]{1,12}?)(?:有|达到?|共)?$/.exec(between)?.[1] : undefined;
  if (counted && counted.startsWith(label.slice(0, 1))) return `${threshold.label}${over}${threshold.text}的${counted}`;
  // (Only a threshold whose name is written just before it: 其中100万元以上的村 names no owner.)
  if (text.slice(threshold.start - threshold.label.length, threshold.start) !== threshold.label) return label;
  const bound = /^(以上|以下)的/.exec(between)?.[0];
  return bound && between.startsWith(bound + label) ? `${threshold.label}${threshold.text}${bound}${label}` : label;
}

/** 粮食产量14130亿斤，增产221.8亿斤: an amount of output gained (or lost) is named so, never the output itself (3 readers of 3). */
export function changeOf(named: string, text: string, q: Quantity): string {
  // …，增产74亿斤，增长0.5%: the rate after the gain is the output's.
  const gained = RELATIVE_UNITS.has(q.unit) ? /^(.+)(?:增产|减产)$/.exec(named) : null;
  if (gained) return `${gained[1]}产量`;
  // (比上一年增产四十万吨 is the output's increase over a base, named by the output: batch 2's readers.)
  const change = /[，,、](增产|减产)(?:了)?$/.exec(text.slice(Math.max(0, q.start - 4), q.start))?.[1];
  const output = change && !RELATIVE_UNITS.has(q.unit) ? /^(.+?)(?:总产量|产量)$/.exec(named) : null;
  return output ? output[1] + change : named;
}

/** 株洲外贸进出口 → 株洲 and 外贸进出口: a label that opens on a place's name, split; null when it does not. */
export function placeAndMetric(label: string): { place: string; metric: string } | null {
  for (let n = 2; n <= 4 && n < label.length - 1; n++) {
    if (!isPlaceName(label.slice(0, n))) continue;
    // 呼和浩特市地区生产总值: the unit word after a name written without it is the name's (not 特市…'s start).
    const whole = /[市省区县州盟旗]/.test(label[n]) && n + 1 < label.length - 1 && isPlaceName(label.slice(0, n + 1)) ? n + 1 : n;
    return { place: label.slice(0, whole), metric: label.slice(whole) };
  }
  return null;
}
