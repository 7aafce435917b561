// Turns the quantities of one sentence into indicators: which metric each number measures, what kind of
// number it is, how it is qualified, and whether it is a target, an actual or an estimate.
// Numbers are read clause by clause; 分别 and 均 distribute values over a list of metrics, and a 分别 without
// its own list reaches back across commas to the metrics named before it.
import { findQuantities } from "./find-quantities";
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "@/lib/text/chinese-numerals";
import { isPlaceName } from "@/lib/text/divisions";
import { OCR_DECIMAL_COMMA_RE, OCR_DIGIT_HINT_RE, OCR_DIGIT_RE } from "@/lib/text/chars";
import { COUNT_UNITS, RELATIVE_UNITS } from "./units";
import { byThreshold, changeOf, newPart, placeAndMetric } from "./neighbour-names";
import { LIVE_STAMP_RE, planForecast } from "./cues";
import { lookupMetric } from "./lookup-metric";
import { nameAgeLimits, nameSizeLimits } from "./age-limits";
import { namePeopleServed } from "./people-served";
import { nameOpeningPeriod } from "./opening-period";
import { nameCutsVerbFirst } from "./cut-first";
import { nameZones } from "./zone-names";
import { nameCountedGroups } from "./counted-groups";
import { nameListItems } from "./list-item-names";
import { nameProjects } from "./project-names";
import { spreadQualifiers } from "./spread-qualifiers";
import { clauseBefore, completeLabel, countedNoun, describeCounted, FIRM_OWNER_RE, listBefore, ownerOfRepeat, peopleWithOutcome, subjectBefore, industryOfTask, withTopic, worksOwningInvestment } from "./label-context";
import { HEADS, LEFTOVER_RE, expandPair, splitLabelList, type PrefixInfo } from "./parse-prefix";
import type { Indicator, Modality, Part, SentenceKind } from "./types";
import { lastResortLabel, ownLabel, objectAfter, fundAfter } from "./figure-names";
import { PAST, toSlots, type Slot } from "./indicator-slots";
import { OF_TARGET_RE, toIndicator } from "./to-indicator";

export interface ExtractContext {
  kind: SentenceKind;
  part: Part;
  /** The year the report plans for: a figure dated before it (一九八○年上升百分之零点九) is a result, even in a plan. */
  planYear?: number | null;
  /** The sentence reviews several years (过去五年, “十一五”时期): its flows and growth rates are totals over them. */
  multiYear?: boolean;
  /** The sentence is a deputy's proposal (他建议今年再淘汰…): its figures are what is proposed. */
  proposal?: boolean;
}

/** 机械装备产业受工程机械市场波动影响: an owner (group 1), then what held it back. */
const HELD_BACK_OWNER_RE = /^([\u4e00-\u9fa5]{2,10}?)(?:受|因|由于)[^，,。；;]{2,24}(?:影响|冲击|制约|拖累)$/;

export function extractIndicators(text: string, ctx: ExtractContext): Indicator[] {
  try {
    return extract(typeof text === "string" ? text : "", ctx ?? { kind: "other", part: "other" });
  } catch {
    return [];
  }
}

