// The slots of one sentence's quantities: each number with its clause's words read (parsePrefix), and what its clause
// says about it before any name is given: dated before the plan year, an estimate, a target named as such, the plan's
// figure quoted beside a result, a fact inside a plan, the base of a comparison, a plan turned to in a deputy's words.
import type { Quantity } from "./find-quantities";
import { readYear } from "@/lib/text/chinese-numerals";
import { COUNT_UNITS } from "./units";
import { estimateScope, estimatedHere } from "./estimate-scope";
import { COMMITMENT_WORDS } from "./spread-qualifiers";
import { countedNoun, PLACE_KIND_RE } from "./label-context";
import { parsePrefix, type PrefixInfo } from "./parse-prefix";

/** An ideographic space parts a headline's phrases (去年主要预期目标较好完成　城镇新增就业1348万人) as a comma does. */
const SOFT_BREAKS = ",，:：—\u3000";

/** A soft break at `i`; a single dash between two names joins them (春熙路—太古里商圈, 成都—重庆), it ends no clause; nor does
 * one between two months (1—8月社会消费品零售总额: the months the figure is for, batch 95's 江汉). */
function isSoftBreak(text: string, i: number): boolean {
  if (!SOFT_BREAKS.includes(text[i])) return false;
  if (text[i] === "—" && /[0-9０-９]/.test(text[i - 1] ?? "") && /^[0-9０-９]{1,2}月/.test(text.slice(i + 1, i + 4))) return false;
  return !(text[i] === "—" && /[\u4e00-\u9fa5]/.test(text[i - 1] ?? "") && /[\u4e00-\u9fa5]/.test(text[i + 1] ?? ""));
}
const HARD_BREAKS = "。;；!！?？\n";

export interface Slot {
  q: Quantity;
  /** The noun right after a count (5个医共体 → 医共体), "" if none. */
  counted: string;
  info: PrefixInfo;
  hardBreakBefore: boolean;
  estimate: boolean;
  /** The year a change is measured against (比2002年增长…), null when none or the year before (比上年). */
  baseYear: number | null;
  /** The number's clause states a fact even inside a plan: 制定和颁布了12个, 全国有24万多户, 今年第一季度…增长12%. */
  fact: boolean;
  /** The year the number's own clause dates it to (一九八一年上升…, 从一九八○年的…), not a comparison base (比上年). */
  datedYear: number | null;
  /** The number is the base of a comparison (比1952年的5.8万人): the value before, not the one reported. */
  comparedFrom: boolean;
  /** 比原来设想的六百亿元多出54%, 原计划增长7%: the plan's figure quoted beside the result. */
  planned: boolean;
  /** 今年高校毕业生909万人: the size of the year's cohort, a forecast the plan works with, not a target. */
  cohort: boolean;
  /** 今年的增长目标定在5.5%左右: the figure is named as the target, whatever the sentence around it does. */
  namedTarget: boolean;
  /** 今年县里将再推广良种2万亩 in a deputy's words: in a comment, what this year will bring (see spokenPlanBefore). */
  spokenPlan: boolean;
  /** Where the number's clause starts: a last resort for a name (钢：从135万吨增加到…). */
  clauseStart: number;
}

/** `comment`: the sentence is read as other (a deputy's or a reporter's words), where a turn to this year's plan makes a
 * target (spokenPlanBefore). */
