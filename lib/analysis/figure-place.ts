// Whose figure is it? News articles and reports quote other places: a district's news piece gives the city's growth
// (杭州市地区生产总值增长6.8%), a city report quotes the province (全省), a national report a province. Such a figure
// is not this region's and must never be set against this region's target.
import { divisionByCode, divisionMentions, divisionsNamed, isPlaceName, type DivisionLevel } from "@/lib/text/divisions";
import { GENERIC_NAMES } from "@/lib/text/regions";
import { lookupMetric } from "./lookup-metric";
import type { Indicator } from "./types";

export interface ReportPlace {
  regionCode: string | null;
  /** A township's report (北滘镇, below its district 顺德区): 全镇 is its own, 全区 the district above it. */
  township?: string | null;
}

/** Words that name a township's own area, and the county-level unit above it (全区 in a 镇's report, batch 105's 北滘镇). */
const TOWNSHIP_OWN_RE = /^(?:全镇|我镇|本镇|该镇|全乡|我乡|本乡|该乡|全街道|本街道|该街道|全街|我街)/;
const ABOVE_TOWNSHIP_RE = /^(?:全区|我区|本区|全县|我县|本县|全市|我市|本市)/;


/** Words that name the report's own region whatever it is. */
// (全市新增普惠性托位1.5万个，我区新增600个: 我区 and 我县 turn a clause back to the region's own, batch 87's 青羊.)
const OWN_RE = /^(?:该区|该市|该县|本区|本市|本县|全区|全县|我区|我县)/;
/** Level words: 全市 in a district's text is the city, 全省 in a city's the province, 全国 anywhere below the nation. */
const LEVEL_WORDS: { re: RegExp; name: string; above: DivisionLevel[] }[] = [
  { re: /^(?:全国|我国)/, name: "全国", above: ["province", "city", "district"] },
  { re: /^(?:全省|我省)/, name: "全省", above: ["city", "district"] },
  { re: /^(?:全市|我市)/, name: "全市", above: ["district"] },
];
const RANK_RE = /排名|排位|位次|名次|位列|位居|(?<!民)居(?:全|第|首|前)|列第/;
/** What may come before the place at a clause's start: 其中, 全年, 据统计, 在, and a task's verb (推动滨海新区生产总值增长5%);
 * 首府, 省会 or 首都 before a capital's name. */
// (区政府工作报告提出全区地区生产总值增长6%左右 in a township's report: the report above it quoted, batch 105's 北滘镇.)
const CLAUSE_LEAD_RE = /^(?:其中|同时|同期|另外|此外|据统计|据了解|全年|去年|今年|推动|支持|促进|[省市区县](?:委|政府)?(?:政府)?工作报告(?:提出|明确|要求)|[在据]|从(?![业事]))?[，,、\s]*(?:首府|省会|首都)?/;
/** 、策勒县、民丰县3个县: more places, then how many units they are. */
// (The clause is read up to its figure, so the list may end the text: 和田县、策勒县、民丰县 before 3个县.)
const COUNTED_UNITS_AFTER_RE = /^(?:、[\u4e00-\u9fa5]{2,6}){1,}(?:等)?(?:$|(?:[\d０-９]+|[一二两三四五六七八九十]+)个(?:县市区|县市|县区|县|市|区|乡镇|镇|乡|旗))/;
/** The region names that are also common words, and the ones that only look like a unit (地区生产总值, 景区). */
const GENERIC = new Set([...GENERIC_NAMES, "地区", "园区", "景区", "社区", "小区", "辖区", "示范区"]);

/** The other place a clause opens on, "" when it names the report's own region, null when it names none. */
export function clausePlace(clause: string, report: ReportPlace): string | null {
  const own = divisionByCode(report.regionCode);
  if (!own) return null;
  const text = clause.replace(CLAUSE_LEAD_RE, "");
  if (report.township && TOWNSHIP_OWN_RE.test(text)) return "";
  const above = report.township ? ABOVE_TOWNSHIP_RE.exec(text) : null;
  if (above) return above[0].replace(/^[我本]/, "全");
  if (OWN_RE.test(text) || opensOnShortName(text, own.name)) return "";
  // 全省评估排名提高7位, 居全市第一: the place is where the region ranks, the figure is still the region's.
  if (RANK_RE.test(text)) return null;
  for (const word of LEVEL_WORDS) {
    // 全市 in a county-level city's report (昆山市, 义乌市) is the city itself, not the prefecture above it.
    if (word.re.test(text)) return word.above.includes(own.level) && !(word.name === "全市" && own.name.endsWith("市")) ? word.name : "";
  }
  // 杭州市西湖区…: the most specific of the names the clause opens on.
  let name: string | null = null;
  let end = 0;
  for (const m of divisionMentions(text.slice(0, 24))) {
    if (m.at !== end) break;
    name = m.name;
    end = m.at + m.name.length;
  }
  if (!name || GENERIC.has(name)) return null;
  // 和田县、策勒县、民丰县3个县经自治区批准退出贫困县序列: the region's own units counted; the figure is the region's, and so
  // are the clauses after it (batch 61's 和田).
  if (COUNTED_UNITS_AFTER_RE.test(text.slice(end))) return "";
  return divisionsNamed(name).some((u) => u.code === own.code) ? "" : name;
}