/** （编者注：…）, （注：…）: a note set in brackets inside a sentence. */
/** （目标8.5%）, （年度目标8%）, （计划3200户）, （目标下降3%）, （控制目标3.5%以内）: a bracket that opens on a target word, up to its figure. */
const BRACKETED_TARGET_BEFORE_RE = /[（(](?:年度|全年|控制|预期)?(?:目标|计划)(?:为|是)?(增长|提高|下降|降低|减少|压减|削减)?$/;
const FALL_WORD_RE = /下降|降低|减少|压减|削减/;
const BRACKETED_NOTE_RE = /[（(](?:编者注|编注|译者注|注)[：:][^（）()]*[)）]/g;

function extract(written: string, ctx: ExtractContext): Indicator[] {
  // 09:12 “城镇新增就业51.3万人…: a live coverage's time stamp is read as blanks (offsets kept), never as a name or a number.
  const stamp = LIVE_STAMP_RE.exec(written)?.[0] ?? "";
  const unstamped = stamp ? " ".repeat(stamp.length) + written.slice(stamp.length) : written;
  // 地方财政一般预算收入，这个，九十三点六亿元: a speaker's filler between commas (a stenographic record) is blanked too.
  const unspoken = unstamped.includes("这个") || unstamped.includes("那个") || unstamped.includes("不对") ? unstamped.replace(SPOKEN_FILLER_RE, "   ") : unstamped;
  // 全市国内生产总值（编者注：1996年起…替代国民生产总值…）预计达到872.5亿元: an editor's note set in brackets inside the sentence
  // is blanked too, so the figure keeps the name before it (batch 67's 大连 yearbook).
  const unfilled = /[（(](?:编者注|编注|译者注|注)[：:]/.test(unspoken) ? unspoken.replace(BRACKETED_NOTE_RE, (note) => " ".repeat(note.length)) : unspoken;
  // 7l个, 1O.6%, 3.l万个: a copy read by OCR took a digit for a letter; the figure is read with the digit, and shown as written.
  const lettered = OCR_DIGIT_HINT_RE.test(unfilled) ? unfilled.replace(OCR_DIGIT_RE, (letter) => (/[lI丨]/.test(letter) ? "1" : "0")) : unfilled;
  // (6，8%: a decimal point read as a comma, OCR_DECIMAL_COMMA_RE.)
  const read = lettered.includes("，") ? lettered.replace(OCR_DECIMAL_COMMA_RE, ".") : lettered;
  // 力争达到7500万元（此处有手写修改：改为8000万元）: the figure a handwritten change put in its place is the report's.
  const text = read.includes("手写") ? read.replace(AMENDED_RE, (all: string, _old: string, amended: string) => {
    // (The amended figure stays where the note writes it, so that it is shown as written.)
    const at = all.lastIndexOf(amended);
    return " ".repeat(at) + amended + " ".repeat(all.length - at - amended.length);
  }) : read;
  const quantities = text === unfilled ? findQuantities(text) : findQuantities(text).map((q) => ({ ...q, text: written.slice(q.start, q.end) }));
  if (!quantities.length) return [];
  const slots = toSlots(text, quantities, ctx.kind === "other");
  // 今年广义货币M2预计增长13%左右 in this year's plan: the plan's expectation, a target.
  const forecast = planForecast(text, ctx.part, ctx.planYear ?? null);
  // 工业生产增长较快，总产值…; 粮食按人口平均占有量…，总产量…; 乡镇企业继续保持强劲的发展势头，…总产值…: the sector a
  // sentence opens on owns its bare 产值 and 产量.
  const topic =
    // (乡镇企业发展势头强劲，总产值…; 棉花生产先后遭受伏旱和棉铃虫危害，总产81万担: batch 54's 开封.)
    /^([\u4e00-\u9fa5]{2,8}?(?:产业|服务业|业))(?:持续|继续|加快|蓬勃|势头|发展势头|再创|稳步|快速|不断|在调整中)/.exec(text)?.[1] ??
    /^([\u4e00-\u9fa5]{0,4}?(?:工业|农业|粮食|棉花|油料))(?:生产)?(?:按|[，,]|增长|发展|[^，,。；;\d]{1,14}[，,])/.exec(text)?.[1] ??
    worksOwningInvestment(text) ??
    industryOfTask(text) ??
    null;
  const out: Indicator[] = [];
  // The counted-list reading (…六项指标,全部实现…) is looked for only in a sentence that counts 指标 at all.
  const mayCountList = COUNTED_LIST_HINT.test(text);
  let run: { labels: string[]; next: number; head: PrefixInfo; after?: boolean } | null = null;
  let firmOwner: string | undefined;
  let ownerSeen = 0;
  let previousFrom = false;
  // The figures that say how much of a plan was done (完成年计划的百分之一〇六点三), marked where they are read.
  const planDone = new WeakSet<Indicator>();

  for (let k = 0; k < slots.length; k++) {
    const { q, info, hardBreakBefore, estimate } = slots[k];
    const topicLabel = (label: string) => withTopic(label, topic);
    if (hardBreakBefore) run = null;
    const dated = slots[k].datedYear;
    const datedBefore = dated === PAST || (!!ctx.planYear && dated !== null && dated < ctx.planYear);
    // 将由一九八○年的一百九十一元增加到…: the base a planned change starts from is what was, not what is planned.
    const base = info.from && ctx.kind === "goal";
    const modality: Modality = (estimate && !forecast) || slots[k].cohort ? "estimate" : slots[k].planned || slots[k].namedTarget || slots[k].spokenPlan ? "target" : datedBefore || base || slots[k].fact ? "actual" : modalityOf(ctx);
    const emit = (label: string, from: PrefixInfo, extra: Partial<Indicator> = {}) => {
      // 完成年度目标的103.5%, 分别完成目标任务的101.2%和102.3%: how much of the plan was done, not the metric itself.
      const plan = q.unit === "%" ? PLAN_DONE_RE.exec(text.slice(Math.max(0, q.start - 40), q.start).split(/[，,。；;：:]/).at(-1)!) : null;
      const named = plan ? planDoneLabel(label, plan[1], out.at(-1)?.label) : label || lastResortLabel(text, slots[k]);
      const indicator = toIndicator(text, q, named, from, info, modality, extra);
      if (plan) {
        indicator.type = "rate";
        planDone.add(indicator);
      }
      // 商品零售价格总指数上涨13.2%，…，实现了控制在15%以内的目标: a target restated after a result is that result's metric's
      // target, not the economy's growth target a bare …的目标 names elsewhere.
      // (单位生产总值能耗五年累计下降22.7%，超额完成国家下达的22%的节能目标: a target named by its purpose is the result's too.)
      // (The cheap tests first: this runs for every figure of every report.)
      const restated = RESTATED_TARGET_BEFORE_RE.test(text.slice(Math.max(0, q.start - 12), q.start)) &&
        ((indicator.label === "增长目标" && !text.slice(0, q.start).includes("增长目标")) || (OWN_TARGET_AFTER_RE.test(text.slice(q.tailEnd, q.tailEnd + 12)) && !lookupMetric(indicator.label).known));
      const result = restated ? out.findLast((i) => i.unit === indicator.unit && i.type === "growth" && i.modality !== "target") : undefined;
      // (能耗累计下降22.6%，超额完成省下达的20%的目标任务: the target of a fall is a fall.)
      if (result) Object.assign(indicator, { metric: result.metric, label: result.label, type: result.type, modality: "target", ...(result.value < 0 && indicator.value > 0 ? { value: -indicator.value } : {}) });
      // 增长9.2%（目标8.5%）, 压减7.1%（目标5%）, 改造3460户（计划3200户）: a result's own target in brackets after it is that
      // metric's target, of the result's kind and direction (batch 108's 洪山).
      const bracketed = BRACKETED_TARGET_BEFORE_RE.exec(text.slice(Math.max(0, q.start - 10), q.start));
      const resultBefore = bracketed ? out.at(-1) : undefined;
      if (bracketed && resultBefore && resultBefore.modality !== "target" && resultBefore.unit === indicator.unit) {
        const falls = bracketed[1] ? FALL_WORD_RE.test(bracketed[1]) : resultBefore.value < 0;
        Object.assign(indicator, { metric: resultBefore.metric, label: resultBefore.label, type: resultBefore.type, modality: "target", value: falls ? -Math.abs(indicator.value) : indicator.value });
        if (falls && indicator.upper !== undefined && indicator.upper !== null) indicator.upper = -Math.abs(indicator.upper);
      }
      // 本次大会应出席代表898名，实到862名: the session's attendance is a fact of the day, wherever the article puts it.
      if (ATTENDANCE_RE.test(indicator.label)) indicator.modality = "actual";
      if (ctx.multiYear && slots[k].datedYear === null && spansTheReview(indicator)) indicator.qualifiers.push("累计");
      // 国内生产总值比2002年增长65.5% in the 2008 report: a change over several years, never one year's result.
      const measuredFrom = slots[k].baseYear;
      // Measured against the plan year, or against the year the sentence opens on (2005年与2000年相比…).
      const measuredTo = ctx.planYear ?? (dated !== null && dated > 0 ? dated + 1 : null);
      if (measuredFrom !== null && measuredTo && measuredFrom < measuredTo - 2 && (indicator.type === "growth" || indicator.increment) && !indicator.qualifiers.some((w) => w === "累计" || w === "年均")) {
        indicator.qualifiers.push("累计");
      }
      out.push(indicator);
    };

    // 重点抓好以下六个方面工作: how many parts this year's work has, named as readers name it, is part of the plan.
    const areas = q.unit === "个" || q.unit === "方面" ? WORK_AREAS_AFTER_RE.exec(text.slice(q.end - (q.unit === "方面" ? 2 : 0))) : null;
    if (areas) {
      emit(`方面${areas[1]}`, info, { type: "count", modality: "target" });
      continue;
    }
    // 15268.8亿元——全市地区生产总值, 8.1%——规上工业增加值增速 (a 数说 list of a review): a line that opens on its figure
    // names it after the dash.
    const dashed = k === 0 && !text.slice(0, q.start).trim() ? FIGURE_THEN_NAME_RE.exec(text.slice(q.tailEnd)) : null;
    if (dashed) {
      // (地区生产总值（预计）: the panel's mark that the figure is an estimate, no part of the name.)
      const name = dashed[1].replace(/[（(]预计[)）]$/, "");
      const estimate = name !== dashed[1] ? { modality: "estimate" as const } : {};
      const rate = /^(.{2,}?)(?:增速|增幅|增长率)$/.exec(name);
      emit(rate ? rate[1] : name, info, { ...(rate && q.unit === "%" ? { type: "growth" as const } : {}), ...estimate });
      continue;
    }
    // 社会消费品零售总额、…和民生保障投入六项指标,全部实现“翻一番”目标: the value holds for each counted item.
    const countedItems = !run && mayCountList ? countedList(text, q.start) : null;
    if (countedItems) {
      for (const label of countedItems) emit(label, info);
      continue;
    }
    // 办理人大代表建议148件、政协提案165件，办复率均为100%: a rate of handling shared by the items just counted is
    // each item's rate.
    // (办理人大代表建议和政协提案1362件，办复率均为100%: one count of the items joined by 和 is each item's too.)
    const handled = info.each && RATE_OF_HANDLING_RE.test(info.label) ? countedBefore(out, text, q.start) : [];
    const sharedRate = handled.length === 1 ? splitLabelList(handled[0]) : handled;
    if (sharedRate.length >= 2) {
      for (const item of sharedRate) emit(item + info.label, info);
      continue;
    }
    if (info.each && info.list.length) {
      run = null;
      for (const label of info.list) emit(label, info);
      continue;
    }
    // 城镇居民人均可支配收入和农村居民人均纯收入实际增长8.4%和11.4%: a list of N metrics with N values is 分别 unsaid.
    const unsaidList = !info.respectively && !info.each && info.label ? impliedList(info.label, joinedValues(text, slots, k)) : null;
    if (unsaidList) {
      run = { labels: unsaidList, next: 1, head: info };
      emit(unsaidList[0], info);
      continue;
    }
    // One value over a list's items is each one's: a doubling of two amounts (游客接待量和旅游收入翻一番, 国内生产总值和城乡
    // 居民人均收入比2010年翻一番); one growth over metrics the lexicon knows, as 均 would say (城镇居民人均可支配收入和农民
    // 人均纯收入年均增长13%以上: batch 35's 山西); each pollutant of a list that shares its measure (二氧化硫、氮氧化物排放量要
    // 下降3%).
    const unsplit = !info.respectively && !info.each && info.label !== "";
    const eachOne =
      (unsplit && q.text.startsWith("翻") ? everyItem(info.label, (label) => DOUBLED_AMOUNT_RE.test(label)) : null) ??
      (unsplit && q.unit === "%" && info.verb === "growth" ? everyItem(info.label, (label) => lookupMetric(label).known) : null) ??
      (unsplit && SHARED_MEASURE_RE.test(info.label) ? everyItem(info.label, (label) => SHARED_MEASURE_RE.test(label)) : null);
    if (eachOne) {
      run = null;
      for (const label of eachOne) emit(label, info);
      continue;
    }
    if (info.respectively) {
      // 分别达到2253元和6280元，平均每年实际增长4.7%和5.7%: the values joined by 和/、 are the list's, not those after a comma.
      const joined = joinedValues(text, slots, k);
      const count = 1 + (joined > 0 ? joined : continuationCount(slots, k));
      let labels = info.list;
      // (info.label holds the words the list was split from.)
      if (labels.length !== count && count > 1 && info.label) {
        const byCount = splitLabelList(info.label, count);
        if (byCount.length === count) labels = byCount;
      }
      if (labels.length === 1 && count > 1) labels = expandPair(labels[0]) ?? labels;
      // 化学需氧量、二氧化硫排放总量首次出现双下降，比上年分别下降3.14%和4.66%: the list in the clause before comes
      // first when the metrics named before are fewer than the values.
      if (!labels.length) {
        // A semicolon ends a list's reach: 外贸进出口总额增长10%以上，其中出口增长8%左右；城乡居民人均可支配收入增长与经济
        // 增长基本同步，分别增长6%和7.5%左右 gives the urban and the rural income, not the trade figures before the ；.
        // (Looked for within the clause's reach only: a long text without semicolons is not scanned back to its start.)
        const from = Math.max(0, q.start - SEMICOLON_REACH);
        const window = text.slice(from, q.start);
        const boundary = from + Math.max(window.lastIndexOf("；"), window.lastIndexOf(";"));
        let since = out.length;
        while (since > 0 && out[since - 1].start > boundary) since--;
        const previous = previousLabels(out.slice(since), count);
        const sides = count === 2 && previous.length < count ? URBAN_RURAL_RE.exec(text.slice(boundary + 1, q.start)) : null;
        const listed = previous.length === count ? [] : sides ? (expandPair(sides[0]) ?? []) : listBefore(text, q.start, count);
        labels = listed.length ? listed : previous;
      }
      // 社会消费品零售总额增长6.8%，杭州、宁波分别达到7671亿元和5228亿元: places listed under the metric just named
      // are that metric's, place by place.
      const named = out.at(-1)?.label;
      // 海丰县、陆丰市、陆河县分别新增省级“一村一品、一镇一业”专业村5个、4个、3个: places listed before 分别, the thing counted
      // after it (its quoted brand left out, as readers name it: batch 124's 汕尾).
      const after = labels.length > 1 && labels.every(isPlaceName) ? namedAfterRespectively(text.slice(Math.max(0, q.start - 40), q.start)) : null;
      if (after) labels = labels.map((place) => place + after);
      else if (named && labels.length > 1 && labels.every(isPlaceName)) labels = labels.map((place) => place + named);
      // 郴州、株洲外贸进出口分别增长…: places listed before a metric named once, after the last of them, share it.
      else if (labels.length > 1 && labels.slice(0, -1).every(isPlaceName)) {
        const last = placeAndMetric(labels.at(-1)!);
        if (last) labels = [...labels.slice(0, -1).map((place) => place + last.metric), labels.at(-1)!];
      }
      // 居民人均可支配收入…，其中城镇、农村居民分别增长4.9%和6.1%: the sides of the income just named.
      const income = /居民(人均可支配收入|人均纯收入|收入)$/.exec(out.at(-1)?.label ?? "");
      if (income && labels.length > 1 && labels.every((label) => /^(?:城镇|农村|城市)(?:常住)?(?:居民)?$/.test(label))) {
        labels = labels.map((label) => `${label.replace(/居民$/, "")}居民${income[1]}`);
      }
      // 力争旅游接待人次和旅游综合收入分别增长25%以上: one value after 分别 over a list is each item's (batch 41's 威宁).
      if (count === 1 && labels.length > 1 && !info.from && q.unit === "%" && info.verb === "growth") {
        run = null;
        for (const label of labels) emit(label, info);
        continue;
      }
      run = labels.length ? { labels, next: 1, head: info } : null;
      previousFrom = info.from;
      emit(labels[0] ?? "", info, info.from ? { phase: "before" } : {});
      continue;
    }
    const { counted } = slots[k];
    if (counted && !run && !info.respectively && !info.each) {
      run = null;
      // 分批取消和下放了416项行政审批事项: the action is part of what is counted.
      const action = ACTIONS_RE.exec(info.label)?.[1];
      // 区级、20个镇街: a word closed by 、 is an item of a list, not a word of the thing counted.
      const ownWord = info.label.length > 0 && info.label.length <= 4 && !COUNT_LEAD_WORD_RE.test(info.label) && text[q.start - 1] !== "、";
      // (剩余2316名建档立卡贫困人口实现脱贫: the word before the count, and what the people reached, batch 118's 巴彦淖尔.)
      const named = ownWord ? (info.label.endsWith(counted) ? info.label : info.label + (peopleWithOutcome(text, q.tailEnd, counted) ?? counted)) : null;
      emit(action ? action + counted : (named ?? describeCounted(text, q.tailEnd, counted, q.start)), info);
      continue;
    }
    // 规上工业增加值增长8.1%，高于全市1.2个百分点: a margin over another place's growth (or the average, or the target)
    // is the growth of the metric just named, measured against it, and named so; its own key keeps it from pairing
    // with the growth itself.
    const marginOf = q.unit === "个百分点" && out.length > 0;
    const placeMargin = marginOf ? MARGIN_RE.exec(info.label) : null;
    // 增长6.8%，高于年初预期目标0.8个百分点: a result's margin over its own target (the target words are cue words, lost from
    // the label), what the result came to, not a target (95 labels of 95).
    const targetMargin = marginOf && !placeMargin ? TARGET_MARGIN_RE.exec(text.slice(slots[k].clauseStart, q.start)) : null;
    const margin = placeMargin ?? targetMargin;
    // 规模以上工业增加值增速低于年初预期0.6个百分点 with no figure before it: the clause names the result's margin whole.
    const ownMargin = q.unit === "个百分点" && out.length === 0 && ctx.kind !== "goal" ? OWN_TARGET_MARGIN_RE.exec(text.slice(slots[k].clauseStart, q.start)) : null;
    // (高于, 低于 of a margin are its direction, said in its name, never a bound of the figure.)
    const marginQualifiers = () => info.qualifiers.filter((w) => w !== "高于" && w !== "低于");
    if (ownMargin) {
      run = null;
      const qualifiers = marginQualifiers();
      emit(ownMarginName(ownMargin), { ...info, qualifiers }, { modality: "actual", qualifiers });
      continue;
    }
    if (margin) {
      run = null;
      const qualifiers = marginQualifiers();
      const result = out.at(-1)!;
      const asResult = targetMargin && (result.modality === "actual" || result.modality === "estimate") ? { modality: result.modality, qualifiers } : {};
      emit(marginLabel(result.label, margin, text.slice(0, q.start)), { ...info, qualifiers }, asResult);
      continue;
    }
    // 两次降低存款准备金率, 三次提高出口退税率: a number of moves is named by the move; a raise by what was raised (readers
    // keep 降低/下调 in the name and leave 提高 out).
    const moves = q.unit === "次" ? POLICY_MOVE_NAME_RE.exec(text.slice(q.tailEnd)) : null;
    if (moves) {
      run = null;
      emit(moves[1], info);
      continue;
    }
    // …比重达到12.9%，离13%的年度目标尚有差距: a bare figure 的 a target is the target of the metric just named.
    if (!info.label && !run && out.length > 0 && OF_TARGET_RE.test(text.slice(q.tailEnd))) {
      emit(out.at(-1)!.label, info);
      continue;
    }
    // 在三十二种主要工业产品中，…的有生铁、钢、…、糖等十七种: a tally after 等 counts the kind the sentence's scope names.
    const tally = !slots[k].counted && text[q.start - 1] === "等" && COUNT_UNITS.has(q.unit) ? SCOPE_KIND_RE.exec(text.slice(0, q.start)) : null;
    if (tally) {
      run = null;
      emit(tally[1], info);
      continue;
    }
    if (info.label) {
      run = null;
      previousFrom = info.from;
      const ownName = ownLabel(text, q, info.label, slots[k].hardBreakBefore);
      // 机械装备产业受工程机械市场波动影响，产值582亿元: a bare measure after a clause that names its owner and what held it
      // back is the owner's, not the figure's before it.
      const heldBack = HEADS.includes(ownName) ? HELD_BACK_OWNER_RE.exec(clauseBefore(text, q.start, 60))?.[1] : undefined;
      const completed = topicLabel(heldBack ? heldBack + ownName : completeLabel(ownName, out.at(-1)?.label, q.unit));
      // (The firm is looked for among the figures emitted since the last look: a sentence may hold thousands.)
      for (; ownerSeen < out.length; ownerSeen++) firmOwner ??= FIRM_OWNER_RE.exec(out[ownerSeen].label)?.[0];
      const own = ownerOfRepeat(completed, firmOwner);
      // 岳阳、常德经济总量分别达到…，衡阳增速达到5.6%: a place alone is measured by the metric just named for other places.
      // (全区地区生产总值增长3.7%，首府南宁市增长3.7%: a place after the metric named for the whole is measured by it too.)
      const place = own.replace(CAPITAL_LEAD_RE, "");
      const lastOut = out.at(-1);
      const otherPlace = isPlaceName(place) && lastOut ? placeAndMetric(lastOut.label) ?? (lastOut.unit === q.unit ? wholeMetric(lastOut.label) : null) : null;
      const label = otherPlace && otherPlace.place !== place ? place + otherPlace.metric : own;
      emit(byThreshold(newPart(label, out.at(-1), text, q), out.at(-1), text, q), info, info.from ? { phase: "before" } : {});
      continue;
    }
    // 城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%: as many joined values as metrics
    // named just before are theirs, in order.
    if (!run && info.verb && !info.label && !info.respectively && !info.each) {
      const joined = joinedValues(text, slots, k);
      const labels = joined > 0 ? previousLabels(out, joined + 1) : [];
      if (labels.length === joined + 1 && labels.length > 1) {
        run = { labels, next: 1, head: info };
        emit(labels[0], info);
        continue;
      }
    }
    // 化学需氧量、二氧化硫排放量由上年分别增长5.6％和13.1％，减为增长1.2%和1.8%: the turn restates the whole list.
    if (run && previousFrom && info.turn && run.labels.length > 1 && joinedValues(text, slots, k) === run.labels.length - 1) {
      previousFrom = false;
      run = { labels: run.labels, next: 1, head: info, after: true };
      emit(run.labels[0], info, { phase: "after" });
      continue;
    }
    if (run && !(previousFrom && info.turn)) {
      // …，平均每年实际增长4.7%和5.7%: a new verb with as many joined values as the list starts the list again.
      if (info.verb && run.next >= run.labels.length && joinedValues(text, slots, k) === run.labels.length - 1) {
        run.next = 0;
        run.head = info;
      }
      const label = run.labels[Math.min(run.next, run.labels.length - 1)];
      run.next++;
      emit(label, info.verb ? info : run.head, run.head.from ? { phase: "before" } : run.after ? { phase: "after" } : {});
      continue;
    }
    const before = out.at(-1);
    if (previousFrom && before && (info.verb === "to" || info.turn)) {
      previousFrom = false;
      // 增速目标则由5%调整为4%: what a target is moved to is the target.
      emit(before.label, info, { phase: "after", ...(before.modality === "target" ? { modality: "target" as const } : {}) });
      continue;
    }
    // 今年的增长目标定在5.5%左右，比去年的6%以上有所下调: a bare figure a figure just named is compared with (比去年的) is
    // that metric's figure of the year before; a target's, a target.
    if (slots[k].comparedFrom && !info.label && before && before.unit === q.unit && /^(?:比|较)(?:去年|上年|上一年)的?$/.test(text.slice(slots[k].clauseStart, q.start))) {
      emit(before.label, info, { phase: "before", type: before.type, ...(before.modality === "target" ? { modality: "target" as const } : {}) });
      continue;
    }
    // 减税降费2.36万亿元，超过原定的近2万亿元规模: the plan's figure quoted beside a result, with no name of its own
    // before it, is of the result's metric.
    if (slots[k].planned && !info.label && before && before.unit === q.unit) {
      emit(before.label, info);
      continue;
    }
    // 翻两番的目标, 增长44.6%的速度: what follows 的 is the noun a number qualifies, unless it is only a leftover word.
    const followed = /^的([\u4e00-\u9fa5“”]{1,16})/.exec(text.slice(q.tailEnd));
    const follower = followed && !LEFTOVER_RE.test(followed[1]) ? followed : null;
    // 发行1000亿元长期国债，…: a verb before the amount and the thing after it, up to the clause's end.
    // 比1952年的5.8万人增长两倍: a change after an amount is no object of it.
    const object = q.unit && !slots[k].hardBreakBefore ? objectAfter(text, q) : null;
    const ownObject = object && !CHANGE_START_RE.test(object) ? object : null;
    const named = ownObject && !ownObject.startsWith("的") ? ownObject : (fundAfter(text, q) ?? null);
    // 新增…能力1100万吨，5000多万千瓦新增燃煤发电机组…: a clause opening on an amount of another unit names its own thing after it.
    const otherUnit = before && q.unit && before.unit && q.unit !== before.unit && !RELATIVE_UNITS.has(q.unit) && !RELATIVE_UNITS.has(before.unit);
    const nounAfter = otherUnit ? countedNoun(text, q.tailEnd) : "";
    // 投资增长26%，增幅回落17个百分点: the change of the rate belongs to the rate, not to the metric.
    const rateOf = !nounAfter && before && info.growthWord && q.unit === "个百分点" ? before.label + info.growthWord : null;
    // 在60%政府举办的基层医疗卫生机构…: with nothing named before, the noun after the figure is what it measures.
    // Worked out only when needed: this runs for every number of every report.
    // 涨幅仍然高达21.7%: a rate word alone before the figure names it better than the clause before (虽然…做了很大努力).
    // (完成年计划的百分之一〇六点三，比一九五五年增长百分之二十九点二: the growth is the metric's, not its plan's rate done.)
    const measured = before && planDone.has(before) ? out.findLast((i) => !planDone.has(i)) ?? before : before;
    // (…；主要副食品零售价格保持稳定，上涨幅度控制在百分之二以内: past a semicolon, the clause before names it first, batch 59's 武汉.)
    const subject = measured && slots[k].hardBreakBefore && (info.growthWord || info.verb) ? subjectBefore(text, q.start) : "";
    // (A clause before that holds a figure of its own, 即增加了五百七十三万吨，即增加了百分之六十二, names no subject.)
    const across = subject && !FIGURE_IN_WORDS_RE.test(subject) ? subject : "";
    const fallback = () => across || (measured ? changeOf(measured.label, text, q) : info.growthWord || subjectBefore(text, q.start) || countedNoun(text, q.tailEnd));
    // 5700多万人受益: people counted by what they received are its number of people.
    const benefited = named && /^(?:受益|受惠|获益)$/.test(named) && (q.unit === "人" || q.unit === "户") ? named + (q.unit === "户" ? "户数" : "人数") : named;
    emit(follower ? follower[1] : benefited ?? (nounAfter || rateOf || fallback()), info, slots[k].comparedFrom ? { phase: "before" } : {});
  }
  // The passes that read a figure by its neighbours, in reading order.
  const ordered = [...out].sort((a, b) => a.start - b.start);
  spreadQualifiers(text, ordered);
  nameProjects(text, ordered);
  nameAgeLimits(text, ordered);
  nameSizeLimits(text, ordered);
  namePeopleServed(text, ordered);
  nameOpeningPeriod(text, ordered);
  nameCutsVerbFirst(ordered);
  nameZones(text, ordered);
  nameCountedGroups(ordered);
  nameListItems(text, ordered);
  // 拟安排地方政府专项债券4.4万亿元，比上年增加5000亿元: the increase is named as the increase, once the passes that
  // name a figure by its neighbour's name are done (its metric stays the level's, so that it pairs as a change of it);
  // so is a target moved against last year's (今年的生产总值增长目标比去年提高了1个百分点) and a rate's move (研发经费投入强度
  // 比上年提高0.2个百分点).
  for (const indicator of out) {
    const moved = indicator.increment || /目标$/.test(indicator.label) || indicator.unit === "个百分点";
    const words = moved ? AGAINST_TAIL_RE.exec(text.slice(Math.max(0, indicator.start - 12), indicator.start))?.[1] : undefined;
    if (words && !indicator.label.includes(words)) indicator.label += words;
  }
  return out;
}

/** 7500万元（此处有手写修改：改为8000万元）: a figure, then the transcriber's note of the handwritten change to it (group 2). */
// (１５００万美元（原件此处有手写改动：改为“２０００万美元”）: full-width digits, 改动 and the new figure quoted, batch 107's 阜新.)
const AMENDED_RE = /([\d.．０-９]+\s*(?:万亿|万|亿)?[\u4e00-\u9fa5%％]{0,4})[（(](?:原件)?(?:此处)?(?:有)?手写(?:修改|改动)[：:]\s*(?:改为|改作)\s*[“"]?([^（）()“”"]{1,16})[”"]?[)）]/g;

/** 这个 or 那个 standing alone between commas: a filler the speaker said, no name (blanked with the comma after it); so is
 * a figure taken back (是二百三十六，不对，是二百三十八个: the one said again is the figure). */
const SPOKEN_FILLER_RE = /(?<=[，,])(?:这个|那个|[^，,。；;]{1,12}[，,]不对)[，,]/g;

/** 应出席代表, 实到代表, 出席代表: a congress session's attendance. */
const ATTENDANCE_RE = /(?:应出席|应到|实到|实际出席|出席|列席)(?:代表|委员)$/;

/** 方面工作, 方面的重点任务 after the numeral of a plan's parts (find-quantities.ts reads the numeral). */
const WORK_AREAS_AFTER_RE = /^方面(?:的)?((?:重点)?(?:工作|任务))/;

/** ——全市地区生产总值 after a figure that opens its line: the name, up to the clause's end. */
// (236家　新增“四上”企业: an ideographic space, or a run of blanks, parts them in a reading edition's data panel.)
const FIGURE_THEN_NAME_RE = /^(?:\s*[—－]{1,2}\s*|\u3000+| {2,})([\u4e00-\u9fa5A-Za-z“”（）()]{2,24}?)\s*(?=[，,。；;]|$)/;


/** The items of a list name (splitLabelList) when there are two or more and every one passes `test`; else null. */
function everyItem(list: string, test: (label: string) => boolean): string[] | null {
  const items = splitLabelList(list);
  return items.length >= 2 && items.every(test) ? items : null;
}

/** 比上年增加, 较去年预算多: the words that make a figure an increase over the year before. */
const AGAINST_TAIL_RE = /((?:比|较)(?:上年|去年|上一年)(?:预算)?(?:增加|减少|提高|降低|回落|上升|下降|增产|减产|放宽|收紧|多|少|高|低))了?$/;
const CHANGE_START_RE = /^(?:增长|增加|提高|上升|下降|减少|降低|扩大|缩小|翻)/;

const COUNTED_LIST_HINT = /项(?:主要|经济)?指标/;
const COUNTED_LIST_RE = /([^,，;；。:：]{4,120}?)([二三四五六七八九十两]|\d{1,2})项(?:主要|经济)?指标[,，]?(?:全部|均|都|各)[^。；;，,]{0,8}$/;

/** The items of a list that a clause counts (…和民生保障投入六项指标,全部实现…), when there are as many as it says. */
function countedList(text: string, at: number): string[] | null {
  const match = COUNTED_LIST_RE.exec(text.slice(Math.max(0, at - 160), at));
  if (!match) return null;
  const count = /\d/.test(match[2]) ? Number(match[2]) : parseChineseNumeral(match[2]);
  const list = match[1].replace(/^.*?(?:年|期末|期间)[,，]?/, "").replace(/^(?:全区|全市|全县|全省|全国)/, "");
  const items = splitLabelList(list);
  return items.length === count && items.every((i) => i.length >= 2) ? items : null;
}

const ACTION_WORDS = "取消|下放|淘汰|关停|新建|改建|扩建|改造|建成|新增|引进|培训|资助|转移|解决|安置|整治|处置|拆除|清理|认定|创建";
const ACTIONS_RE = new RegExp(`^(?:分批|累计|共|先后|陆续|全年)?((?:${ACTION_WORDS})(?:[和、及](?:${ACTION_WORDS}))+)$`);

/** 对592个重点贫困县, 启动了178项…项目, 涉及5300多个税目, 用心办好52项民生实事, 重点抓好500个亿元以上项目: a preposition or a verb before a count is no part of what is counted. */
const COUNT_LEAD_WORD_RE = /^(?:(?:用心|全力|着力|扎实|认真|重点|统筹)?(?:办好|办成|办理|落实|推进|推动|完成|抓好|实施)|组织实施了?|组织开展了?|对|为|在|向|给|使|让|是|是一个|一个|有|拥有|启动|涉及|包括|惠及|帮助|救助|资助|支持|组织|覆盖|实施|开展|解决|免除|免征|减轻|降低|建成|新建|建设|改造|加固|拍摄|扶持|形成|坚持)$/;

/** How many values follow slot k joined to it by 和/、 alone (8.4%和11.4%, 5%、6%和7%). */
function joinedValues(text: string, slots: Slot[], k: number): number {
  let count = 0;
  for (let j = k + 1; j < slots.length; j++) {
    if (!/^\s*[和、及与]\s*$/.test(text.slice(slots[j - 1].q.tailEnd, slots[j].q.start))) break;
    count++;
  }
  return count;
}

/** What 分别 is followed by before the first figure, when it names a thing (新增省级专业村), not a move alone (增长, 达到). */
function namedAfterRespectively(before: string): string | null {
  const words = /分别([^，,。；;\d]{3,30})$/.exec(before)?.[1]?.replace(/[“"][^”"]{1,16}[”"]/g, "");
  if (!words || /[、，,]/.test(words) || words.length < 3) return null;
  // (红塔区、澄江市分别提出增长7%和8%左右的目标: a move, whatever words lead to it, names nothing.)
  return /(?:增长|下降|达到|达|为|是|突破|超过|提高|降低|减少|增加|完成|实现)(?:了|到|至)?$/.test(words) ? null : words;
}

function impliedList(label: string, followers: number): string[] | null {
  if (followers < 1) return null;
  const items = splitLabelList(label);
  if (items.length === followers + 1 && items.every((item) => item.length >= 2)) return items;
  return followers === 1 ? expandPair(label) : null;
}

/** How many numbers right after slot k carry on its list (no label of their own, no full stop between). */
function continuationCount(slots: Slot[], k: number): number {
  let count = 0;
  for (let j = k + 1; j < slots.length; j++) {
    const s = slots[j];
    if (s.hardBreakBefore || s.info.label || s.info.respectively || s.info.each) break;
    count++;
  }
  return count;
}

/** How far back a 分别 looks for the semicolon that ends its reach. */
const SEMICOLON_REACH = 200;

/** 城乡居民人均可支配收入 named in the clause before a 分别 of two values: its urban and rural sides. */
const URBAN_RURAL_RE = /城乡居民(?:人均)?(?:可支配收入|纯收入|收入)/;

/** The labels of the last `count` distinct metrics named before, in reading order. */
function previousLabels(out: Indicator[], count: number): string[] {
  const labels: string[] = [];
  for (let i = out.length - 1; i >= 0 && labels.length < count; i--) {
    const label = out[i].label;
    if (label && !labels.includes(label)) labels.unshift(label);
  }
  return labels;
}

function modalityOf(ctx: ExtractContext): Modality {
  if (ctx.kind === "goal" || ctx.proposal) return "target";
  if (ctx.kind === "achievement") return "actual";
  return ctx.part === "plan" ? "target" : "actual";
}

/** 在三十二种主要工业产品中: a scope that counts a kind (group 1), which a tally after 等 later in the sentence is of. */
const SCOPE_KIND_RE = /在(?:[\d０-９]+|[一二两三四五六七八九十百千]+)[个种项类家]([\u4e00-\u9fa5]{2,12}?)中[，,]/;

/** A digit, or a run of Chinese numerals, in a clause: a figure written there. */
const FIGURE_IN_WORDS_RE = new RegExp(`[\\d０-９]|[${CHINESE_NUMERAL_CHARS}万亿]{2,}|[一二两三四五六七八九十][倍成番]|百分之`);

/** …完成年度目标的, 分别完成目标任务的101.2%和: a per cent of the plan done follows. */
/** (完成了年计划的百分之一〇六点三: the 1950s' 年计划, batch 59's 武汉.) */
const PLAN_DONE_RE = /(?:完成|为)了?(?:年度|全年|年初|年)?(目标|计划|预算)(?:任务)?的?(?:[\d.]+%[和、])*$/;

/** 财政总收入 → 财政总收入目标完成率, 固定资产投资完成年度计划 → 固定资产投资计划完成率; nothing named at all → 年度目标完成率. */
function planDoneLabel(label: string, word: string, previous: string | undefined): string {
  // 完成投资120亿元，完成年度计划的105%: with nothing of its own, the plan is the one of the metric just named (so with a
  // word too short to name anything: 为年计划的…).
  // (上半年 keeps its 年: a year word goes only with the plan word after it.)
  const own = label.replace(/(?:完成了?|为|了)?(?:(?:年度|全年|年初|年)?(?:目标|计划|预算|任务)+|(?<![上下]半)(?:年度|全年|年初|年))?$/, "");
  const named = own.length >= 2 ? own : previous || "";
  return named.length < 2 ? `年度${word}完成率` : `${named}${word}完成率`;
}

/**
 * 高于全市, 高出全省平均水平, 增速快于全国, 增幅比全市高, 高于年度目标: the rate word (1), then the direction and what the
 * rate is measured against, written before (2, 3) or around it (4, 5).
 */
const MARGIN_RE = /^(增速|增幅)?(?:(高于|快于|高出|超出|低于|慢于)([\u4e00-\u9fa5]{0,10})|(?:比|较)([\u4e00-\u9fa5]{1,10}?)([高快低慢]))$/;

/** 高于年初预期目标, 低于计划目标, 超出年度目标 just before a margin in 个百分点: the result against its own target (the groups
 * as MARGIN_RE's: the direction (2), then what it is measured against (3)). */
// (比年初预期目标高出1.9个百分点, 低于年初预期0.6个百分点: said as a comparison too, or without 目标, batch 92's 清远 and 东营.)
const TARGET_WORDS = "(?:年初|年度|全年)?的?(?:预期|计划)?(?:目标|计划)|(?:年初|年度|全年)的?预期";
const TARGET_MARGIN_RE = new RegExp(`(增速|增幅)?(?:(高于|快于|高出|超出|低于|慢于)(${TARGET_WORDS})|(?:比|较)(${TARGET_WORDS})(高出|[高快低慢])了?)$`);

/** 规模以上工业增加值增速低于年初预期: a metric's growth, then its margin over its own target, a whole clause. */
// (去年投资增速比年初目标低4.4个百分点: the comparison form too, named as 低于年初目标, batch 99's 乌海 and 98's 沧州.)
const OWN_TARGET_MARGIN_RE = new RegExp(`([\\u4e00-\\u9fa5A-Za-z0-9.]{2,16}?(?:增速|增幅))(?:(高于|快于|高出|超出|低于|慢于)(${TARGET_WORDS})|(?:比|较)(${TARGET_WORDS})(高出|[高快低慢])了?)$`);
/** The name of a result's margin over its own target, written as a comparison or not: 生产总值增速低于预期目标. */
const ownMarginName = (m: RegExpExecArray) => `${m[1].replace(/^(?:去年|上年|全年|今年)的?/, "")}${MARGIN_WORDS[m[2] ?? m[5]] ?? m[2] ?? m[5]}${m[3] ?? m[4]}`;

const MARGIN_WORDS: Readonly<Record<string, string>> = { 高出: "高于", 超出: "高于", 高: "高于", 快: "快于", 低: "低于", 慢: "慢于" };

/**
 * 规上工业增加值 and 高于全市 → 规上工业增加值增速高于全市: the name readers give a margin (17 of 19 labels). `before` is the
 * text up to the figure: 高于年度目标 lost 目标 from the label as a cue word, and the margin's name keeps it.
 */
function marginLabel(metric: string, margin: RegExpExecArray, before: string): string {
  const word = margin[2] ?? margin[5];
  // 高于全省平均水平: readers name the place only.
  let against = (margin[3] ?? margin[4]).replace(/(?<=.)(?:平均)?水平$|(?<=.)平均$/, "");
  const target = margin[2] ? /(?:目标|计划)$/.exec(before)?.[0] : undefined;
  if (target && !against.endsWith(target)) against += target;
  // (增速高于全省0.1个百分点、高于全国0.2个百分点: the second margin's metric is the first's without its margin.)
  const own = metric.replace(/(?<=.{2})(?:增速|增幅)?(?:高于|快于|低于|慢于)[\u4e00-\u9fa5]{1,10}$/, "");
  return `${own}${margin[1] ?? "增速"}${MARGIN_WORDS[word] ?? word}${against}`;
}

/** What a number of policy moves (两次…) counts: the move up to the end of the clause or the list item. */
const POLICY_MOVE_NAME_RE = /^(?:提高)?((?:全面)?(?:降低|下调|上调|降准|降息|加息)?[^，,；;。、和及]{0,20})/;

/** In a multi-year review: a flow (城镇新增就业5771万人) or a growth rate not given as 年均 is a total over the years;
 * a level reached (国内生产总值达到39.8万亿元), a rate or a share is where the period ended. */
function spansTheReview(i: Indicator): boolean {
  if (i.qualifiers.includes("年均") || i.qualifiers.includes("累计")) return false;
  if (i.type === "growth" || i.type === "multiple") return true;
  return (i.type === "count" || i.type === "level") && /新增|新建|增加|完成|安排|投入|发行|引进|转移|减少|解决|建成|改造|关停|淘汰/.test(i.label);
}

/** 首府南宁市, 省会长沙市: what the place is to the region is no part of its name. */
const CAPITAL_LEAD_RE = /^(?:首府|省会|首都)/;
/** 全区地区生产总值: a metric named for the whole of a level (全区, 全市…) or for no place, which a place after it shares. */
function wholeMetric(label: string): { place: string; metric: string } | null {
  const metric = label.replace(/^(?:全区|全市|全省|全县|全国|全盟|全州|全旗)/, "");
  return lookupMetric(metric).known ? { place: "", metric } : null;
}
/** …22%的节能目标, …的减排目标: a target named after its figure by what it is for. */
const OWN_TARGET_AFTER_RE = /^(?:左右|以上|以内|以下)?的[\u4e00-\u9fa5]{0,4}目标/;
/** 实现了控制在15%以内的目标, 完成了年初确定的8%, 超额完成省下达的20%: the words before a target quoted in a result's sentence. */
const RESTATED_TARGET_BEFORE_RE = /(?:实现|完成|达到)了?(?:年初)?(?:(?:省|市|国家|上级)?(?:确定|提出|下达)的)?(?:控制在)?$/;

/** A rate that measures how the counted items were handled, not a metric of its own. */
const RATE_OF_HANDLING_RE = /^(?:办复率|办结率|满意率|见面率|答复率|按时办结率)$/;

/** The counted items of the clause before a figure, in reading order (…建议148件、…提案165件，): their names. */
function countedBefore(out: Indicator[], text: string, start: number): string[] {
  const clauseStart = Math.max(text.lastIndexOf("。", start - 1), text.lastIndexOf("；", start - 1), text.lastIndexOf(";", start - 1)) + 1;
  return out.filter((i) => i.type === "count" && i.start >= clauseStart && i.end <= start).map((i) => i.label);
}

const SHARED_MEASURE_RE = /(?:排放量|排放总量|排放强度|浓度)$/;
/** Amounts that double: an output, an income, a count of visitors (not a rate or a share). */
const DOUBLED_AMOUNT_RE = /(?:总值|总量|GDP|增加值|收入|产值|产量|规模|接待量|人次|人数|投资|总额|消费)$/;