export function toSlots(text: string, quantities: Quantity[], comment: boolean): Slot[] {
  const slots: Slot[] = [];
  // 2012年，…国内生产总值增长7.8%: a year opening the sentence dates every figure in it; so does one written straight
  // before its subject (2023年大庆地区生产总值增长3.6%), or after a reporter's attribution (他介绍，2023年哈尔滨…).
  const opening = /^(?:[^，,。；;“”]{1,16}(?:介绍|表示|说|了解到|指出|透露|获悉)[，,：:])?((?:19|20)\d\d|[一二三四五六七八九〇○零]{4})\s?年(?:[，,]|(?=[\u4e00-\u9fa5]{2})(?![底末初以至到—－]))/.exec(text);
  // (报告指出，去年全市…；全社会固定资产投资增长23.8%: last year after the attribution dates the sentence too.)
  const sentenceYear = opening ? readYear(opening[1]) : /^(?:[^，,。；;“”]{1,16}(?:介绍|表示|说|了解到|指出|透露|获悉)[，,：:])?(?:去年|上年|过去一年)[，,]?/.test(text) ? PAST : null;
  // 2005年与2000年相比，国内生产总值增长57.3%: a comparison opening the sentence is the base of every change in it.
  const comparedWith = /^(?:((?:19|20)\d\d)\s?年)?[，,]?(?:与|同|和|比)((?:19|20)\d\d|[一二三四五六七八九〇○零]{4})\s?年(?:相比|比较)[，,]/.exec(text);
  const sentenceBase = comparedWith ? readYear(comparedWith[2]) : null;
  const comparedYear = comparedWith?.[1] ? Number(comparedWith[1]) : null;
  // One pass: where the last hard break (。；!?) before each position is.
  const lastHard = new Int32Array(text.length + 1);
  for (let i = 0, last = -1; i <= text.length; i++) {
    lastHard[i] = last;
    if (i < text.length && HARD_BREAKS.includes(text[i])) last = i;
  }
  // 预计全年实现地区生产总值1586亿元，增长8.6%；规模工业增加值增长10.2%；…: a sentence opening on 预计 estimates
  // every figure after it, across its semicolons, except in a clause that turns to the coming year.
  const estimated = estimateScope(text);
  let previousEnd = 0;
  for (let q of quantities) {
    let clauseStart = q.start;
    // (全县工农业总产值（按1990年不变价计算，下同）完成6.82亿元: a comma inside a bracketed note ends no clause.)
    let depth = 0;
    while (clauseStart > previousEnd && (depth > 0 || !isSoftBreak(text, clauseStart - 1)) && !HARD_BREAKS.includes(text[clauseStart - 1])) {
      const ch = text[clauseStart - 1];
      if (ch === "）" || ch === ")") depth++;
      else if ((ch === "（" || ch === "(") && depth > 0) depth--;
      clauseStart--;
    }
    const hardStart = Math.max(lastHard[q.start] + 1, q.start - 400);
    // 5个医共体, and 2235万城市居民 (a bare scale): the noun after the number is what is counted.
    const counted = COUNT_UNITS.has(q.unit) || (!q.unit && q.scale) ? countedNoun(text, q.tailEnd, q.unit || "bare") : "";
    // 6398万农村人口, 13亿城乡居民: a bare scale before people counts people.
    if (!q.unit && q.scale && PEOPLE_RE.test(counted)) q = { ...q, unit: "人" };
    else if (!q.unit && q.scale && HOUSEHOLDS_RE.test(counted)) q = { ...q, unit: "户" };
    // (…（按1990年不变价计算，下同）: how the figure is measured is no part of its name.)
    const prefix = text.slice(clauseStart, q.start).replace(MEASURE_NOTE_RE, "");
    const info = parsePrefix(prefix);
    // 今年的GDP增速目标下调了0.5个百分点: a move of the target, named as the target (five readers of five).
    const moved = TARGET_MOVED_RE.exec(prefix);
    if (moved && !info.label.endsWith("目标")) info.label += /增长$|增速$/.test(info.label) ? "目标" : moved[1];
    // 确保固定资产投资增长10%以上，其中工业投资增长15%以上: the part (其中) is held to the promise of its whole.
    const whole = slots.at(-1);
    if (whole && /^其中/.test(prefix) && lastHard[q.start] < whole.q.start) {
      for (const word of whole.info.qualifiers) if (COMMITMENT_WORDS.has(word) && !info.qualifiers.includes(word)) info.qualifiers.push(word);
    }
    slots.push({
      q,
      counted,
      info,
      hardBreakBefore: lastHard[q.start] >= previousEnd,
      // 262.5亿元（预计）: an estimate marked after its figure (an 一图读懂 card, batch 41's 威宁).
      estimate: estimatedHere(text.slice(hardStart, q.start), info.label) || /^[（(]预计[)）]/.test(text.slice(q.tailEnd, q.tailEnd + 4)) || (q.start > estimated.from && q.start < estimated.to && !/今年|明年|力争|确保|要|将/.test(text.slice(hardStart, q.start))),
      // 上年增长8%，今年要增长7%左右: a clause that names this year is not dated by the sentence's opening.
      datedYear: clauseYear(prefix) ?? (/今年|明年/.test(prefix) ? null : sentenceYear ?? comparedYear),
      baseYear: baseYearOf(prefix) ?? sentenceBase,
      fact: FACT_CLAUSE_RE.test(prefix) || PART_YEAR_RE.test(text.slice(hardStart, q.start)),
      comparedFrom: COMPARED_FROM_RE.test(prefix),
      cohort: COHORT_RE.test(prefix),
      namedTarget: moved !== null || NAMED_TARGET_RE.test(prefix) || THIS_YEAR_EXPECTED_RE.test(prefix),
      planned: PLANNED_RE.test(prefix) || COMMITTED_RE.test(prefix) || (/[未没]/.test(prefix.slice(-16)) && NOT_REACHED_RE.test(prefix)),
      spokenPlan: comment && spokenPlanBefore(text.slice(hardStart, q.start)),
      clauseStart,
    });
    // 74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%: a count whose noun runs on into the next figure's name, with no
    // break, counts that name's subject: the next name starts with it.
    // (284个行政村集体经济收入全部达到10万元以上: the places counted are the subject of the metric after them.)
    const runsOn =
      counted !== "" &&
      (COUNT_SUBJECT_RE.test(text.slice(q.tailEnd + counted.length, q.tailEnd + counted.length + 16)) || (PLACE_KIND_RE.test(counted) && /[\u4e00-\u9fa5]/.test(text[q.tailEnd + counted.length] ?? "") && !/[及和与并]/.test(text[q.tailEnd + counted.length])));
    previousEnd = Math.max(previousEnd, runsOn ? q.tailEnd : q.tailEnd + counted.length);
  }
  return slots;
}

