// Turns the quantities of one sentence into indicators: which metric each number measures, what kind of
// number it is, how it is qualified, and whether it is a target, an actual or an estimate.
// Numbers are read clause by clause; 分别 and 均 distribute values over a list of metrics, and a 分别 without
// its own list reaches back across commas to the metrics named before it.
import { findQuantities, type Quantity } from "./find-quantities";
import { parseChineseNumeral, readYear } from "@/lib/text/chinese-numerals";
import { isPlaceName } from "@/lib/text/divisions";
import { OCR_DIGIT_HINT_RE, OCR_DIGIT_RE } from "@/lib/text/chars";
import { COUNT_UNITS, RELATIVE_UNITS } from "./units";
import { byThreshold, changeOf, newPart, placeAndMetric } from "./neighbour-names";
import { LIVE_STAMP_RE, namesSpeaker, planForecast } from "./cues";
import { estimateScope, estimatedHere } from "./estimate-scope";
import { lookupMetric } from "./lookup-metric";
import { nameAgeLimits } from "./age-limits";
import { nameZones } from "./zone-names";
import { nameCountedGroups } from "./counted-groups";
import { nameProjects } from "./project-names";
import { COMMITMENT_WORDS, spreadQualifiers } from "./spread-qualifiers";
import {
  clauseBefore, completeLabel, countedNoun, describeCounted, FIRM_OWNER_RE, PLACE_KIND_RE, listBefore, ownerOfRepeat, solvedProblems, subjectBefore,
  industryOfTask, targetMovedFromLastYear, withTopic, worksOwningInvestment,
} from "./label-context";
import { LEFTOVER_RE, expandPair, parsePrefix, splitLabelList, type PrefixInfo } from "./parse-prefix";
import type { Indicator, IndicatorType, Modality, Part, SentenceKind } from "./types";

export interface ExtractContext {
  kind: SentenceKind;
  part: Part;
  /** The year the report plans for: a figure dated before it (一九八○年上升百分之零点九) is a result, even in a plan. */
  planYear?: number | null;
  /** The sentence reviews several years (过去五年, “十一五”时期): its flows and growth rates are totals over them. */
  multiYear?: boolean;
}

/** An ideographic space parts a headline's phrases (去年主要预期目标较好完成　城镇新增就业1348万人) as a comma does. */
const SOFT_BREAKS = ",，:：—\u3000";

/** A soft break at `i`; a single dash between two names joins them (春熙路—太古里商圈, 成都—重庆), it ends no clause. */
function isSoftBreak(text: string, i: number): boolean {
  if (!SOFT_BREAKS.includes(text[i])) return false;
  return !(text[i] === "—" && /[\u4e00-\u9fa5]/.test(text[i - 1] ?? "") && /[\u4e00-\u9fa5]/.test(text[i + 1] ?? ""));
}
const HARD_BREAKS = "。;；!！?？\n";

