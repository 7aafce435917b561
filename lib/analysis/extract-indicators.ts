// Turns the quantities of one sentence into indicators: which metric each number measures, what kind of
// number it is, how it is qualified, and whether it is a target, an actual or an estimate.
// Numbers are read clause by clause; 分别 and 均 distribute values over a list of metrics, and a 分别 without
// its own list reaches back across commas to the metrics named before it.
import { findQuantities, type Quantity } from "./find-quantities";
import { lookupMetric } from "./lookup-metric";
import { expandPair, HEADS, parsePrefix, type PrefixInfo } from "./parse-prefix";
import type { Indicator, IndicatorType, Modality, Part, SentenceKind } from "./types";

export interface ExtractContext {
  kind: SentenceKind;
  part: Part;
}

const SOFT_BREAKS = ",，:：—";
const HARD_BREAKS = "。;；!！?？\n";
const COUNT_UNITS = new Set([
  "人次", "家次", "户次", "场次", "批次", "个", "家", "项", "人", "名", "户", "件", "所", "座", "条", "台", "辆", "场", "次",
  "宗", "幢", "栋", "套", "张", "处", "例", "起", "部", "支", "批", "篇", "册", "本", "只", "头", "株", "棵", "枚", "位",
  "床", "间", "艘", "架", "道", "根", "盏", "口", "片", "层", "门", "类", "种",
]);

interface Slot {
  q: Quantity;
  /** The noun right after a count (5个医共体 → 医共体), "" if none. */
  counted: string;
  info: PrefixInfo;
  hardBreakBefore: boolean;
  estimate: boolean;
}

export function extractIndicators(text: string, ctx: ExtractContext): Indicator[] {
  try {
    return extract(typeof text === "string" ? text : "", ctx ?? { kind: "other", part: "other" });
  } catch {
    return [];
  }
}

function extract(text: string, ctx: ExtractContext): Indicator[] {
  const quantities = findQuantities(text);
  if (!quantities.length) return [];
  const slots = toSlots(text, quantities);
  const topic = /^([\u4e00-\u9fa5]{2,8}?(?:产业|服务业|业))(?:持续|加快|蓬勃|势头|再创|稳步|快速|不断)/.exec(text)?.[1] ?? null;
  const out: Indicator[] = [];
  let run: { labels: string[]; next: number; head: PrefixInfo } | null = null;
  let previousFrom = false;

  for (let k = 0; k < slots.length; k++) {
    const { q, info, hardBreakBefore, estimate } = slots[k];
    const topicLabel = (label: string) => withTopic(label, topic);
    if (hardBreakBefore) run = null;
    const modality: Modality = estimate ? "estimate" : modalityOf(ctx);
    const emit = (label: string, from: PrefixInfo, extra: Partial<Indicator> = {}) =>
      out.push(toIndicator(text, q, label, from, info, modality, extra));

    if (info.each && info.list.length) {
      run = null;
      for (const label of info.list) emit(label, info);
      continue;
    }
    if (info.respectively) {
      const count = 1 + continuationCount(slots, k);
      let labels = info.list;
      if (labels.length === 1 && count > 1) labels = expandPair(labels[0]) ?? labels;
      if (!labels.length) labels = previousLabels(out, count);
      if (!labels.length) labels = listBefore(text, q.start, count);
      run = labels.length ? { labels, next: 1, head: info } : null;
      emit(labels[0] ?? "", info);
      continue;
    }
    const { counted } = slots[k];
    if (counted && !run && !info.respectively && !info.each) {
      run = null;
      emit(info.label.length <= 4 ? info.label + counted : counted, info);
      continue;
    }
    if (info.label) {
      run = null;
      previousFrom = info.from;
      emit(topicLabel(completeLabel(info.label, out.at(-1)?.label)), info, info.from ? { phase: "before" } : {});
      continue;
    }
    if (run) {
      const label = run.labels[Math.min(run.next, run.labels.length - 1)];
      run.next++;
      emit(label, info.verb ? info : run.head);
      continue;
    }
    const before = out.at(-1);
    if (previousFrom && before && info.verb === "to") {
      previousFrom = false;
      emit(before.label, info, { phase: "after" });
      continue;
    }
    const follower = /^的([\u4e00-\u9fa5“”]{1,16})/.exec(text.slice(q.tailEnd));
    emit(follower ? follower[1] : before?.label ?? subjectBefore(text, q.start), info);
  }
  return out;
}

/** 主营业务收入突破2万亿元、增加值突破7000亿元: a bare head (增加值) takes the subject of the label before it;
 * 占一般公共预算支出76.9% becomes 民生支出占一般公共预算支出. */
function completeLabel(raw: string, previous: string | undefined): string {
  const inner = /^(.{2,10}?)(?:实现|完成)(.{3,})$/.exec(raw);
  const label = inner && lookupMetric(inner[2]).known ? inner[1] + inner[2] : raw;
  if (!previous) return label;
  if (/^(占|相当于)/.test(label)) return previous + label;
  if (!HEADS.includes(label)) return label;
  const head = HEADS.find((h) => previous.endsWith(h) && previous.length > h.length);
  return head ? previous.slice(0, -head.length) + label : label;
}