/** 增长目标定在5.5%左右, 预期目标为6%: a target named as such just before its figure (not 高于目标, 完成目标的); and
 * 失业率目标由去年的5.5%以内调整为…, 增长目标比去年的6%…: the old target a change of target starts from (or is compared
 * with) is a target too. */
// (1.地区生产总值：年度目标增长7%左右，上半年…增长6.2%, 年度目标城镇新增就业1.2万人以上: the year's target quoted by a
// progress report before the progress, batch 123's 崇左 mid-year bulletin; not 完成年度目标的48.2%.)
const NAMED_TARGET_RE = /(?<!高于|低于|超过|完成|实现|比|较)(?:年度|全年)目标(?![^，,。；;：:\d]{0,10}的$)[^，,。；;：:\d]{0,10}$|把(?:今年|明年)的?[^，,。]{0,12}(?:定在|定为)$|(?<!高于|低于|超过|完成|实现|比|较)目标(?:值)?(?:(?:仍|依然|继续)?(?:定在|定为|拟定为?|确定为|设定为|设为|为|是)(?:不低于|不少于|不超过)?(?:增长|增速|下降)?|则?(?:由|从)(?:去年|上年)?的?[“"]?|(?:比|较)(?:去年|上年)的?)$/;
/** 记者：今年全市地区生产总值预期增长6%左右…: this year's expected figure, a target wherever a question or an article puts it. */
const THIS_YEAR_EXPECTED_RE = /(?:今年|明年)[^，,。；;：:]{0,16}预期(?:增长|增速|目标)?(?:为|是|达到)?$/;
/** 增长目标下调了, 增速目标提高了: the target itself moved (group 1 is its name's tail). */
const TARGET_MOVED_RE = /((?:增长|增速)?目标)(?:(?:比|较)(?:去年|上年))?(?:则|也)?(?:又|再)?(?:下调|上调|调低|调高|调减|提高|降低|放宽|收紧)了?$/;
/** （按1990年不变价计算，下同）, （含…）: a note on how a figure is measured, inside its name's clause. */
const MEASURE_NOTE_RE = /[（(](?:按|以|含|不含|包括|扣除)[^（）()]{2,30}[)）]/g;
/** 今年高校毕业生909万人, 今年高校毕业生预计达1158万人: the year's graduates, as forecast. */
const COHORT_RE = /(?:今年|明年|全年)(?:全国)?(?:普通)?(?:高校|高等学校)(?:应届)?毕业生(?:人数|规模)?(?:预计)?(?:将)?(?:达到?|有|超过|为)?$/;
/** 制定和颁布了…, 全国有…: a past event or what exists now, in the number's own clause. */
// (在现有145家国家高新技术企业的基础上, 在已建成5个…的基础上: what there is already, which the plan builds on.)
const FACT_CLAUSE_RE = /(?<![为除提出确定规定明确要求])了(?!解)|^(?:全国|全省|全市|全区|全县|我国|目前|现在)?(?:已经?)?有$|^在(?:现有|已有|原有|已经?(?:建成|建设|创建|培育|形成|累计))$/;
/** 原来设想的, 原计划增长, 年初预期, 一九八二年计划为: the plan's own figure, in a review or a result sentence. */
const PLANNED_RE = /(?:原来?|原先|原定|当初|年初)(?:设想|计划|预计|预算|安排|确定|规定|要求|提出|预期)(?:的|为|是)?[^，,。；;]{0,10}$|(?:^|年)计划(?:为|是)$|(?:原定|预定|既定)的?(?:近|约)?$/;
/** 港口货物吞吐量未能突破5亿吨, 社会消费品零售总额未能实现增长7%: the figure not reached is the target's. */
const NOT_REACHED_RE = /(?:未能|没能|尚未|没有|未)(?:实现|完成|达到|突破|超过)[^，,。；;]{0,8}$/;
/** 今年力争两成, 确保完成…: a commitment word in the clause makes its figure a target wherever the sentence stands (313 of
 * 313 labelled figures under 力争, 争取 or 确保 are targets); 确保了 tells what was secured, and 争取专项债券资金46.8亿元
 * in a review the funds obtained (3 of 3 results). So does a plan for this year in a quote (今年计划再增长30%以上:
 * 13 of 13 targets). */
const COMMITTED_RE = /(?:力争|确保|争取(?![^，,。；;]{0,10}(?:资金|债|援助|补助|支持|上级|中央|省级)))(?!了)[^，,。；;了]{0,16}$|(?:剑指|冲刺)$|(?:今年|明年)[^，,。；;]{0,6}(?:计划|打算|准备)[^，,。；;了]{0,16}$/;
/** 今年县里将…, 今年还要…, 企业今年计划…, 报告提出今年…: a comment turning to what this year will bring. */
const SPOKEN_PLAN_RE = /(?:今年|明年)[^。！？!?，,；;]{0,8}?(?:将|要|还要|计划|准备|打算|力争|争取|提出|确定|目标)|报告(?:提出|明确|提到)(?:[^。，,]{0,4}(?:今年|明年)|(?![^。，,]{0,8}(?:去年|上年|过去|一年来)))/g;

/**
 * In a comment (a deputy's or a reporter's words, a sentence read as other), a figure after the turn to this year's plan
 * is a target until the sentence turns back to last year: 去年全县青稞单产提高到每亩420公斤，今年县里将再推广良种2万亩 (9
 * readers of batches 14–36 label it so).
 */
function spokenPlanBefore(before: string): boolean {
  // (“报告提出粮食总产量稳定在190万吨以上，还要新建高标准农田20万亩…”: what the report sets out, batch 43's 南宁.)
  if (!/今年|明年|报告(?:提出|明确|提到)/.test(before)) return false;
  let last = -1;
  for (const m of before.matchAll(SPOKEN_PLAN_RE)) last = m.index + m[0].length;
  // (…，比去年增长10%: last year as the base of a change is no turn back to last year.)
  return last !== -1 && !/(?<![比较])(?:去年|上年)|过去一年/.test(before.slice(last));
}

/** 今年第一季度, 上半年, 1-10月: part of the year already gone. */
const PART_YEAR_RE = /第[一二三]季度|上半年|前三季度|[1１][-－—至到][0-9０-９]{1,2}月/;

/** What follows a counted noun that is the subject of the next figure's name: its bracketed gloss (（PM2.5）) or a
 * measure of it (年均浓度, 平均浓度, 比例). */
const COUNT_SUBJECT_RE = /^(?:[（(][A-Za-z0-9.．]{1,8}[)）])?(?:年均|平均)?(?:浓度|比例|比重|占比)/;
const PEOPLE_RE = /^[\u4e00-\u9fa5“”]{0,6}?(?:人口|居民|群众|农民工|农民|职工|工人|毕业生|学生|儿童|老人|港人|同胞|[\u4e00-\u9fa5]者|人(?!民币|均|工智能))/;
const HOUSEHOLDS_RE = /^[\u4e00-\u9fa5“”]{0,6}?(?:用户|农户|住户|家庭|贫困户|工商户|个体户)/;

const CLAUSE_YEAR_RE = /(?<![比较同到至])((?:19|20)\d\d|[一二三四五六七八九〇○零]{4})年(?:的|底|末)?(?!以来|前|以前|以后)/g;

const BASE_YEAR_RE = /(?:比|较|同)((?:19|20)\d\d|[一二三四五六七八九〇○零]{4})年(?!同期)/;

function baseYearOf(prefix: string): number | null {
  const match = BASE_YEAR_RE.exec(prefix);
  return match ? readYear(match[1]) : null;
}

/** 去年, 上年: dated before the plan year whatever that year is. */
export const PAST = -1;

function clauseYear(prefix: string): number | null {
  let year: number | null = null;
  for (const m of prefix.matchAll(CLAUSE_YEAR_RE)) year = readYear(m[1]);
  // Not 基础上年均增长 (上 of 基础上 before 年均) nor 以上年…: only 上年 as a word.
  // (恢复到上年的90%: last year is the base the figure is a share of, as 比上年 is, not the figure's date.)
  if (year === null && /(?:^|[^比较同到至])(?:去年|(?<![础之以到至])上年(?!均|度以来))(?!同期)/.test(prefix)) year = PAST;
  return year;
}

const COMPARED_FROM_RE = /(?:比|较|同)[^，,。；;]{1,12}的$/;
