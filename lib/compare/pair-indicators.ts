import { getMetric, METRIC_LEXICON, normalizeLabel } from "@/lib/analysis/lookup-metric";
import { scaleFactor } from "@/lib/analysis/scales";
import { TONNES_PER_UNIT } from "@/lib/analysis/units";
import { arabicYears } from "@/lib/text/chinese-numerals";
import { areRelatedMetrics } from "@/lib/analysis/related-metrics";
import { canonicalMetric, NAMELESS } from "./metric-key";
import type { Indicator, IndicatorType } from "@/lib/analysis/types";
import { displayIndicator, formatNumber, isPercent, round } from "./format";
import { judgeChange, judgeGoal, type Verdict } from "./indicator-status";
import type { CompareSentence, IndicatorPair, IndicatorSide, KindChoice } from "./types";

import type { PairMode } from "./comparison-kind";
import { indicatorId, uniqueIds } from "./anchor-ids";
import { headingFigureReading, planFigureReading, reviewFigureReading, spanWord, SPAN_WORDS, type PeriodReading, type PlanPeriod } from "./period-figures";
import { periodHeading } from "./heading-period";
import { overYearsInContext } from "./span-context";
import { nearInContext, nearNames, oneRunAdded, oneWordSwapped, wordsAdded } from "./near-names";

/** goal-vs-achievement: did they do it? achievement-vs-goal: how did ambition change? same-kind: what differs?
 * no-verdict: a target set against a result of another year (after a swap): values and deltas, never a verdict. */
export type { PairMode };

export interface PairOptions {
  leftKinds: KindChoice;
  rightKinds: KindChoice;
  mode?: PairMode;
  /** Whether two metric keys are related but not identical; defaults to the lexicon's `related` links. */
  related?: (a: string, b: string) => boolean;
  /** Whether the reports are comparable commitments (same region, not news); default true. Weakened/strengthened
   * then needs targets on both sides too. */
  commitment?: boolean;
  /** A five-year plan against its review: pair only the period's figures (period-figures.ts), each with its like. */
  period?: PlanPeriod;
  /** Pairings corrected by hand (lib/corrections/pins.ts): pairs to make first, pairs never to make. */
  pins?: IndicatorPins;
  /** The year the left report plans: its targets dated later (到2025年…) are not yet due. */
  leftPlanYear?: number;
}

/** A figure of a side: its sentence and its offset in that sentence. */
export interface IndicatorPin {
  sentenceId: string;
  start: number;
}
export interface IndicatorPins {
  pair: [IndicatorPin, IndicatorPin][];
  unpair: [IndicatorPin, IndicatorPin][];
}

interface Match {
  r: Entry;
  related: boolean;
  /** Paired on near names (near-names.ts), not on one key. */
  nearName?: boolean;
}

interface Entry {
  indicator: Indicator;
  sentenceId: string;
  order: number;
  /** In a five-year comparison: over the years or at the period's end, and the span it is read as (a change named
   * by the period, “十一五”期间…降低20%, is a 累计). */
  period?: { reading: PeriodReading; span: string | null; heading?: string };
  /** A result of a multi-year review whose own sentence names no span (span-context.ts): read as a total (累计). */
  overYears?: boolean;
  /** In a year pair, a target set over several years (“十一五”期间…, 今后五年, 年均, 累计): what says so. One year's
   * results can neither meet nor miss it, and its absence from them does not drop it. */
  multiYear?: string;
  /** The sentence the figure stands in (near names read in context: near-names.ts). */
  sentence: string;
  /** A growth after prices (实际增长, 扣除价格因素…): a target set so is answered by the like result first. */
  real?: boolean;
}

/** 实际增长, 扣除价格因素后增长: in the figure's clause, before it. */
const REAL_GROWTH_RE = /实际|扣除价格因素/;
const isRealGrowth = (found: Indicator, text: string) =>
  found.type === "growth" && REAL_GROWTH_RE.test(text.slice(0, found.start).split(/[，,。；;：:]/).at(-1)!);

/** 新增规上工业企业60家 against 规上工业企业达到611家: a year's new ones against a stock reached, never near names. */
const newAgainstStock = (target: Indicator, result: Indicator) =>
  target.label.startsWith("新增") && !result.label.startsWith("新") && result.qualifiers.includes("达到");

/** Words that set a target over several years, in the figure's clause (span-context.ts has a review's: 五年来…). */
const PLAN_SPAN_RE = /[“"]?(?:十[一二三四五六七八九]?|[六七八九])五[”"]?(?:期间|时期|末|规划|计划)|今后[三四五两几]年|[三四五两]年内|本世纪末/;

/** 到2025年, 到2027年底, 一九五七年的…: a year a target is set for (not a comparison's base: 比2020年). */
const LATER_YEAR_RE = /(?<![比较同])到?((?:19|20)\d\d)年/g;

/** 二、“十三五”时期主要目标任务和重大举措, 今后五年的主要目标: a heading that sets the targets under it over a plan period. */
/** (二、“九五”奋斗目标和1997年的主要任务: the plans of the 1980s and 1990s are named 六五 to 九五, with or without 时期;
 * 二、“七五”期间的主要奋斗目标: batch 52's 无锡 1986.) */
