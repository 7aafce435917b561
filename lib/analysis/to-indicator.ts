// One indicator from one quantity and its name: its type (growth, share, level, count…), the sign of a fall or a cut,
// an increment over last year, its qualifiers, and the modality a quoted, listed or moved target forces.
import type { Quantity } from "./find-quantities";
import { COUNT_UNITS } from "./units";
import { lookupMetric } from "./lookup-metric";
import { targetMovedFromLastYear } from "./label-context";
import type { PrefixInfo } from "./parse-prefix";
import type { Indicator, IndicatorType, Modality } from "./types";

/** 降低率, 下降率: the name of a rate of fall. */
const FALL_RATE_RE = /(?:降低率|下降率)$/;
/** 再解决150万贫困人口的温饱问题, 143万贫困人口基本解决温饱 (not 还有610万贫困人口没有解决温饱问题). */
const FED_RE = /(?<!没有|尚未|未能|未|仍未|还没有)解决[^。；;，,]{0,14}温饱/;
/** 新增…总里程: 新增 glued to a total by the name carried from the clause before. */
const NEW_BEFORE_TOTAL_RE = /^(?:新增|新建)(?=.{2,}总(?:里程|数|量|规模|面积))/;
const PEOPLE_NAME_RE = /(?:人口|人员|职工|工人|学生|农民|居民|群众|劳动力|人数)$/;
const WON_FUNDS_RE = /争取(?:到|上级|中央|国家|省级?|市级?)?[^，,。；;争]{0,12}(?:资金|债券|补助|补贴|基金|贷款|资助)(?:额度)?$/;
/** 比去年的, 与去年: last year's figure is quoted next. */
/** (与去年“7%左右”的目标相比: the figure quoted.) */
const LAST_YEAR_BEFORE_RE = /去年的?[“"]?$/;

/** …的目标 (the growth target named after its figure) or …的增长 (the economy's growth). */
const GROWTH_NAMED_AFTER_RE = /^(?:左右|以上|上下)?的(?:经济)?(?:增长|增速)?(?:预期)?(目标)?(?<=增长|增速|目标)/;
/** …与去年相同, 与上年持平 at a name's end (去年 may already be gone, read as a date). */
const SAME_AS_LAST_YEAR_RE = /(?<=.{2})与(?:去年|上年)?(?:相同|持平|一致)$/;
/** 、固定资产投资增长12%等年初预期目标 after a figure: the figures of a list named as the year's targets (or 指标). */
const LISTED_TARGETS_AFTER_RE = /^(?:左右|以上|以内|以下)?(?:、[^；;。，,、]{1,20}?)*等(?:年初|年度|全年)?(?:确定的|提出的)?(?:预期|主要)?(?:经济)?(?:指标|目标)/;
/** 5%左右的目标, 5%左右的预期 (低于年初5%左右的预期: batch 46's 烟台 news): the figure quoted is a target's. */
/** (…规定的十三亿元的指标: the plan's figure named 指标, the 1950s' word, batch 59's 武汉.) */
const QUOTED_TARGET_AFTER_RE = /^(?:左右|以上|以内|以下)?的(?:(?:预期|年度|既定|全年|增长|奋斗)?(?:目标|指标)|预期(?![\u4e00-\u9fa5]))/;
/** How far after a figure the words that name or qualify it are read (…等年初预期目标, 的预期, 的县（市）). */
const AFTER_REACH = 160;
/** 6.5%左右的预期目标, 13%的年度目标, 没有实现年初6%以上的预期: what follows a figure that is a target's. */
export const OF_TARGET_RE = /^的(?:(?:预期|年度|全年|年初)?(?:增长)?(?:目标|指标)|预期(?![\u4e00-\u9fa5]))/;

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
  // 空气质量优良天数305天, 空气质量二级以上天数326天: days counted (71 readers' labels of 71 name a 天数 in 天 a count), not a
  // length of time (会期5天).
  if (q.unit === "天" && /天数$/.test(label)) return "count";
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
const CUT_LEAD_RE = /^(?:再|又|共|累计)?(?:减少|减轻|降低|压减|削减|核减|裁减|调减|退出(?=[\u4e00-\u9fa5]{0,6}产能))了?(?=[\u4e00-\u9fa5“]{2})/;
/** 退出贫困村95个: villages that left poverty, named as readers name them (贫困村退出, 5 labels of batches 20–41), a count up. */
const POOR_EXIT_RE = /^退出(贫困(?:村|县|乡镇|乡))$/;

/** 农村贫困人口, 建档立卡贫困户: the poor counted, and the words after them that lift them out (…稳定脱贫). */
const POOR_PEOPLE_RE = /贫困(?:人口|群众|户)$/;
const LIFTED_OUT_RE = /^(?:实现|稳定|如期|顺利)*脱贫/;

/** 正定县古城村党支部书记: a village named with its post (group 1), after its town or county or a list's mark. */
const VILLAGE_NAMED_RE = /(?:镇|乡|街道|县|区|市|、|，|,|^)([\u4e00-\u9fa5]{2,3}?村)(?:党支部|党总支|村委会|委员会|支部|的)/;

const LIST_NUMBER_LEAD_RE = /^(?:\d{1,2}[.．、]|[(（]\d{1,2}[)）])(?=[\u4e00-\u9fa5“])/;

export function toIndicator(
  text: string, q: Quantity, label: string, verbInfo: PrefixInfo, own: PrefixInfo, modality: Modality, extra: Partial<Indicator>,
): Indicator {
  // 2.规模以上工业增加值：预期目标为增长8%，实际增长9.2%: a list's number before the name is no part of it.
  label = label.replace(LIST_NUMBER_LEAD_RE, "");
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
  // 旅游接待人次达到1680万, 接待游客1680万: visits, written with the scale alone, are counted in 人次 (4 labels of 4).
  if (!q.unit && q.scale && /(?:人次|游客)$/.test(label)) q = { ...q, unit: "人次" };
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
  // 确保脱贫3000户、1.1万人: the households and the people lifted out of poverty, named as readers name them (11 labels).
  if (/^脱贫(?:户数|人口)?$/.test(label) && (q.unit === "户" || q.unit === "人")) label = q.unit === "户" ? "脱贫户数" : "脱贫人口";
  // 降低900多万个体工商户税负: what is cut is the burden the counted households carry, not the households.
  const runAfter = /^[\u4e00-\u9fa5]+/.exec(text.slice(q.tailEnd))?.[0] ?? "";
  // 推动2.6万农村贫困人口稳定脱贫 answered by 2.71万农村贫困人口实现稳定脱贫: the poor lifted out, a count up, not the poor left
  // (batch 86's 梅州).
  if (POOR_PEOPLE_RE.test(label) && runAfter.startsWith(label) && LIFTED_OUT_RE.test(runAfter.slice(label.length))) label = `${label}脱贫`;
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
  // 省人大代表、正定县古城村党支部书记…说：“去年村里接待游客52万人次”: the village a deputy speaks for is the one named before
  // (batch 97's 通州 and a provincial paper's deputy: readers name it).
  const ownVillage = /^(?:我们)?村里(?:的)?|^我们村(?:的)?/.exec(label);
  const villageNamed = ownVillage ? VILLAGE_NAMED_RE.exec(text.slice(0, q.start)) : null;
  if (ownVillage && villageNamed) label = villageNamed[1] + label.slice(ownVillage[0].length);
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