/** 上海增速比全国低0.6个百分点 in 上海市's text: the region's own name without its unit word. */
function opensOnShortName(text: string, name: string): boolean {
  const short = name.replace(/(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|区|县|州|旗|盟)$/, "");
  return short.length >= 2 && short !== name && text.startsWith(short) && !ZONE_AFTER_SHORT_NAME_RE.test(text.slice(short.length));
}
/** 兰州新区, 上海自贸试验区, 南通港: a zone or port named after the region is a place of its own. */
/** 台州湾新区: a bay named after the region, and the zone on it; 黄山风景区, a scenic area (batch 117's 黄山). */
const ZONE_AFTER_SHORT_NAME_RE = /^(?:新区|高新|经开|开发区|自贸|综合保税区|港|湾|大都市圈|都市圈|片区|市区|城区|风景区|景区|机场)/;

const CLAUSE_BREAK_RE = /[，,；;。：:！？]/;
/** 赫山区：, 沅江市： at a sentence's start: the place a paragraph of a county-by-county review is about. */
const PLACE_LEAD_RE = /^[\s\u3000]*([\u4e00-\u9fa5]{2,10})[：:]/;

/**
 * Marks each indicator of a sentence whose clause opens on another place with that place. A clause that names no
 * place keeps the place of the clause before it in the same sentence (杭州市实现生产总值1.6万亿元，增长6.8%).
 */
export function markPlaces(text: string, indicators: Indicator[], report: ReportPlace): Indicator[] {
  if (!indicators.length || !report.regionCode) return indicators;
  // 赫山区：实现地区生产总值178.6亿元…: a paragraph that opens on a place and a colon gives that place's figures.
  const lead = PLACE_LEAD_RE.exec(text);
  const leadPlace = lead ? clausePlace(lead[1], report) : null;
  let current: string | null = leadPlace || null;
  let clauseStart = -1;
  const own = ownNames(report);
  return indicators.map((found) => {
    const indicator = withoutOwnName(found, own);
    let start = indicator.start;
    while (start > 0 && !CLAUSE_BREAK_RE.test(text[start - 1])) start--;
    if (start !== clauseStart) {
      // 兰州新区要发挥主引擎作用，地区生产总值增长10%以上: the place the sentence opens on holds for its first figures.
      if (clauseStart === -1 && !leadPlace) current = openingPlace(text.slice(0, start), report);
      clauseStart = start;
      const place = clausePlace(text.slice(start, indicator.start), report);
      if (place !== null) current = place || null;
    }
    return current ? { ...indicator, place: current } : indicator;
  });
}

/** The other place a sentence opens on as the subject of its task (兰州新区要…, 高新区将…), before its first figure. */
function openingPlace(before: string, report: ReportPlace): string | null {
  const first = before.split(CLAUSE_BREAK_RE)[0];
  // (The place is looked up only where a task's modal follows something: this runs for every sentence with a figure.)
  if (first.length === before.length || !TASK_MODAL_RE.test(first)) return null;
  const place = clausePlace(first, report);
  const subject = first.replace(CLAUSE_LEAD_RE, "");
  return place && subject.startsWith(place) && TASK_MODAL_AT_START_RE.test(subject.slice(place.length)) ? place : null;
}
const TASK_MODAL_RE = /要|将|必须|须|应/;
const TASK_MODAL_AT_START_RE = /^(?:要|将|必须|须|应|还要)/;

/** The report's own region as a label may open on it: 滨江区 and 滨江 (a news article's subject). */
function ownNames(report: ReportPlace): string[] {
  const own = divisionByCode(report.regionCode);
  if (!own || own.level === "national") return [];
  const short = own.name.replace(/(?:区|市|县|自治县|新区)$/, "");
  return short.length >= 2 && short !== own.name && !GENERIC.has(short) ? [own.name, short] : [own.name];
}

/** 滨江数字经济核心产业增加值 in an article on 滨江区: the region is the figure's place, not part of what it measures, when
 * the rest is a metric the lexicon knows (厦门港, 临平购物节, 西湖龙井 are names of their own). */
function withoutOwnName(indicator: Indicator, names: string[]): Indicator {
  const name = names.find((n) => indicator.label.startsWith(n) && indicator.label.length >= n.length + 2);
  if (!name || ZONE_AFTER_SHORT_NAME_RE.test(indicator.label.slice(name.length))) return indicator;
  // 滨江预计地区生产总值: a cue word between the name and the metric goes with the name.
  const label = indicator.label.slice(name.length).replace(/^(?:的|预计|今年|全年|去年|还|也|又|将)+/, "");
  const metric = lookupMetric(label);
  if (metric.known) return { ...indicator, label, metric: metric.key };
  // 淳安新增规上工业企业23家: the region is the subject of what it added, not part of the thing counted.
  if (/^(?:新增|新认定|新引进|新培育|新建|新开工|引进)/.test(label)) return { ...indicator, label, metric: metric.key };
  // 上城区地区生产总值增速高于全市: the margin of a known metric's growth (see MARGIN_RE in extract-indicators.ts).
  const margin = /^(.{2,}?)(?:增速|增幅)(?:高于|快于|低于|慢于)/.exec(label);
  if (margin && lookupMetric(margin[1]).known) return { ...indicator, label, metric: lookupMetric(label).key };
  // 滨江民生支出占一般公共预算支出比重: the share of a known metric in a whole of its own (上城区经济总量占全市比重, the
  // region's share of a wider place, keeps the region's name).
  const part = /^(.{2,}?)占(.+)$/.exec(label);
  return part && lookupMetric(part[1]).known && !opensOnPlace(part[2]) ? { ...indicator, label, metric: lookupMetric(label).key } : indicator;
}

/** 全市, 全省, 全国, 杭州全市: a whole that is a place (the region's share of it), not an account of the region's own. */
function opensOnPlace(whole: string): boolean {
  if (/^(?:全市|全省|全国|全区)/.test(whole)) return true;
  return [2, 3].some((n) => !GENERIC.has(whole.slice(0, n)) && isPlaceName(whole.slice(0, n)));
}