const VERB_STOP = /荣获|获|入选|被|成功|实现|列入|位列|列全|位居|跃居|居全|居首|集中|启动|开工|竣工|落户|落地|相继|通过|达|为|是|在|及|和|或|已|均|可以|建立/;

/** 5个医共体 / 4家企业入选…: the noun right after a count is what is counted. */
function countedNoun(text: string, from: number): string {
  const match = /^[\u4e00-\u9fa5“”]{2,14}/.exec(text.slice(from, from + 14));
  if (!match) return "";
  const stop = match[0].search(VERB_STOP);
  const noun = stop === -1 ? match[0] : match[0].slice(0, stop);
  return noun.length >= 2 ? noun : "";
}

/** 预计数字经济核心产业增加值居全市首位,增长18%: a bare growth rate belongs to the subject of the clause before. */
function subjectBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 60), at);
  const clauses = before.split(/[,，;；:：。]/);
  const previous = clauses.length >= 2 ? clauses[clauses.length - 2] : "";
  const subject = previous.replace(/^(预计|全年|实现|完成|其中)+/, "").split(/居|列|位居|跃居|蝉联|实现|成为|排名|保持/)[0];
  return subject.length >= 2 && subject.length <= 20 ? subject : "";
}

const TOPIC_METRICS = new Set(["general-budget-revenue", "fiscal-total-revenue"]);

/** 金融服务业持续做强,完成一般公共预算收入18.08亿元: the sector's share, not the district's revenue. */
function withTopic(label: string, topic: string | null): string {
  if (!topic || label.startsWith(topic)) return label;
  return HEADS.includes(label) || TOPIC_METRICS.has(lookupMetric(label).key) ? topic + label : label;
}

/** 实施国家高新技术企业和“雏鹰企业”双倍增计划,分别新增1650家、800家: the list is in the clause before. */
function listBefore(text: string, at: number, count: number): string[] {
  const clauses = text.slice(Math.max(0, at - 80), at).split(/[,，;；:：。]/);
  const previous = (clauses.length >= 2 ? clauses[clauses.length - 2] : "")
    .replace(/^(实施|推进|推动|加快|完成|实现|开展)/, "")
    .replace(/(双倍增|倍增|翻番|提升)?(计划|工程|行动)$/, "");
  const items = previous.split(/、|和|及/).filter(Boolean);
  return items.length === count ? items : [];
}

function toSlots(text: string, quantities: Quantity[]): Slot[] {
  const slots: Slot[] = [];
  let previousEnd = 0;
  for (const q of quantities) {
    let clauseStart = q.start;
    let hardStart = q.start;
    while (clauseStart > previousEnd && !SOFT_BREAKS.includes(text[clauseStart - 1]) && !HARD_BREAKS.includes(text[clauseStart - 1])) clauseStart--;
    while (hardStart > 0 && !HARD_BREAKS.includes(text[hardStart - 1]) && q.start - hardStart < 400) hardStart--;
    const between = text.slice(previousEnd, q.start);
    const counted = COUNT_UNITS.has(q.unit) ? countedNoun(text, q.tailEnd) : "";
    slots.push({
      q,
      counted,
      info: parsePrefix(text.slice(clauseStart, q.start)),
      hardBreakBefore: [...HARD_BREAKS].some((c) => between.includes(c)),
      estimate: text.slice(hardStart, q.start).includes("预计"),
    });
    previousEnd = Math.max(previousEnd, q.tailEnd + counted.length);
  }
  return slots;
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

function typeOf(q: Quantity, label: string, verb: PrefixInfo["verb"], followedByOf: boolean): IndicatorType {
  if (q.form === "ratio") return "ratio";
  if (q.form === "fraction") return "share";
  if (q.unit === "倍") return "multiple";
  if (q.unit === "个百分点" || q.unit === "百分点") return "growth";
  if (q.unit === "%") {
    if (verb === "growth") return "growth";
    if (/比重|占|比例|之比|份额|强度|相当于/.test(label) || followedByOf) return "share";
    return "rate";
  }
  if (COUNT_UNITS.has(q.unit)) return "count";
  if (!q.unit && /倍差|之比|比例/.test(label)) return "ratio";
  return "level";
}

function toIndicator(
  text: string, q: Quantity, label: string, verbInfo: PrefixInfo, own: PrefixInfo, modality: Modality, extra: Partial<Indicator>,
): Indicator {
  const followedByOf = text[q.tailEnd] === "的";
  const type = typeOf(q, label, verbInfo.verb, followedByOf);
  const sign = type === "growth" && verbInfo.negative ? -1 : 1;
  const qualifiers = [...new Set([...verbInfo.qualifiers, ...own.qualifiers, ...q.after])].filter((w) => w !== "由");
  const indicator: Indicator = {
    metric: lookupMetric(label).key,
    label,
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
  if (q.parts) indicator.parts = q.parts;
  return indicator;
}