interface Slot {
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

export function extractIndicators(text: string, ctx: ExtractContext): Indicator[] {
  try {
    return extract(typeof text === "string" ? text : "", ctx ?? { kind: "other", part: "other" });
  } catch {
    return [];
  }
}

function extract(written: string, ctx: ExtractContext): Indicator[] {
  // 09:12 “城镇新增就业51.3万人…: a live coverage's time stamp is read as blanks (offsets kept), never as a name or a number.
  const stamp = LIVE_STAMP_RE.exec(written)?.[0] ?? "";
  const unstamped = stamp ? " ".repeat(stamp.length) + written.slice(stamp.length) : written;
  // 地方财政一般预算收入，这个，九十三点六亿元: a speaker's filler between commas (a stenographic record) is blanked too.
  const unfilled = unstamped.includes("这个") || unstamped.includes("那个") || unstamped.includes("不对") ? unstamped.replace(SPOKEN_FILLER_RE, "   ") : unstamped;
  // 7l个, 1O.6%, 3.l万个: a copy read by OCR took a digit for a letter; the figure is read with the digit, and shown as written.
  const text = OCR_DIGIT_HINT_RE.test(unfilled) ? unfilled.replace(OCR_DIGIT_RE, (letter) => (letter === "l" || letter === "I" ? "1" : "0")) : unfilled;
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
      const ofPlan = plan !== null;
      const named = plan ? planDoneLabel(label, plan[1], out.at(-1)?.label) : label || lastResortLabel(text, slots[k]);
      const indicator = toIndicator(text, q, named, from, info, modality, extra);
      if (ofPlan) indicator.type = "rate";
      // 商品零售价格总指数上涨13.2%，…，实现了控制在15%以内的目标: a target restated after a result is that result's metric's
      // target, not the economy's growth target a bare …的目标 names elsewhere.
      // (单位生产总值能耗五年累计下降22.7%，超额完成国家下达的22%的节能目标: a target named by its purpose is the result's too.)
      // (The cheap tests first: this runs for every figure of every report.)
      const restated = RESTATED_TARGET_BEFORE_RE.test(text.slice(Math.max(0, q.start - 12), q.start)) &&
        ((indicator.label === "增长目标" && !text.slice(0, q.start).includes("增长目标")) || (OWN_TARGET_AFTER_RE.test(text.slice(q.tailEnd, q.tailEnd + 12)) && !lookupMetric(indicator.label).known));
      const result = restated ? out.findLast((i) => i.unit === indicator.unit && i.type === "growth" && i.modality !== "target") : undefined;
      // (能耗累计下降22.6%，超额完成省下达的20%的目标任务: the target of a fall is a fall.)
      if (result) Object.assign(indicator, { metric: result.metric, label: result.label, type: result.type, modality: "target", ...(result.value < 0 && indicator.value > 0 ? { value: -indicator.value } : {}) });
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
      const rate = /^(.{2,}?)(?:增速|增幅|增长率)$/.exec(dashed[1]);
      emit(rate ? rate[1] : dashed[1], info, rate && q.unit === "%" ? { type: "growth" } : {});
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
      if (named && labels.length > 1 && labels.every(isPlaceName)) labels = labels.map((place) => place + named);
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
      emit(action ? action + counted : ownWord ? (info.label.endsWith(counted) ? info.label : info.label + counted) : describeCounted(text, q.tailEnd, counted, q.start), info);
      continue;
    }
    // 规上工业增加值增长8.1%，高于全市1.2个百分点: a margin over another place's growth (or the average, or the target)
    // is the growth of the metric just named, measured against it, and named so; its own key keeps it from pairing
    // with the growth itself.
    const margin = q.unit === "个百分点" && out.length ? MARGIN_RE.exec(info.label) : null;
    if (margin) {
      run = null;
      const qualifiers = info.qualifiers.filter((w) => w !== "高于" && w !== "低于");
      emit(marginLabel(out.at(-1)!.label, margin, text.slice(0, q.start)), { ...info, qualifiers });
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
    if (info.label) {
      run = null;
      previousFrom = info.from;
      const completed = topicLabel(completeLabel(ownLabel(text, q, info.label, slots[k].hardBreakBefore), out.at(-1)?.label, q.unit));
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
    const fallback = () => (before ? changeOf(before.label, text, q) : info.growthWord || subjectBefore(text, q.start) || countedNoun(text, q.tailEnd));
    // 5700多万人受益: people counted by what they received are its number of people.
    const benefited = named && /^(?:受益|受惠|获益)$/.test(named) && (q.unit === "人" || q.unit === "户") ? named + (q.unit === "户" ? "户数" : "人数") : named;
    emit(follower ? follower[1] : benefited ?? (nounAfter || rateOf || fallback()), info, slots[k].comparedFrom ? { phase: "before" } : {});
  }
  // The passes that read a figure by its neighbours, in reading order.
  const ordered = [...out].sort((a, b) => a.start - b.start);
  spreadQualifiers(text, ordered);
  nameProjects(text, ordered);
  nameAgeLimits(text, ordered);
  nameZones(text, ordered);
  nameCountedGroups(ordered);
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

/** 这个 or 那个 standing alone between commas: a filler the speaker said, no name (blanked with the comma after it); so is
 * a figure taken back (是二百三十六，不对，是二百三十八个: the one said again is the figure). */
const SPOKEN_FILLER_RE = /(?<=[，,])(?:这个|那个|[^，,。；;]{1,12}[，,]不对)[，,]/g;

/** 应出席代表, 实到代表, 出席代表: a congress session's attendance. */
const ATTENDANCE_RE = /(?:应出席|应到|实到|实际出席|出席|列席)(?:代表|委员)$/;

/** 方面工作, 方面的重点任务 after the numeral of a plan's parts (find-quantities.ts reads the numeral). */
const WORK_AREAS_AFTER_RE = /^方面(?:的)?((?:重点)?(?:工作|任务))/;

/** ——全市地区生产总值 after a figure that opens its line: the name, up to the clause's end. */
const FIGURE_THEN_NAME_RE = /^\s*[—－]{1,2}\s*([\u4e00-\u9fa5A-Za-z“”（）()]{2,24}?)\s*(?=[，,。；;]|$)/;


/** The items of a list name (splitLabelList) when there are two or more and every one passes `test`; else null. */
function everyItem(list: string, test: (label: string) => boolean): string[] | null {
  const items = splitLabelList(list);
  return items.length >= 2 && items.every(test) ? items : null;
}

/** `comment`: the sentence is read as other (a deputy's or a reporter's words), where a turn to this year's plan makes a
 * target (spokenPlanBefore). */
function toSlots(text: string, quantities: Quantity[], comment: boolean): Slot[] {
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
    while (clauseStart > previousEnd && !isSoftBreak(text, clauseStart - 1) && !HARD_BREAKS.includes(text[clauseStart - 1])) clauseStart--;
    const hardStart = Math.max(lastHard[q.start] + 1, q.start - 400);
    // 5个医共体, and 2235万城市居民 (a bare scale): the noun after the number is what is counted.
    const counted = COUNT_UNITS.has(q.unit) || (!q.unit && q.scale) ? countedNoun(text, q.tailEnd, q.unit || "bare") : "";
    // 6398万农村人口, 13亿城乡居民: a bare scale before people counts people.
    if (!q.unit && q.scale && PEOPLE_RE.test(counted)) q = { ...q, unit: "人" };
    else if (!q.unit && q.scale && HOUSEHOLDS_RE.test(counted)) q = { ...q, unit: "户" };
    const prefix = text.slice(clauseStart, q.start);
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

/** 大豆要求增长4.4%, 钢：从135万吨增加到412万吨, 我国有十亿多人口: a name where every rule found none (never an empty one). */
function lastResortLabel(text: string, slot: Slot): string {
  const own = text
    .slice(slot.clauseStart, slot.q.start)
    .replace(/^(?:(?:今后|未来|过去)?(?:[一二三四五六七八九十两]|\d{1,2})年)?(?:其中|今年|全年|我们|我国|全国)?(?:有|拟|将|要)?/, "")
    .replace(/(?:要求|计划|预计|拟|将|要|力争|确保|争取|可以|可)(?=投入$)/, "")
    .replace(/(?:要求|计划|预计|拟|将|要|力争|确保|争取|可以|可)?(?:分别|共|再|又)?(?:增长|增加|提高|达到|下降|减少|完成|为|是|到|转|从|由|定在|定为)?(?:了|近|约)?$/, "")
    .replace(/^的/, "");
  if (/^[\u4e00-\u9fa5“”]{2,16}$/.test(own)) return own;
  // 钢：从…: a name before a colon heads its figures.
  const headed = /([\u4e00-\u9fa5]{1,8})[：:]\s*$/.exec(text.slice(Math.max(0, slot.clauseStart - 10), slot.clauseStart))?.[1];
  if (headed && !namesSpeaker(headed)) return headed;
  // 我国有十亿多人口: 人口 is read as the unit 人 and a stray 口.
  if (slot.q.unit === "人" && text[slot.q.tailEnd] === "口") return "人口";
  const counted = slot.counted || countedNoun(text, slot.q.tailEnd);
  if (counted) return counted;
  // 把“拨改贷”和…基金转为国家资本金，今年再转500亿元: what the clause before does, named whole.
  const before = text.slice(Math.max(0, slot.clauseStart - 40), Math.max(0, slot.clauseStart - 1)).split(/[，,。；;：:]/).at(-1) ?? "";
  const done = before.replace(/^(?:继续|进一步|要|将)?(?:把|将)/, "");
  return done.length >= 2 && done.length <= 24 ? done : "";
}

/** 制定和颁布了…, 全国有…: a past event or what exists now, in the number's own clause. */
/** 增长目标定在5.5%左右, 预期目标为6%: a target named as such just before its figure (not 高于目标, 完成目标的); and
 * 失业率目标由去年的5.5%以内调整为…, 增长目标比去年的6%…: the old target a change of target starts from (or is compared
 * with) is a target too. */
const NAMED_TARGET_RE = /把(?:今年|明年)的?[^，,。]{0,12}(?:定在|定为)$|(?<!高于|低于|超过|完成|实现|比|较)目标(?:值)?(?:(?:仍|依然|继续)?(?:定在|定为|拟定为?|确定为|设定为|设为|为|是)(?:不低于|不少于|不超过)?(?:增长|增速|下降)?|则?(?:由|从)(?:去年|上年)?的?[“"]?|(?:比|较)(?:去年|上年)的?)$/;
/** 记者：今年全市地区生产总值预期增长6%左右…: this year's expected figure, a target wherever a question or an article puts it. */
const THIS_YEAR_EXPECTED_RE = /(?:今年|明年)[^，,。；;：:]{0,16}预期(?:增长|增速|目标)?(?:为|是|达到)?$/;
/** 比上年增加, 较去年预算多: the words that make a figure an increase over the year before. */
const AGAINST_TAIL_RE = /((?:比|较)(?:上年|去年|上一年)(?:预算)?(?:增加|减少|提高|降低|回落|上升|下降|增产|减产|放宽|收紧|多|少|高|低))了?$/;
/** 降低率, 下降率: the name of a rate of fall. */
const FALL_RATE_RE = /(?:降低率|下降率)$/;
/** 再解决150万贫困人口的温饱问题, 143万贫困人口基本解决温饱 (not 还有610万贫困人口没有解决温饱问题). */
const FED_RE = /(?<!没有|尚未|未能|未|仍未|还没有)解决[^。；;，,]{0,14}温饱/;
/** 新增…总里程: 新增 glued to a total by the name carried from the clause before. */
const NEW_BEFORE_TOTAL_RE = /^(?:新增|新建)(?=.{2,}总(?:里程|数|量|规模|面积))/;
/** 增长目标下调了, 增速目标提高了: the target itself moved (group 1 is its name's tail). */
const TARGET_MOVED_RE = /((?:增长|增速)?目标)(?:(?:比|较)(?:去年|上年))?(?:则|也)?(?:又|再)?(?:下调|上调|调低|调高|调减|提高|降低|放宽|收紧)了?$/;
/** 今年高校毕业生909万人, 今年高校毕业生预计达1158万人: the year's graduates, as forecast. */
const COHORT_RE = /(?:今年|明年|全年)(?:全国)?(?:普通)?(?:高校|高等学校)(?:应届)?毕业生(?:人数|规模)?(?:预计)?(?:将)?(?:达到?|有|超过|为)?$/;
const FACT_CLAUSE_RE = /(?<![为除提出确定规定明确要求])了(?!解)|^(?:全国|全省|全市|全区|全县|我国|目前|现在)?(?:已经?)?有$/;
/** 原来设想的, 原计划增长, 年初预期, 一九八二年计划为: the plan's own figure, in a review or a result sentence. */
const PLANNED_RE = /(?:原来?|原先|原定|当初|年初)(?:设想|计划|预计|预算|安排|确定|规定|要求|提出|预期)(?:的|为|是)?[^，,。；;]{0,10}$|(?:^|年)计划(?:为|是)$|(?:原定|预定|既定)的?(?:近|约)?$/;
/** 今年力争两成, 确保完成…: a commitment word in the clause makes its figure a target wherever the sentence stands (313 of
 * 313 labelled figures under 力争, 争取 or 确保 are targets); 确保了 tells what was secured, and 争取专项债券资金46.8亿元
 * in a review the funds obtained (3 of 3 results). So does a plan for this year in a quote (今年计划再增长30%以上:
 * 13 of 13 targets). */
/** 港口货物吞吐量未能突破5亿吨, 社会消费品零售总额未能实现增长7%: the figure not reached is the target's. */
const NOT_REACHED_RE = /(?:未能|没能|尚未|没有|未)(?:实现|完成|达到|突破|超过)[^，,。；;]{0,8}$/;
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
const PAST = -1;

function clauseYear(prefix: string): number | null {
  let year: number | null = null;
  for (const m of prefix.matchAll(CLAUSE_YEAR_RE)) year = readYear(m[1]);
  // Not 基础上年均增长 (上 of 基础上 before 年均) nor 以上年…: only 上年 as a word.
  // (恢复到上年的90%: last year is the base the figure is a share of, as 比上年 is, not the figure's date.)
  if (year === null && /(?:^|[^比较同到至])(?:去年|(?<![础之以到至])上年(?!均|度以来))(?!同期)/.test(prefix)) year = PAST;
  return year;
}

/** A bare verb (关停5000万千瓦小火电机组) takes the object written after the amount; a share written 在…中占比 takes the
 * subject of the clause before (服务业快速发展，在国内生产总值中占比…); 中央财政安排补助资金 drops the verb. */
function ownLabel(text: string, q: Quantity, label: string, hardBreakBefore: boolean): string {
  const solved = solvedProblems(label, text.slice(Math.max(0, q.start - 60), q.start));
  if (solved) return solved;
  if (BARE_VERB_RE.test(label) && !hardBreakBefore) {
    const object = objectAfter(text, q);
    if (object) return label + object;
    // 加大保障性安居工程建设力度，今年新开工700万套: the works named in the clause before are what is started.
    const works = WORKS_RE.exec(clauseBefore(text, q.start, 40))?.[1];
    if (works) return works + label;
  }
  // 全年新签约招商引资项目312个，到位资金986.4亿元: funds that arrived are 招商引资's when the sentence is about it.
  if (/^(?:实际)?到位资金$/.test(label) && text.slice(0, q.start).includes("招商引资")) return `招商引资${label}`;
  // 建设1亿亩高标准农田: a verb of building that leaves names (建设, 打造, 培育) names nothing; the object after does; so does
  // a fund's setting up (设立5亿元中小企业贷款担保资金: batch 38's 宝安).
  if (/^(?:建设|打造|培育|推广|设立)$/.test(label) && !hardBreakBefore) {
    const object = objectAfter(text, q);
    if (object) return object;
  }
  // 通过财政向银行发行2100亿元长期国债, 带动4200多亿元银行贷款: what was raised is the object after the amount.
  if (RAISING_VERB_RE.test(label) && !hardBreakBefore) {
    const object = objectAfter(text, q);
    if (object) return object;
    // 拟连续几年发行超长期特别国债，（专项用于…，）今年先发行1万亿元: a clause before names what its own verb raises.
    const verb = RAISING_VERB_RE.exec(label)![0];
    if (label.length <= verb.length + 2) {
      const before = text.slice(Math.max(0, q.start - label.length - 120), q.start - label.length);
      const named = [...before.matchAll(new RegExp(`${verb}([\u4e00-\u9fa5“”]{2,10})(?=[，,；;])`, "g"))].at(-1)?.[1];
      if (named) return named;
    }
  }
  // 推动哈欧、哈俄班列常态化运行，全年开行400列以上: the trains run are the ones the sentence named before (16 labels).
  if (/^(?:开行|发运|运行|开通)$/.test(label) && /^(?:列|班|趟|次)$/.test(q.unit)) {
    const trains = [...text.slice(0, q.start).matchAll(/([\u4e00-\u9fa5“”（）()、]{0,12}班列(?:[（(][\u4e00-\u9fa5]{1,6}[)）])?)/g)].at(-1)?.[1];
    if (trains) return trains.replace(/^(?:推动|推进|加快|保障|支持|实现|常态化)+/, "") + label;
  }
  // 取消了原先336亿元的农业税赋: what was taken off is the noun after 的.
  if (ACTION_END_RE.test(label)) {
    const noun = /^的([\u4e00-\u9fa5“”]{2,12})(?=[，,。；;、和等]|$)/.exec(text.slice(q.tailEnd))?.[1];
    if (noun) return noun;
  }
  if (/^在.{2,14}中的?(?:占比|比重)/.test(label)) {
    const subject = subjectBefore(text, q.start - label.length);
    if (subject) return subject + label;
  }
  // 国家财政共增加支出540多亿元, 仅中央财政当年就增加支出: what was added to is the spending.
  const spending = /^(.{2,8}?财政)(?:共|就|又|再|将|拟|每年)*(?:增加|安排)?(支出|投入)$/.exec(label);
  if (spending) return spending[1] + spending[2];
  const payer = /^(中央财政|中央预算内|地方财政|财政)(?:预算)?(?:拟|将)?安排(.{2,})$/.exec(label);
  // 全国财政安排农村义务教育经费: a budget of no named level adds nothing to the fund's name.
  if (payer) return payer[1] === "财政" ? payer[2] : payer[1] + payer[2];
  // 中央财政安排109亿元资金支持再就业: the payer alone names no metric; the fund after the amount and its purpose do.
  if (PAYER_RE.test(label)) {
    const fund = fundAfter(text, q);
    if (fund) {
      const purpose = new RegExp(`^${fund}[，,]?(?:支持|用于)([\\u4e00-\\u9fa5“”]{2,8})(?=[，,。；;]|$)`).exec(text.slice(q.tailEnd))?.[1];
      return (GOVERNMENT_RE.test(label) ? "" : label) + (purpose ?? "") + fund;
    }
    // 中央财政将投入100亿元，支持…: with no fund named after it, the payer's spending is the figure.
    const spent = /(投入|拨付|支出)了?$/.exec(text.slice(Math.max(0, q.start - 4), q.start))?.[1];
    if (spent && !GOVERNMENT_RE.test(label)) return label + spent;
    // 中央财政安排51亿元，用于支持地方加强公共卫生服务: what the money is for names it.
    const purpose = q.unit.endsWith("元") ? PURPOSE_RE.exec(text.slice(q.tailEnd))?.[1] : undefined;
    if (purpose && !GOVERNMENT_RE.test(label)) return `${label}${purpose}资金`;
  }
  // 国民收入中，用于积累的部分为1，120亿元: a scope in the clause before (…中，) belongs to the label.
  const at = text.lastIndexOf(label, q.start);
  const scope = at > 0 ? /([\u4e00-\u9fa5]{2,10}中)[，,]$/.exec(text.slice(Math.max(0, at - 12), at)) : null;
  // …的二十八年中，农业总产值…: a span of years is when, not a scope of the metric.
  if (scope && /(?:[一二三四五六七八九十两几]|\d)年中$|(?:时期|期间|过程)中$/.test(scope[1])) return label;
  // 在这4.2万亿元中，增值税留抵退税…: a scope that is an amount is the total the part belongs to, not a name.
  if (scope && /(?:[万亿千百]?元|[万亿]|这|此)中$/.test(scope[1])) return label;
  // 在工农业总产值中，农业所占比重: the part's share of the whole, named the way a reader writes it.
  const share = scope?.[1].startsWith("在") ? /^(.{1,12}?)(?:所|已|将|又)?占(?:的)?(?:比重|比例)?$/.exec(label) : null;
  if (share) return `${share[1]}占${scope![1].slice(1, -1)}比重`;
  return scope ? scope[1] + label : label;
}

const PEOPLE_NAME_RE = /(?:人口|人员|职工|工人|学生|农民|居民|群众|劳动力|人数)$/;
const COMPARED_FROM_RE = /(?:比|较|同)[^，,。；;]{1,12}的$/;
const CHANGE_START_RE = /^(?:增长|增加|提高|上升|下降|减少|降低|扩大|缩小|翻)/;

/** The words after an amount up to the end of its clause (关停5000万千瓦小火电机组，…), or null. */
function objectAfter(text: string, q: Quantity): string | null {
  const object = /^([\u4e00-\u9fa5“”]{2,10})(?=[，,。；;]|$)/.exec(text.slice(q.tailEnd))?.[1] ?? null;
  // 迈上2万亿元新台阶, 突破万亿元大关: a mark of the level reached, not what is measured.
  return object && LEVEL_MARK_RE.test(object) ? null : object;
}

const LEVEL_MARK_RE = /^(?:新|[两二三四五六七八九]个)?(?:台阶|大关|关口|量级)$/;

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

const PAYER_RE = /^(?:中央财政|中央预算内|地方财政|各级财政|财政|省财政|市财政|区财政|中央|国家|中央政府)$/;
/** A government that pays, not a budget: 中央安排30亿元国债资金 names the fund alone. */
const GOVERNMENT_RE = /^(?:中央|国家|中央政府)$/;

/** 对592个重点贫困县, 启动了178项…项目, 涉及5300多个税目, 用心办好52项民生实事, 重点抓好500个亿元以上项目: a preposition or a verb before a count is no part of what is counted. */
const COUNT_LEAD_WORD_RE = /^(?:(?:用心|全力|着力|扎实|认真|重点)?(?:办好|办成|办理|落实|推进|推动|完成|抓好)|组织实施了?|组织开展了?|对|为|在|向|给|使|让|是|是一个|一个|有|拥有|启动|涉及|包括|惠及|帮助|救助|资助|支持|组织|覆盖|实施|开展|解决|免除|免征|减轻|降低|建成|新建|建设|改造|加固|拍摄|扶持|形成|坚持)$/;

/** 安排200亿元技改专项资金支持…: the fund an amount is, written right after it. */
const PURPOSE_RE = /^[，,]?(?:专项)?用于(?:支持|扶持|补助)?(?:地方|各地)?(?:加强|发展|开展|推进|改善)?([\u4e00-\u9fa5“”]{2,10}?)(?:工作|建设)?(?=[，,。；;]|$)/;

function fundAfter(text: string, q: Quantity): string | null {
  if (!q.unit.endsWith("元")) return null;
  return /^([\u4e00-\u9fa5“”]{0,10}?(?:国债资金|资金|经费|补贴|补助|贷款|债券|国债|基金|投资))/.exec(text.slice(q.tailEnd))?.[1] ?? null;
}

const WON_FUNDS_RE = /争取(?:到|上级|中央|国家|省级?|市级?)?[^，,。；;争]{0,12}(?:资金|债券|补助|补贴|基金|贷款|资助)(?:额度)?$/;
const RAISING_VERB_RE = /(?:发行|带动|筹集|募集|吸引|投入|拨付|下达|节省出|节约出)$/;
const ACTION_END_RE = /(?:取消|减免|免除|节约|节省|减轻|带动|发放)了?(?:原先|原来|共)?$/;

const WORKS_RE = /(?:加大|加快|推进|实施|推动|抓好|做好)?([\u4e00-\u9fa5“”]{2,10}?(?:工程|住房|安置房|项目))(?:建设)?(?:力度|步伐|进度)?$/;
const BARE_VERB_RE = /^(?:关停|淘汰|新建|建成|竣工|交付|开工|新开工|改造|完成|新增|增发|培训|资助|转移|解决|安置)$/;

/** How many values follow slot k joined to it by 和/、 alone (8.4%和11.4%, 5%、6%和7%). */
function joinedValues(text: string, slots: Slot[], k: number): number {
  let count = 0;
  for (let j = k + 1; j < slots.length; j++) {
    if (!/^\s*[和、及与]\s*$/.test(text.slice(slots[j - 1].q.tailEnd, slots[j].q.start))) break;
    count++;
  }
  return count;
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
  if (ctx.kind === "goal") return "target";
  if (ctx.kind === "achievement") return "actual";
  return ctx.part === "plan" ? "target" : "actual";
}

/** …完成年度目标的, 分别完成目标任务的101.2%和: a per cent of the plan done follows. */
const PLAN_DONE_RE = /完成了?(?:年度|全年|年初)?(目标|计划|预算)(?:任务)?的?(?:[\d.]+%[和、])*$/;

/** 财政总收入 → 财政总收入目标完成率, 固定资产投资完成年度计划 → 固定资产投资计划完成率; nothing named at all → 年度目标完成率. */
function planDoneLabel(label: string, word: string, previous: string | undefined): string {
  // 完成投资120亿元，完成年度计划的105%: with nothing of its own, the plan is the one of the metric just named.
  const named = label.replace(/(?:完成了?)?(?:年度|全年|年初)?(?:目标|计划|预算|任务)*$/, "") || previous || "";
  return named.length < 2 ? `年度${word}完成率` : `${named}${word}完成率`;
}

/**
 * 高于全市, 高出全省平均水平, 增速快于全国, 增幅比全市高, 高于年度目标: the rate word (1), then the direction and what the
 * rate is measured against, written before (2, 3) or around it (4, 5).
 */
const MARGIN_RE = /^(增速|增幅)?(?:(高于|快于|高出|超出|低于|慢于)([\u4e00-\u9fa5]{0,10})|(?:比|较)([\u4e00-\u9fa5]{1,10}?)([高快低慢]))$/;

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
  return `${metric}${margin[1] ?? "增速"}${MARGIN_WORDS[word] ?? word}${against}`;
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

/** 比去年的, 与去年: last year's figure is quoted next. */
/** (与去年“7%左右”的目标相比: the figure quoted.) */
const LAST_YEAR_BEFORE_RE = /去年的?[“"]?$/;

/** …的目标 (the growth target named after its figure) or …的增长 (the economy's growth). */
const GROWTH_NAMED_AFTER_RE = /^(?:左右|以上|上下)?的(?:经济)?(?:增长|增速)?(?:预期)?(目标)?(?<=增长|增速|目标)/;
/** 首府南宁市, 省会长沙市: what the place is to the region is no part of its name. */
const CAPITAL_LEAD_RE = /^(?:首府|省会|首都)/;
/** 全区地区生产总值: a metric named for the whole of a level (全区, 全市…) or for no place, which a place after it shares. */
function wholeMetric(label: string): { place: string; metric: string } | null {
  const metric = label.replace(/^(?:全区|全市|全省|全县|全国|全盟|全州|全旗)/, "");
  return lookupMetric(metric).known ? { place: "", metric } : null;
}
/** …与去年相同, 与上年持平 at a name's end (去年 may already be gone, read as a date). */
const SAME_AS_LAST_YEAR_RE = /(?<=.{2})与(?:去年|上年)?(?:相同|持平|一致)$/;
/** 、固定资产投资增长12%等年初预期目标 after a figure: the figures of a list named as the year's targets (or 指标). */
const LISTED_TARGETS_AFTER_RE = /^(?:左右|以上|以内|以下)?(?:、[^；;。，,、]{1,20}?)*等(?:年初|年度|全年)?(?:确定的|提出的)?(?:预期|主要)?(?:经济)?(?:指标|目标)/;
/** 5%左右的目标, 5%左右的预期 (低于年初5%左右的预期: batch 46's 烟台 news): the figure quoted is a target's. */
const QUOTED_TARGET_AFTER_RE = /^(?:左右|以上|以内|以下)?的(?:(?:预期|年度|既定|全年|增长|奋斗)?目标|预期(?![\u4e00-\u9fa5]))/;
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

/** How far after a figure the words that name or qualify it are read (…等年初预期目标, 的预期, 的县（市）). */
const AFTER_REACH = 160;
/** 6.5%左右的预期目标, 13%的年度目标, 没有实现年初6%以上的预期: what follows a figure that is a target's. */
const OF_TARGET_RE = /^的(?:(?:预期|年度|全年|年初)?(?:增长)?目标|预期(?![\u4e00-\u9fa5]))/;

const SHARED_MEASURE_RE = /(?:排放量|排放总量|排放强度|浓度)$/;
/** Amounts that double: an output, an income, a count of visitors (not a rate or a share). */
const DOUBLED_AMOUNT_RE = /(?:总值|总量|GDP|增加值|收入|产值|产量|规模|接待量|人次|人数|投资|总额|消费)$/;

const AMOUNT_NAME_RE = /(?:生产总值|GDP|增加值|投资|零售总额|零售额|社零额|总收入|预算收入|可支配收入|营业收入|产量|产值|进出口总额|出口额|进口额)(?:预期)?(?:目标)?$/;

function typeOf(q: Quantity, label: string, verb: PrefixInfo["verb"], followedByOf: boolean, growthNoun = false): IndicatorType {
  if (q.form === "ratio") return "ratio";
  // 城乡居民收入比1.68, 收入倍差缩小至1.72: a bare number after a ratio's name is that ratio.
  if (!q.unit && !q.scale && /(?:收入比|倍差|结构比|之比)$/.test(label)) return "ratio";
  // 三分之二 is a share; 百分之五 and 三成 (tenths) are per cent, read as per cent figures are (增长三成 is a growth).
  if (q.form === "fraction" && !/^[百千]分之|成$|^一半$/.test(q.text)) return "share";
  if (q.unit === "倍") return "multiple";
  if (q.unit === "个百分点" || q.unit === "百分点") return "growth";
  if (q.unit === "%" || q.unit === "‰" || q.form === "fraction") {
    // 人口自然增长率控制在9‰以内: the births less deaths per thousand is a rate of its own (6 labels of 6), not a growth.
    if (/自然增长率$/.test(label) && verb !== "growth") return "rate";
    // 办事提速51.6%: a speed-up is a change, not a rate of its own.
    // (社零增速目标7%左右, 经济增长目标5.5%左右: a growth named as its target, batch 43's 淄博 and 南宁.)
    if (verb === "growth" || growthNoun || /(增长|增速|增幅|涨幅|增长率|增长速度|上涨|提速)(?:预期)?(?:目标)?$/.test(label)) return "growth";
    // (调查失业率稳定在5%左右的较低水平: a rate named before the figure stays a rate whatever 的 follows.)
    if (/比重|占|比例|比率|之比|份额|强度|相当于|亏损面/.test(label) || (followedByOf && !/(?<!比)率$/.test(label))) return "share";
    // 多数省份将地区生产总值增长目标定在5%以上: a per cent of an amount (an output, a sum of money) is its change.
    if (AMOUNT_NAME_RE.test(label)) return "growth";
    return "rate";
  }
  if (COUNT_UNITS.has(q.unit)) return "count";
  // 空气质量优良天数305天: days counted (10 readers' labels of 10), not a length of time (会期5天).
  if (q.unit === "天" && /优良天数$/.test(label)) return "count";
  if (!q.unit && /倍差|之比|比例/.test(label)) return "ratio";
  // 煤矿百万吨死亡率下降到0.19: a bare number after a rate's name is that rate.
  if (!q.unit && !q.scale && /死亡率$/.test(label)) return "rate";
  return "level";
}

/** 恢复到上年的, 恢复至2019年同期水平的: the base year whose level a per cent after it is a share of (group 1). */
const RECOVERED_SHARE_RE = /恢复(?:到|至)((?:上年|去年|常年|疫情前|(?:19|20)\d\d年)(?:同期)?(?:水平)?)的$/;

/** 比去年预算高, 比上年预算低: a figure measured from last year's budget (a plan against a plan). */
const BUDGET_AGAINST_RE = /比(?:去|上)年预算(?:赤字)?(?:[高低]|增加|减少|提高|降低)?了?$/;

/** What a cut relieves others of (企业税负, 农民负担, 涉企收费): the sum cut is the promise itself. */
const BURDEN_RE = /(?:税负|负担|收费|税费)$/;

const INDUSTRY_CUT_RE = /^([\u4e00-\u9fa5]{2,4})行业(?:压减|退出|化解|淘汰|削减)(?:落后|过剩)?((?:[\u4e00-\u9fa5]{0,4})产能)$/;

/** A cut in front of what is cut (减少农村贫困人口, 减轻农民负担): the verb is the sign, not part of the name. */
const CUT_LEAD_RE = /^(?:再|又|共|累计)?(?:减少|减轻|降低|压减|削减|核减|裁减|调减|退出(?!贫困))了?(?=[\u4e00-\u9fa5“]{2})/;
/** 退出贫困村95个: villages that left poverty, named as readers name them (贫困村退出, 5 labels of batches 20–41), a count up. */
const POOR_EXIT_RE = /^退出(贫困(?:村|县|乡镇|乡))$/;

function toIndicator(
  text: string, q: Quantity, label: string, verbInfo: PrefixInfo, own: PrefixInfo, modality: Modality, extra: Partial<Indicator>,
): Indicator {
  // 新增轨道交通运营里程近100公里，总里程达到516公里: the total is no addition (新增 carried over from the clause
  // before, not written with the total: 新增政府债务总规模 is a name of its own).
  if (!text.includes(label)) label = label.replace(NEW_BEFORE_TOTAL_RE, "");
  // 今年的经济增长目标与去年相同，仍定在12%左右: the sameness with last year is no part of the name.
  label = label.replace(SAME_AS_LAST_YEAR_RE, "");
  // “1580个省重点项目完成投资…: the opening mark of a quote, never closed in the name, is no part of it.
  if (/^“[^”]*$/.test(label)) label = label.slice(1);
  // 再解决150万贫困人口的温饱问题: the poor whose food and clothing were secured, counted up (every reader of 11 labels).
  if (/^(?:农村)?贫困人口$/.test(label) && FED_RE.test(text.slice(Math.max(0, q.start - 6), q.tailEnd + 14))) label = "解决温饱的贫困人口";
  // 农村贫困人口再减少1000万: an amount of people written with its scale alone counts people.
  if (!q.unit && q.scale && PEOPLE_NAME_RE.test(label)) q = { ...q, unit: "人" };
  // 占…的60%, and 在60％政府举办的基层医疗卫生机构: a per cent of the things named after it is a share of them.
  // 5%左右的目标“实事求是”, 实现5%左右的增长有基础: a per cent named by what follows it, when nothing before names it.
  // What follows the figure, as far as the words read after it reach (one copy, not one per rule: a sentence may hold
  // thousands of figures).
  const after = text.slice(q.tailEnd, q.tailEnd + AFTER_REACH);
  const namedAfter = q.unit === "%" && !lookupMetric(label).known ? GROWTH_NAMED_AFTER_RE.exec(after) : null;
  if (namedAfter) label = namedAfter[1] ? "增长目标" : "经济增长";
  // 实现了固定资产投资增长10%的目标: the figure quoted is the target's, whatever the sentence reports.
  // (地区生产总值增长7%左右、固定资产投资增长12%等年初预期目标未能实现: each figure of a list of targets named as such.)
  const quotesTarget = QUOTED_TARGET_AFTER_RE.test(after);
  if (namedAfter?.[1] || quotesTarget || LISTED_TARGETS_AFTER_RE.test(after)) modality = "target";
  // 今年的经济增长目标比去年的6%左右下调了0.5个百分点, 与去年的5.5%左右相比 (news on this year's targets): last year's
  // target quoted, a target (every reader of 5 articles); with no name before it, it is the target the sentence is about.
  const lastYearsTarget = q.unit === "%" && LAST_YEAR_BEFORE_RE.test(text.slice(Math.max(0, q.start - 5), q.start)) && text.slice(q.end, q.tailEnd + 2).includes("左右") && /目标/.test(text);
  if (lastYearsTarget) {
    modality = "target";
    const named = label.replace(/(?<=.{2})[与比较同]$/, "").replace(/[“"]$/, "");
    // (与去年“6%左右”的增长目标相比: the quote closed after the figure leaves no name before it.)
    label = /^(?:相比|持平|)$|^[”"的]/.test(named) ? (/今年(?:的)?((?!的)[\u4e00-\u9fa5]{1,8}?目标)/.exec(text.slice(q.tailEnd))?.[1] ?? "增长目标") : named;
  }
  // 增长目标比去年下调了0.5个百分点, 规模以上工业增加值目标则比去年下调了1.5个百分点: a target moved is a target.
  // (今年的经济增长目标比去年低1个百分点: so is one set lower or higher than last year's.)
  if (q.unit === "个百分点" && /目标[^，,；;。：:]*(?:[上下]调|调[低高]|(?:比|较)(?:去年|上年)(?:提高|降低|低|高))了?$/.test(text.slice(0, q.start))) modality = "target";
  // (距年初确定的6.5%左右的预期目标仍有差距: a figure 的 a target is that target's figure, not a share of it.)
  const ofTarget = OF_TARGET_RE.test(after);
  const followedByOf = !namedAfter && !ofTarget && (text[q.tailEnd] === "的" || (/[在对使让]/.test(text[q.start - 1] ?? "") && text.startsWith(label, q.tailEnd)));
  // 单位GDP能耗降低率2.5%: a rate of fall named as such is the metric's growth, negative (a table's row name).
  const fallRate = q.unit === "%" && FALL_RATE_RE.test(label);
  // 固定资产投资恢复到上年的90%以上, 生猪出栏量恢复到常年的85% (the years after the epidemic): how much of a base year's
  // level came back, a share named so (every reader of batch 53's 孝感, 9 labels).
  const recovered = q.unit === "%" ? RECOVERED_SHARE_RE.exec(text.slice(Math.max(0, q.start - 16), q.start)) : null;
  if (recovered) label = `${label.replace(/恢复(?:到|至).*$/, "")}恢复到${recovered[1]}的比例`;
  const type = recovered ? "share" : fallRate ? "growth" : typeOf(q, label, verbInfo.verb, followedByOf, verbInfo.growthNoun || own.growthNoun || namedAfter !== null || lastYearsTarget);
  // 比上年增加1500亿元, and 增加中央预算内经常性建设投资100亿元: an amount added to (or taken from) a level.
  // 减少农村贫困人口1000万, 贫困人口再减少1000万, 减轻农民负担20亿元: a cut of a stock, named by the stock, negative.
  const stock = type === "level" || type === "count";
  // 减轻企业税收和社保缴费负担 is a sum cut for others (减税降费), counted as given: a name of its own, not a fall.
  // 钢铁行业压减粗钢产能4500万吨, 煤炭行业退出产能2.5亿吨: the industry that cuts, then the capacity cut.
  const industryCut = stock ? INDUSTRY_CUT_RE.exec(label) : null;
  if (industryCut) label = industryCut[2] === "产能" ? `${industryCut[1]}产能` : industryCut[2];
  // 两次降低存款准备金率: a number of times is never a cut of what was moved.
  const cuttable = stock && q.unit !== "次";
  const cutOf = cuttable && !industryCut && !lookupMetric(label).known ? CUT_LEAD_RE.exec(label) : null;
  if (cutOf) label = label.slice(cutOf[0].length);
  label = label.replace(POOR_EXIT_RE, "$1退出");
  // 降低900多万个体工商户税负: what is cut is the burden the counted households carry, not the households.
  const runAfter = /^[\u4e00-\u9fa5]+/.exec(text.slice(q.tailEnd))?.[0] ?? "";
  const countsAModifier = runAfter.startsWith(label) && runAfter.length > label.length + 1;
  // 减贫1386万人: the rural poor cut by that many (two readers of two take it negative).
  const povertyCut = stock && label === "减贫";
  const cut = cutOf !== null || industryCut !== null || povertyCut || (cuttable && verbInfo.verb === "growth" && verbInfo.cut && !countsAModifier);
  // A cut of people or things (减少贫困人口1000万) is a commitment of its own; a cut of an amount of money restates a level.
  // 赤字率拟按2.8%安排，比去年预算高0.2个百分点: a plan's level against last year's budget restates that level too.
  const againstBudget = !stock && BUDGET_AGAINST_RE.test(text.slice(Math.max(0, q.start - 12), q.start));
  // 减轻企业税负5000多亿元 is relief promised (and reported back: 降低企业税负5700多亿元), a commitment of its own.
  const burdenCut = cut && BURDEN_RE.test(label);
  // (农民人均纯收入增加250元: a sum of money a level grows by, with or without 比上年, is that level's increase.)
  const increment =
    againstBudget ||
    (stock && !burdenCut &&
      ((verbInfo.verb === "growth" && (verbInfo.against || own.against)) || (q.unit === "元" && (cut || own.added || label.startsWith("增加") || verbInfo.verb === "growth"))));
  const moved = targetMovedFromLastYear(label, text.slice(Math.max(0, q.start - 8), q.start));
  if (moved) [label, modality] = [moved.label, "target"];
  // A fall is negative: 下降3% → −3, 比上年减少198亿元 → −198亿, and a target fewer than last year's.
  const sign = (((type === "growth" || increment) && verbInfo.negative) || cut || fallRate) !== (moved?.fewer ?? false) ? -1 : 1;
  // 争取专项债券资金46.8亿元: 争取 before money is the verb that won it (from the state, the province), no hedge.
  const written = [...new Set([...verbInfo.qualifiers, ...own.qualifiers, ...q.after])];
  const wonFunds = written.includes("争取") && WON_FUNDS_RE.test(text.slice(Math.max(0, q.start - 24), q.start));
  // 低于年初5%左右的预期: the result's 低于 a quoted target is no bound of the target's figure.
  const quotedTarget = modality === "target" && quotesTarget;
  const all = written.filter((w) => w !== "由" && !(wonFunds && w === "争取") && !(quotedTarget && (w === "低于" || w === "高于")));
  // 今后五年年均增长7.5%: an average per year over the span, not a total over it.
  const qualifiers = all.includes("年均") ? all.filter((w) => w !== "累计") : all;
  // 新型农村社会养老保险试点要覆盖全国10%左右的县（市）: the share of the places named after the figure that the pilot reaches.
  const reach = type === "share" ? /^(.{2,}?)(?:要|将|已|已经)?(?:扩大|覆盖|推广|推开|扩展|延伸)(?:到|至)?(?:全国|全省|全市)$/.exec(label) : null;
  const places = reach ? /^的([一-龥]{1,4}(?:[(（][^)）]{1,8}[)）])?)/.exec(after)?.[1] : undefined;
  if (reach && places) label = `${reach[1]}${places}`;
  // 经济总量约占全市的六分之一: the hedge before 占 is the figure's (约), not the name's.
  const hedgedShare = type === "share" ? /^(.{2,}?)(约|近|接近|将近|超过)(占.{2,})$/.exec(label) : null;
  if (hedgedShare) {
    label = hedgedShare[1] + hedgedShare[3];
    const word = ({ 接近: "近", 将近: "近" } as Record<string, string>)[hedgedShare[2]] ?? hedgedShare[2];
    if (!qualifiers.includes(word)) qualifiers.push(word);
  }
  // 民生支出占一般公共预算支出76.9%: a share is named as the share (…比重), as a reader says it.
  // (国产蔬菜种子市场占有率: 占有 is no 占 of a share.)
  const named = type === "share" && /^[^占]{2,}占(?!有|用)[^占]{2,}$/.test(label) && !/(?:比重|比例|份额|之比)$/.test(label) ? `${label}比重` : label;
  const indicator: Indicator = {
    metric: lookupMetric(named).key,
    label: named,
    value: sign * q.value,
    unit: q.unit,
    scale: q.scale,
    type,
    qualifiers,
    modality,
    text: q.text,
    start: q.start,
    end: q.end,
    ...extra,
  };
  if (q.upper !== undefined) indicator.upper = sign * q.upper;
  if (increment) indicator.increment = true;
  if (q.parts) indicator.parts = q.parts;
  return indicator;
}