// (二、“九五”计划和2010年远景目标: the plan and the long-range aims it sets, batch 107's 阜新 1996.)
const PERIOD_TARGETS_HEADING_RE = /([“"]?十[一二三四五六七八九]?五[”"]?(?:时期|期间)|[“"](?:十[一二三四五六七八九]?|[六七八九])五[”"](?:时期|期间|计划)?|(?:今后|未来)五年)(?:[^，,。]{0,6}|[^，,。]{0,12}远景)(?:目标|任务)/;

/** What makes a target multi-year: a span qualifier, span words in its clause (up to the figure), or a heading above it
 * that sets a plan period's targets. */
function multiYearOf(found: Indicator, text: string, headings: readonly string[] = [], planYear?: number): string | undefined {
  // (“十三五”时期…到2020年，地区生产总值年均增长7%左右: the plan period the clause names comes before the span word, so that a
  // 年均 target of the coming five years is never judged by the past five years' 年均 result, batch 99's 乌海.)
  return periodOf(found, text, headings, planYear) ?? spanWord(found) ?? undefined;
}

function periodOf(found: Indicator, text: string, headings: readonly string[], planYear?: number): string | undefined {
  const clause = text.slice(Math.max(text.lastIndexOf("。", found.start - 1), text.lastIndexOf("；", found.start - 1), 0), found.start);
  const inClause = PLAN_SPAN_RE.exec(clause)?.[0].replace(/[“”"]/g, "");
  if (inClause) return inClause;
  // 今后五年的奋斗目标是：…；人口自然增长率控制在千分之九以内: a lead that sets the period for every clause after its colon
  // (batch 107's 阜新 1996).
  const lead = SPAN_LEAD_RE.exec(text.slice(0, found.start))?.[1].replace(/[“”"]/g, "");
  if (lead) return lead;
  // 完成植树造林8万亩，到2025年新区森林覆盖率达到40% in 2024's plan: a target for a later year, not this year's.
  // (第一个五年计划规定我市一九五七年的工业总产值达到十三亿元 in 1956's: a later year in numerals, with no 到, as well.)
  const dated = planYear ? [...arabicYears(clause).matchAll(LATER_YEAR_RE)].find((m) => Number(m[1]) > planYear) : undefined;
  if (dated) return dated[0];
  for (const heading of headings) {
    const period = PERIOD_TARGETS_HEADING_RE.exec(heading);
    // 二、今后五年的奋斗目标和1998年的主要任务: a heading over the period and the year holds the year's targets too; only a
    // sentence that looks to the period's end (到2000年…) sets the period's.
    // (二、“十一五”时期的主要目标和二○○六年的工作: the year in numerals too, batch 95's 四平.)
    if (period && YEAR_TASKS_RE.test(arabicYears(heading)) && !PERIOD_END_RE.test(arabicYears(text))) return undefined;
    if (period) return period[1].replace(/[“”"]/g, "");
  }
  return undefined;
}

/** 今后五年的奋斗目标是：, “九五”期间的主要目标是： opening the sentence. */
const SPAN_LEAD_RE = new RegExp(`^[^：:。；;]{0,12}?(${PLAN_SPAN_RE.source}|未来五年)[^：:。；;]{0,12}[：:]`);
/** 1998年的主要任务, 今年的工作: the year's own tasks named beside the period's in one heading. */
const YEAR_TASKS_RE = /(?:(?:19|20)\d\d年|今年|明年)(?:的|度)?(?:主要)?(?:任务|工作|目标|安排)/;
/** 到2000年, 到本世纪末: a target set for the period's end. */
const PERIOD_END_RE = /到(?:(?:19|20)\d\d年|本世纪末)/;

export function pairModeOf(leftKinds: KindChoice, rightKinds: KindChoice): PairMode {
  if (leftKinds === "goal" && rightKinds === "achievement") return "goal-vs-achievement";
  if (leftKinds === "achievement" && rightKinds === "goal") return "achievement-vs-goal";
  return "same-kind";
}

const TYPE_GROUP: Record<IndicatorType, string> = {
  growth: "growth",
  level: "amount",
  count: "amount",
  share: "rate",
  rate: "rate",
  ratio: "ratio",
  multiple: "multiple",
};

/** 粮食产量124亿斤 is answered by 621.5万吨 (a province's target in 斤, its result in 吨): a weight is read in tonnes. */
const isWeight = (unit: string) => Object.hasOwn(TONNES_PER_UNIT, unit);

/** ‰ and % are one scale (8‰ = 0.8%): a per-mille target can be answered by a per-cent result, and the other way round;
 * so are the weights (斤, 公斤, 吨). */
const unitKey = (unit: string) => (isPercent(unit) || unit === PER_MILLE ? "%" : isWeight(unit) ? "吨" : PEOPLE_COUNTERS.has(unit) ? "人" : (SAME_UNITS[unit] ?? unit));
/** 外送电量力争达到600亿千瓦时 answered by 571亿度 (batch 49's 锡林郭勒): one unit under two names, one for one. */
// (集装箱吞吐量1600万标箱 answered by 1,652万TEU: the twenty-foot box in English, batch 104's 北仑.)
const SAME_UNITS: Readonly<Record<string, string>> = { 度: "千瓦时", 标箱: "标准箱", TEU: "标准箱" };
/** 新增规模以上工业企业100家 answered by 净增规模以上工业企业126户 (batch 59's 安庆): firms are counted in 家, 户 or 个 alike. */
const FIRM_COUNTERS = new Set(["家", "户", "个"]);
const countsFirms = (i: Indicator) => /企业|公司|工厂|商户/.test(i.label);
const unitsAgree = (a: Indicator, b: Indicator) =>
  unitKey(a.unit) === unitKey(b.unit) || (FIRM_COUNTERS.has(a.unit) && FIRM_COUNTERS.has(b.unit) && countsFirms(a) && countsFirms(b));
/** 新引进大学生6万人 answered by 6.3万名 (batch 35's 湖州): 人, 名 and 位 count the same people. */
const PEOPLE_COUNTERS = new Set(["人", "名", "位"]);
const PER_MILLE = "‰";

/**
 * 人口自然增长率降到千分之十 against 下降到1.17％: a metric named as a rate (…率) is that rate in every figure given in
 * per cent, whether its verb made it a growth (下降到) or its written form a share (千分之十). Other metrics keep their type.
 */
const namesRate = (i: Indicator) => /率$/.test(getMetric(i.metric)?.name ?? i.label);
function sameTypeGroup(a: Indicator, b: Indicator): boolean {
  if (Boolean(a.increment) !== Boolean(b.increment)) return false;
  if (TYPE_GROUP[a.type] === TYPE_GROUP[b.type]) return true;
  const percentGroups = new Set(["growth", "rate"]);
  return a.metric === b.metric && unitKey(a.unit) === "%" && percentGroups.has(TYPE_GROUP[a.type]) && percentGroups.has(TYPE_GROUP[b.type]) && namesRate(a) && namesRate(b);
}

const readFigure = (i: Indicator) =>
  isPercent(i.unit) ? `${formatNumber(i.value)}%` : `${formatNumber(i.value / scaleFactor(i.scale ?? null))}${i.scale ?? ""}${i.unit}`;

/** What onOneScale changed, said in the reason: （‰ 换算为 %：8‰ = 0.8%）, （斤 换算为 吨：124亿斤 = 620万吨）. */
function conversionNote(written: Indicator[], read: Indicator[]): string {
  const changed = written.map((w, k) => [w, read[k]] as const).filter(([w, r]) => w !== r);
  if (!changed.length) return "";
  const units = [...new Set(changed.map(([w]) => w.unit))].join("、");
  return `（${units} 换算为 ${changed[0][1].unit}：${changed.map(([w, r]) => `${w.text} = ${readFigure(r)}`).join("，")}）`;
}

/** A per-mille figure set against a per-cent one is read on the per-cent scale (8‰ → 0.8%), a weight in 斤 or 公斤
 * against one in 吨 in tonnes; the written texts are kept. */
export function onOneScale(a: Indicator, b: Indicator): [Indicator, Indicator] {
  if (a.unit !== b.unit && isWeight(a.unit) && isWeight(b.unit)) {
    const toTonnes = (i: Indicator): Indicator => {
      const f = TONNES_PER_UNIT[i.unit];
      if (f === 1) return i;
      const value = round(i.value * f);
      return { ...i, value, ...(i.upper != null ? { upper: round(i.upper * f) } : {}), unit: "吨", scale: Math.abs(value) >= 1e8 ? "亿" : Math.abs(value) >= 1e4 ? "万" : null };
    };
    return [toTonnes(a), toTonnes(b)];
  }
  if ((a.unit === PER_MILLE) === (b.unit === PER_MILLE) || unitKey(a.unit) !== unitKey(b.unit)) return [a, b];
  const toPercent = (i: Indicator): Indicator =>
    i.unit !== PER_MILLE ? i : { ...i, value: round(i.value / 10), ...(i.upper != null ? { upper: round(i.upper / 10) } : {}), unit: "%" };
  return [toPercent(a), toPercent(b)];
}

/** The same weight given twice, in two units (130万吨 and 26亿斤), within 1 %. */
function sameWeightInTwoUnits(a: Indicator, b: Indicator): boolean {
  if (a.metric !== b.metric || a.unit === b.unit || !isWeight(a.unit) || !isWeight(b.unit)) return false;
  const [x, y] = onOneScale(a, b);
  return Math.abs(x.value - y.value) <= Math.abs(x.value) * 0.01;
}

function compatible(l: Entry, r: Entry, mode: PairMode): boolean {
  const [a, b] = [l.indicator, r.indicator];
  if (!unitsAgree(a, b) || !sameTypeGroup(a, b)) return false;
  // Five-year plans: a figure over the years answers its like (年均 with 年均, 累计 with 累计), a level with a level.
  if (l.period && r.period) return l.period.reading === r.period.reading && l.period.span === r.period.span && b.phase !== "before";
  // 由上升0.2%转为下降1.2%: the figure a change started from is the year before, never the result of the target year.
  if (mode === "goal-vs-achievement" && b.phase === "before") return false;
  // An average over years (年均) or a total over years (累计) does not answer one year's target, and the other way round;
  // nor does a total that a heading or the paragraph's opening spans over the years (解决2.15亿农村人口… under 十一五的回顾).
  if (mode !== "same-kind" && SPAN_WORDS.some((w) => spans(l, w) !== spans(r, w))) return false;
  // 西咸新区固定资产投资600亿元 against the province's 全社会固定资产投资15935.1亿元: no amount grows or shrinks fivefold
  // between a year's target and its result (none of the 1,226 labelled pairs of amounts does, weights read in tonnes), so
  // two such figures are of different things, whatever their names say.
  if (judgesTargets(mode) && fivefoldApart(a, b)) return false;
  // With mixed kinds on a side, a 2020 target must not answer a 2019 result.
  return mode !== "same-kind" || (a.modality === "target") === (b.modality === "target");
}

const FAR_APART = 5;
function fivefoldApart(a: Indicator, b: Indicator): boolean {
  if (TYPE_GROUP[a.type] !== "amount" || TYPE_GROUP[b.type] !== "amount" || isPercent(a.unit) || a.unit === "个百分点") return false;
  const [x, y] = onOneScale(a, b);
  return x.value > 0 && y.value > 0 && (y.value > x.value * FAR_APART || x.value > y.value * FAR_APART);
}

const spans = (e: Entry, word: (typeof SPAN_WORDS)[number]) =>
  e.indicator.qualifiers.includes(word) || (word === "累计" && e.overYears === true);

const judgesTargets = (mode: PairMode) => mode === "goal-vs-achievement" || mode === "no-verdict";

/** Two targets are the same when metric, type, value, unit and upper bound are equal: this key, null for a NaN (equal to nothing). */
const targetKey = (a: Indicator): string | null =>
  Number.isNaN(a.value) || Number.isNaN(a.upper) ? null : [a.metric, a.type, a.value, a.unit, a.upper ?? null].join("\u0000");

/** Metrics about the report itself (how many parts its work has): never a commitment, never a result. */
const isAgeLimit = (i: Indicator) => (i.unit === "岁" || i.unit === "周岁") && i.label.endsWith("年龄");
const NOT_PAIRED: ReadonlySet<string> = new Set(METRIC_LEXICON.filter((m) => m.notPaired).map((m) => m.key));

function entriesOf(sentences: CompareSentence[], mode: PairMode, side: "left" | "right", period?: PlanPeriod, planYear?: number): Entry[] {
  const entries: Entry[] = [];
  const deferred: Entry[] = [];
  // A result a headline or a table's row states is said again in the body, where its sentence gives the context: a
  // target takes the body's figure first, then the table's, and the headline's only when neither has one.
  const ordered = side === "right" ? [...sentences].sort((a, b) => resultRank(a) - resultRank(b)) : sentences;
  for (const s of ordered)
    for (const found of s.indicators) {
      // 赤字比上年增加1500亿元 restates the deficit's level as a change: it is not a commitment of its own to keep or drop.
      // A target that is only a change (农民人均纯收入增加250元, 基础养老金最低标准提高20元) is one, answered by a result's change
      // (比上年增加272元): a result's change is kept for it, and the two pair only with each other (sameTypeGroup).
      if (mode === "goal-vs-achievement" && found.increment && side === "left" && !changeStandsAlone(found, s.text, s.indicators)) continue;
      // 杭州市地区生产总值增长6.8% in a district's news: another place's figure is never set against this region's.
      if (found.place) continue;
      // A five-year plan's goal sentence under a heading that dates it to the plan (“十二五”时期的主要目标) states the
      // plan's targets, whatever mood the analysis read in it (今后五年…预期目标是…年均增长7%); the base of a change
      // (从47.5％提高到…) stays out (headingFigureReading).
      const heading = period && side === "left" ? periodHeading(s.headings, period) : null;
      const target = found.modality === "target" || (heading !== null && found.phase !== "before");
      // Last year's figures quoted in the plan are not targets, and a target quoted in the review is not a result.
      if (judgesTargets(mode) && (side === "left") !== target) continue;
      // (Nor is last year's target beside this year's in a plan's table: table-rows.ts reads it as the figure before.)
      if (mode === "goal-vs-achievement" && side === "left" && !period && found.phase === "before") continue;
      const own = period ? ownReading(found, s.text, side, period) : null;
      const fromHeading = !own && heading !== null ? headingFigureReading(found, s.text, period!) : null;
      const reading = own ?? fromHeading;
      if (period && !reading) continue; // one year's figure: not the period's
      const indicator = { ...found, metric: canonicalMetric(found) };
      if (indicator.metric === NAMELESS || NOT_PAIRED.has(indicator.metric)) continue;
      // 65周岁以上老年人: an age limit (age-limits.ts) bounds who is counted; it is no commitment and no result.
      if (isAgeLimit(indicator)) continue;
      const span = reading === "over-years" ? (spanWord(found) ?? "累计") : null;
      const periodOf = reading ? { period: { reading, span, ...(fromHeading ? { heading: heading! } : {}) } } : {};
      // One year's results (a year pair): a figure of a multi-year review that its sentence does not date.
      const overYears = !period && side === "right" && mode !== "same-kind" && s.span !== undefined && overYearsInContext(found, s.text);
      const multiYear = !period && side === "left" && mode === "goal-vs-achievement" ? multiYearOf(found, s.text, s.headings, planYear) : undefined;
      const real = isRealGrowth(found, s.text);
      const entry: Entry = { indicator, sentenceId: s.id, sentence: s.text, order: 0, ...periodOf, ...(overYears ? { overYears } : {}), ...(multiYear ? { multiYear } : {}), ...(real ? { real } : {}) };
      (side === "right" && (NATURAL_BASIS_RE.test(s.text.slice(Math.max(0, found.start - 16), found.start)) || thresholdBeforeExact(found, s.indicators)) ? deferred : entries).push(entry);
    }
  // 自然口径下降3.3%，…同口径增长5.3%: targets are set like for like, so a figure on the unadjusted basis answers one
  // only when no other does (every reader of 26 pairs takes the 同口径 figure).
  return [...entries, ...deferred].map((e, order) => ({ ...e, order }));
}

/**
 * A sum of money a named level is to grow by (农民人均纯收入增加250元, 基础养老金最低标准提高20元), with no level of the same
 * metric beside it: the change is what is set. Not a sum added to a fund (增加中央预算内…投资100亿元), one set against last
 * year's (比去年预算赤字减少650亿元: the level is set elsewhere), nor a change in 个百分点.
 */
function changeStandsAlone(change: Indicator, text: string, all: readonly Indicator[]): boolean {
  if (change.unit !== "元" || /^(?:增加|新增|提高|减少)/.test(change.label)) return false;
  const clause = text.slice(0, change.start).split(/[，,。；;：:]/).at(-1) ?? "";
  if (!/[\u4e00-\u9fa5](?:增加|提高|增长)了?(?:近|约|超过)?$/.test(clause) || /(?:比|较)/.test(clause)) return false;
  return !all.some((o) => o !== change && !o.increment && o.metric === change.metric && TYPE_GROUP[o.type] === TYPE_GROUP[change.type]);
}

/** How a figure's own sentence ties it to the period (period-figures.ts); a plan's figure must be a target to be read so. */
function ownReading(found: Indicator, text: string, side: "left" | "right", period: PlanPeriod): PeriodReading | null {
  if (side === "right") return reviewFigureReading(found, text, period);
  return found.modality === "target" ? planFigureReading(found, text, period) : null;
}

/** 自然口径下降3.3%, 按自然口径计算增长1.2%: a figure on the unadjusted basis (the clause before it says so). */
const NATURAL_BASIS_RE = /自然口径[^，,。；;]{0,8}$/;

/** 首次突破9000亿元，达到9218.4亿元: a threshold crossed, then the figure itself in the same sentence; the figure answers. */
const thresholdBeforeExact = (found: Indicator, all: readonly Indicator[]) =>
  crossed(found) && all.some((o) => o !== found && o.start > found.start && o.metric === found.metric && o.type === found.type && o.unit === found.unit && !crossed(o));
const crossed = (i: Indicator) => i.qualifiers.some((w) => w === "突破" || w === "超过");

/** Where a result is best read: the body's prose (0), a table's row or a sentence in no part of a text with parts (1), a
 * news headline (2); a stable sort keeps reading order within each. */
const resultRank = (s: CompareSentence) => (s.headline ? 2 : s.tableRow || s.unplaced ? 1 : 0);

let lexiconRelated: Map<string, string[]> | undefined;

/** The keys areRelatedMetrics relates to a key (the lexicon's `related` links, either way), from an index built once. */
function lexiconRelatedKeys(metric: string): readonly string[] {
  if (!lexiconRelated) {
    const links = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      if (a === b) return;
      if (!links.has(a)) links.set(a, new Set());
      links.get(a)!.add(b);
    };
    const seen = new Set<string>();
    for (const m of METRIC_LEXICON) {
      if (seen.has(m.key)) continue; // getMetric answers with the first entry of a key
      seen.add(m.key);
      for (const r of m.related ?? []) {
        link(m.key, r);
        link(r, m.key);
      }
    }
    lexiconRelated = new Map([...links].map(([k, set]) => [k, [...set]]));
  }
  return lexiconRelated.get(metric) ?? [];
}

export function pairIndicators(left: CompareSentence[], right: CompareSentence[], options: PairOptions): IndicatorPair[] {
  const mode = options.mode ?? pairModeOf(options.leftKinds, options.rightKinds);
  const related = options.related ?? areRelatedMetrics;
  const lefts = entriesOf(left, mode, "left", options.period, options.leftPlanYear);
  const rights = entriesOf(right, mode, "right", options.period);
  const usedRight = new Set<number>();
  const matches = new Map<Entry, Match>();
  // Rights grouped by metric, each group in reading order: a pass looks only at the groups its metric can pair with
  // and takes the earliest free, compatible entry among them (what a scan of every right in order would find).
  const byMetric = new Map<string, Entry[]>();
  for (const r of rights) {
    const group = byMetric.get(r.indicator.metric);
    if (group) group.push(r);
    else byMetric.set(r.indicator.metric, [r]);
  }
  const metricGroups = [...byMetric];
  const relatedGroups = new Map<string, Entry[][]>();
  const groupsRelatedTo = (metric: string) => {
    let groups = relatedGroups.get(metric);
    if (!groups) {
      // The lexicon's links are read from an index; any other `related` is asked of every metric on the right.
      // Which groups, not their order, matters: a pass takes the earliest entry over all of them.
      groups =
        related === areRelatedMetrics
          ? lexiconRelatedKeys(metric).flatMap((m) => (byMetric.has(m) ? [byMetric.get(m)!] : []))
          : metricGroups.filter(([m]) => related(metric, m)).map(([, g]) => g);
      relatedGroups.set(metric, groups);
    }
    return groups;
  };
  const pinOf = (e: Entry) => `${e.sentenceId}@${e.indicator.start}`;
  const pinKey = (p: IndicatorPin) => `${p.sentenceId}@${p.start}`;
  const forbidden = new Set((options.pins?.unpair ?? []).map(([a, b]) => `${pinKey(a)}|${pinKey(b)}`));
  // Without unpair pins (nearly always) no pair key is built for each candidate the passes look at.
  const isForbidden = (l: Entry, r: Entry) => forbidden.size > 0 && forbidden.has(`${pinOf(l)}|${pinOf(r)}`);
  const unpaired = new Set((options.pins?.unpair ?? []).flatMap(([a, b]) => [`L${pinKey(a)}`, `R${pinKey(b)}`]));
  const pinned = new Set<Entry>();
  for (const [a, b] of options.pins?.pair ?? []) {
    const l = lefts.find((e) => pinOf(e) === pinKey(a));
    const r = rights.find((e) => pinOf(e) === pinKey(b));
    if (!l || !r || matches.has(l) || usedRight.has(r.order)) continue;
    usedRight.add(r.order);
    matches.set(l, { r, related: l.indicator.metric !== r.indicator.metric });
    pinned.add(l);
  }
  // A group's entries before its first free one are all taken (a taken right is never freed): scans start there.
  const firstFree = new Map<Entry[], number>();
  const freeFrom = (group: Entry[]) => {
    let k = firstFree.get(group) ?? 0;
    while (k < group.length && usedRight.has(group[k].order)) k++;
    firstFree.set(group, k);
    return k;
  };
  // A year's own targets choose their results before a plan period's (城镇新增就业5000万人 over 十三五 never takes the
  // 1314万人 that answers this year's 1000万人).
  const matchOrder = [...lefts.filter((l) => !l.multiYear), ...lefts.filter((l) => l.multiYear)];
  // A plan that states a target twice (a summary before the 主要预期目标 paragraph, then the paragraph) makes one
  // commitment: the second statement takes the first's result (the restatement step below), never a second result.
  const pairedTargets = new Map<string, Entry>();
  const restatesPaired = (l: Entry) => {
    const key = mode === "goal-vs-achievement" ? targetKey(l.indicator) : null;
    const first = key === null ? undefined : pairedTargets.get(key);
    return first !== undefined && first.multiYear === l.multiYear;
  };
  const take = (groupsOf: (l: Entry) => Entry[][], accept: (l: Entry, r: Entry) => boolean, isRelated: boolean, nearName = false) => {
    for (const l of matchOrder) {
      if (matches.has(l) || restatesPaired(l)) continue;
      let r: Entry | undefined;
      for (const group of groupsOf(l)) {
        // The earliest free, compatible entry, if earlier than what another group gave (a group is in reading order).
        for (let k = freeFrom(group); k < group.length; k++) {
          const c = group[k];
          if (r && c.order >= r.order) break;
          if (usedRight.has(c.order) || isForbidden(l, c) || !compatible(l, c, mode) || !accept(l, c)) continue;
          r = c;
          break;
        }
      }
      if (!r) continue;
      usedRight.add(r.order);
      matches.set(l, nearName ? { r, related: false, nearName: true } : { r, related: isRelated });
      const key = targetKey(l.indicator);
      if (key !== null && !pairedTargets.has(key)) pairedTargets.set(key, l);
    }
  };
  // A lexicon metric is looked up by the name it was written with (新增规上工业企业, set as new-above-scale-industrial-firms,
  // answered by 规上工业企业新增452家, read 规上工业企业 with 新增 as its verb), and so is a lexicon result by a name the
  // lexicon lacks (财政收入增长12% answered by 财政总收入…增长18.0%). Two lexicon metrics are never near: the lexicon
  // knows them apart.
  const lexiconByName = new Map<string, Entry[]>();
  for (const r of rights) {
    if (r.indicator.metric.startsWith("x-")) continue;
    const name = normalizeLabel(r.indicator.label);
    const group = lexiconByName.get(name);
    if (group) group.push(r);
    else lexiconByName.set(name, [r]);
  }
  const nearGroups = new Map<string, Entry[][]>();
  const nearNameGroups = (l: Entry) => {
    const unknown = l.indicator.metric.startsWith("x-");
    const name = unknown ? l.indicator.metric.slice(2) : normalizeLabel(l.indicator.label);
    const key = `${unknown ? "x" : "k"}|${name}`;
    let groups = nearGroups.get(key);
    if (!groups) {
      groups = metricGroups.filter(([m]) => m.startsWith("x-") && nearNames(name, m.slice(2))).map(([, g]) => g);
      if (unknown) for (const [written, group] of lexiconByName) if (nearNames(name, written)) groups.push(group);
      nearGroups.set(key, groups);
    }
    return groups;
  };
  // 新组建股份制合作社 answered by 新组建生态畜牧业股份制合作社, the target's sentence naming 生态畜牧业 elsewhere: a fuller name
  // whose added words the shorter one's sentence says (near-names.ts), tried after every other near name.
  const unknownName = (e: Entry) => (e.indicator.metric.startsWith("x-") ? e.indicator.metric.slice(2) : null);
  const contextNear = new Map<string, Entry[][]>();
  const contextGroups = (l: Entry) => {
    const name = unknownName(l);
    if (name === null) return [];
    let groups = contextNear.get(name);
    if (!groups) {
      groups = metricGroups.filter(([m]) => m.startsWith("x-") && wordsAdded(name, m.slice(2)) !== null).map(([, g]) => g);
      contextNear.set(name, groups);
    }
    return groups;
  };
  const namedInContext = (l: Entry, r: Entry) => nearInContext(unknownName(l)!, l.sentence, unknownName(r)!, r.sentence);
  // 新建5G基站 answered by 新建5G宏基站, 新开通国际航线 by 新开通境外航线: one name the other with words added or one word swapped,
  // when the plan has no other name so related to the result's and the results no other to the target's (near-names.ts's
  // oneRunAdded and oneWordSwapped), tried last of all, words added first.
  const leftUnknown = [...new Set(lefts.map(unknownName).filter((n): n is string => n !== null))];
  const soleNear = new Map<string, Entry[][]>();
  const soleNearGroups = (near: (a: string, b: string) => boolean) => (l: Entry) => {
    const name = unknownName(l);
    if (name === null) return [];
    const key = `${near.name}|${name}`;
    let groups = soleNear.get(key);
    if (!groups) {
      const candidates = metricGroups.filter(([m]) => m.startsWith("x-") && near(name, m.slice(2)));
      const sole = candidates.length === 1 && leftUnknown.filter((n) => near(n, candidates[0][0].slice(2))).length === 1;
      groups = sole ? [candidates[0][1]] : [];
      soleNear.set(key, groups);
    }
    return groups;
  };
  // (The keys drop the list's 、, which the labels keep: 淘汰落后炼铁产能 is not 淘汰落后炼铁、焦炭产能, batch 35's 山西.)
  const listedApart = (a: string, b: string) => a.includes("、") !== b.includes("、");
  const sameMetricGroup = (l: Entry) => [byMetric.get(l.indicator.metric) ?? []];
  // Agreeing figures first, so a repeated metric pairs with its equal before an unequal one.
  if (mode !== "goal-vs-achievement") take(sameMetricGroup, (l, r) => l.indicator.value === r.indicator.value, false);
  // 城镇居民人均可支配收入…分别实际增长6%: answered by …增长11.2%，扣除价格因素实际增长5.6%, the real growth (readers of
  // every such pair), before the nominal one the sentence gives first.
  take(sameMetricGroup, (l, r) => !l.real || r.real === true, false);
  take(sameMetricGroup, () => true, false);
  take((l) => groupsRelatedTo(l.indicator.metric), () => true, true);
  // 中央财政扶贫资金 answered by 中央财政专项扶贫资金投入: names the lexicon does not know, one a fuller wording of the
  // other (near-names.ts), pair last, and the reason says so.
  take(nearNameGroups, (l, r) => !newAgainstStock(l.indicator, r.indicator), false, true);
  take(contextGroups, (l, r) => namedInContext(l, r) && !newAgainstStock(l.indicator, r.indicator), false, true);
  for (const near of [oneRunAdded, oneWordSwapped]) {
    take(soleNearGroups(near), (l, r) => !newAgainstStock(l.indicator, r.indicator) && !listedApart(l.indicator.label, r.indicator.label), false, true);
  }
  // 经济增长预期目标定为7.5%左右 restates 国内生产总值增长7.5%左右: the same target answered by the same result.
  // Each unpaired target takes the pairing of the first paired one it restates, in reading order (a target paired
  // here carries that same pairing, so the first of its kind paired before this step answers for all).
  if (mode === "goal-vs-achievement") {
    const firstPaired = new Map<string, Match>();
    for (const l of lefts) {
      const match = matches.get(l);
      const key = targetKey(l.indicator);
      if (match && key !== null && !firstPaired.has(key)) firstPaired.set(key, match);
    }
    for (const l of lefts) {
      if (matches.has(l)) continue;
      const key = targetKey(l.indicator);
      const twin = key === null ? undefined : firstPaired.get(key);
      if (twin) matches.set(l, twin);
    }
    // 确保粮食总产量稳定在500亿斤以上，力争达到540亿斤: a floor and a stretch of one figure in one sentence, both answered
    // by its one result (batch 40's 吉林).
    lefts.forEach((l, k) => {
      const floor = lefts[k - 1];
      const match = floor && !matches.has(l) ? matches.get(floor) : undefined;
      if (match && floor.sentenceId === l.sentenceId && floor.indicator.metric === l.indicator.metric && floor.indicator.type === l.indicator.type && l.indicator.qualifiers.includes("力争")) matches.set(l, match);
      // 粮食总产稳定在130万吨（26亿斤）以上: one target written in two units of weight, answered by its one result (batch
      // 72's 镇江, 1987).
      if (match && floor.sentenceId === l.sentenceId && sameWeightInTwoUnits(floor.indicator, l.indicator)) matches.set(l, match);
    });
  }

  const pairs: IndicatorPair[] = [];
  const unique = uniqueIds();
  // Stable ids (anchor-ids.ts): the metric, the type and the sentence of the left side (of the right for a right-only pair).
  const makeId: MakeId = (side, e) => unique(indicatorId(e.indicator.metric, e.indicator.type, side, e.sentenceId));
  for (const l of lefts) {
    const match = matches.get(l);
    const commitment = options.commitment ?? true;
    const corrected = pinned.has(l) ? "paired" : unpaired.has(`L${pinOf(l)}`) ? "unpaired" : undefined;
    if (!match) {
      pairs.push(withCorrected(build(makeId, l, null, leftAlone(l.indicator, mode, l.multiYear)), corrected));
      continue;
    }
    // Both sides on one scale (‰ against %): the verdict, the delta and the sides' values alike.
    const [lv, rv] = onOneScale(l.indicator, match.r.indicator);
    // A target over several years against a result over as many (年均 against 年均) is judged; against one year's, not.
    const notDue = l.multiYear !== undefined && !(SPAN_WORDS as readonly string[]).includes(l.multiYear);
    const verdict = notDue ? notYetDue(lv, rv, match.related, l.multiYear!) : judge(lv, rv, match.related, mode, commitment);
    if (match.nearName) verdict.reason += `（名称相近，视作同一指标：${l.indicator.label} ≈ ${match.r.indicator.label}）`;
    if (lv !== l.indicator || rv !== match.r.indicator) verdict.reason += conversionNote([l.indicator, match.r.indicator], [lv, rv]);
    pairs.push(withCorrected(build(makeId, { ...l, indicator: lv }, { ...match.r, indicator: rv }, verdict), corrected));
  }
  // Results no target took, in reading order (headlines, table rows and deferred figures were put last above).
  const sentenceNumber = (e: Entry) => Number(e.sentenceId.slice(2));
  const inReadingOrder = [...rights].sort((a, b) => sentenceNumber(a) - sentenceNumber(b) || a.order - b.order);
  for (const r of inReadingOrder) {
    // (A result's change is kept only to answer a target set as a change: unanswered, it restates its level, as before.)
    if (usedRight.has(r.order) || (mode === "goal-vs-achievement" && r.indicator.increment)) continue;
    const reason =
      judgesTargets(mode)
        ? `仅有实绩 ${displayIndicator(r.indicator)}，无对应目标 → 仅右侧`
        : `仅右侧 ${displayIndicator(r.indicator)}，左侧未提及 → 仅右侧`;
    pairs.push(withCorrected(build(makeId, null, r, { status: "right-only", delta: null, reason }), unpaired.has(`R${pinOf(r)}`) ? "unpaired" : undefined));
  }
  return pairs;
}

const withCorrected = (pair: IndicatorPair, corrected: IndicatorPair["corrected"]) => (corrected ? { ...pair, corrected } : pair);

function judge(l: Indicator, r: Indicator, related: boolean, mode: PairMode, commitment: boolean): Verdict {
  if (mode === "goal-vs-achievement") return judgeGoal(l, r, related);
  if (mode === "achievement-vs-goal") return judgeChange(l, r, related, ["实绩", "新目标"], "none");
  if (mode === "no-verdict") {
    const v = judgeChange(l, r, related, ["目标", "另一年实绩"], "none");
    return { ...v, reason: `${v.reason}（年份不对应，不判断完成）` };
  }
  // 以上 → 左右 is a weaker promise only between two targets of comparable reports; otherwise the words just differ.
  const promises = commitment && l.modality === "target" && r.modality === "target";
  return judgeChange(l, r, related, ["左", "右"], promises ? "commitment" : "neutral");
}

/** A multi-year target set against one year's result: the values and their difference, no verdict. */
function notYetDue(l: Indicator, r: Indicator, related: boolean, span: string): Verdict {
  const v = judgeChange(l, r, related, ["目标", "实绩"], "none");
  // (年均8.9% of the five years just past against the coming five years' 年均7%: another span, not the target's.)
  const why = spanWord(r) ? "实绩是另一段时期的，不判断完成" : "一年的实绩不判断完成";
  return { ...v, reason: `${v.reason}（多年目标：${span}，${why}）` };
}

function leftAlone(l: Indicator, mode: PairMode, multiYear?: string): Verdict {
  if (mode === "goal-vs-achievement" && multiYear)
    return { status: "left-only", delta: null, reason: `目标 ${displayIndicator(l)} 是多年目标（${multiYear}），一年的实绩未回应它 → 未到期，不判断 (not yet due)` };
  if (mode === "goal-vs-achievement")
    return { status: "dropped", delta: null, reason: `目标 ${displayIndicator(l)} 在实绩中未见报告 → 未报告 (dropped)` };
  return { status: "left-only", delta: null, reason: `仅左侧 ${displayIndicator(l)}，右侧未提及 → 仅左侧` };
}

function sideOf(e: Entry | null): IndicatorSide | null {
  if (!e) return null;
  const { value, upper, unit, qualifiers, text, scale } = e.indicator;
  return { value, ...(upper !== undefined ? { upper } : {}), unit, qualifiers, sentenceId: e.sentenceId, text, scale };
}

type MakeId = (side: "l" | "r", entry: Entry) => string;

function build(
  makeId: MakeId,
  l: Entry | null,
  r: Entry | null,
  verdict: Verdict,
): IndicatorPair {
  const main = (l ?? r)!.indicator;
  const period = (l ?? r)!.period?.reading;
  const periodHeading = l?.period?.heading;
  const deltaUnit = verdict.delta !== null && isPercent(main.unit) ? "个百分点" : main.unit;
  return {
    id: l ? makeId("l", l) : makeId("r", r!),
    metric: main.metric,
    label: getMetric(main.metric)?.name ?? main.label,
    status: verdict.status,
    delta: verdict.delta,
    unit: deltaUnit,
    reason: verdict.reason,
    left: sideOf(l),
    right: sideOf(r),
    ...(verdict.qualifierChange ? { qualifierChange: verdict.qualifierChange } : {}),
    ...(l && r && l.indicator.metric !== r.indicator.metric ? { related: true, rightMetric: r.indicator.metric } : {}),
    ...(period ? { period } : {}),
    ...(periodHeading ? { periodHeading } : {}),
  };
}
