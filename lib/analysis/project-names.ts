// How readers of every batch name the figures of a list of projects.
//
// 新开工10亿元以上项目30个, 引进10亿元以上重大产业项目8个: an amount with 以上 before 项目 is the size a project must
// reach (a threshold), and the count after it is the number of projects of that size. Readers of every batch name the
// two the same way: the amount is 单个项目投资规模, the count keeps the threshold in its name (10亿元以上项目), and a verb of
// starting or winning projects (新开工, 招引, 引进, 签约) stays in front, as it does for 新开工亿元以上项目.
import { relabel } from "./lookup-metric";
import type { Indicator } from "./types";

export const PROJECT_SIZE = "单个项目投资规模";

/** What follows the amount up to the count: 以上, then the projects' kind (重大产业, 制造业…) and 项目. */
const SIZED_PROJECTS_RE = /^以上((?:[\u4e00-\u9fa5]{0,6}?)项目)/;
/** 超百亿元项目3个, 总投资超百亿元的项目2个: the threshold written before the amount (超), the projects after it. */
const OVER_SIZED_RE = /^的?((?:[\u4e00-\u9fa5]{0,6}?)项目)/;

/** 新批外资项目132个，其中总投资1000万美元以上的58个: the projects of the list before 其中. */
const LIST_PROJECTS_BEFORE_RE = /(?:新批|新签约|签约|新开工|开工|新引进|引进|招引|实施|新建)?([\u4e00-\u9fa5]{0,4}项目)[\d.]+(?:个|项)[，,]其中总投资$/;
/** Projects named by whose capital they are. */
const CAPITAL_KIND_RE = /^(?:外资|外商投资|台资|港资|港澳台资|侨资|内资|民资)项目$/;
/** 以上的 before a count with no noun of its own. */
const BARE_COUNT_AFTER_RE = /^以上的?(?=[\d一二三四五六七八九十]+(?:个|项))/;

/** What follows a size up to the count (`after`, 以上…项目) and the projects it sizes, or null. */
function sizedProjects(text: string, amount: Indicator, over: string | undefined): { after: string; projects: string } | null {
  const rest = text.slice(amount.end);
  const listed = LIST_PROJECTS_BEFORE_RE.exec(text.slice(Math.max(0, amount.start - 24), amount.start))?.[1];
  // The list's projects by their capital (外资项目); any other list (重大项目, 亿元以上项目) leaves the size to name them.
  const kind = listed && CAPITAL_KIND_RE.test(listed) ? listed : "项目";
  const found = over ? OVER_SIZED_RE.exec(rest) : SIZED_PROJECTS_RE.exec(rest);
  // (新批外资项目120个，其中总投资1000万美元以上项目50个: bare 项目 after the size are the list's 外资项目.)
  if (found) return { after: found[0], projects: found[1] === "项目" ? kind : found[1] };
  const bare = over ? null : BARE_COUNT_AFTER_RE.exec(rest);
  return bare && listed ? { after: bare[0], projects: kind } : null;
}

/** 超 or 超过 written just before an amount of money: the word of a size to pass, or undefined. */
const passWord = (text: string, amount: Indicator): string | undefined =>
  amount.unit === "元" ? /超过?$/.exec(text.slice(Math.max(0, amount.start - 2), amount.start))?.[0] : undefined;

/** 超10亿元项目: an amount that is the size a project must pass (超 before it, the projects after), a threshold as 10亿元以上 is. */
export function passedSize(text: string, amount: Indicator): boolean {
  return passWord(text, amount) !== undefined && OVER_SIZED_RE.test(text.slice(amount.end));
}
/** Verbs of starting or winning projects, which stay in the count's name. */
const PROJECT_VERBS = "新开工|开工|新招引|招引|新引进|引进|新签约|签约";
/** Such a verb just before the amount; 总投资 before it names another measure, left alone. */
const PROJECT_VERB_RE = new RegExp(`(${PROJECT_VERBS})(投资)?$`);
const OPENS_ON_VERB_RE = new RegExp(`^(${PROJECT_VERBS})`);
const VERB_BEFORE_TOTAL_RE = new RegExp(`(${PROJECT_VERBS})$`);
const PROJECT_COUNTERS: ReadonlySet<string> = new Set(["个", "项"]);

// 实施省市区重点项目126个，完成投资301.5亿元; 安排重点项目120个、年度投资280亿元: the investment after a count of projects
// is those projects' investment, named by the projects and the measure as written (完成投资, 年度投资, 计划总投资).
const INVESTMENT_AFTER_COUNT_RE =
  /^(?:以上)?[，,、；;](?:全年|累计|共|力争|确保|预计)?(完成年度投资|完成投资|年度计划完成投资|年度计划投资|年度投资|计划总投资|计划投资|总投资)额?(?:达到?|超过|突破|约|近)?$/;

/** A count of projects named by a bare threshold (亿元以上产业项目, no figure of its own). */
const BARE_SIZED_RE = /^(?:[\d.]+)?[亿万](?:美)?元以上[\u4e00-\u9fa5]{0,6}?项目$/;
/** Between two counts of one list: 、 or ，其中. */
const SAME_LIST_RE = /^(?:[、，,]其中|、)$/;
/** …，其中 after the list's own total named with the list's verb (签约亿元以上项目286个，签约总额5420亿元，其中10亿元以上项目47个:
 * the ones signed, as the four readers of batch 29's 东湖 name them; after any other figure readers leave the verb out). */
const OWN_TOTAL_BETWEEN_RE = new RegExp(`^(?:以上|左右)?[，,、](${PROJECT_VERBS})[^。；;，,]{1,18}[，,]其中$`);
const afterOwnTotal = (between: string, verb: string) => OWN_TOTAL_BETWEEN_RE.exec(between)?.[1] === verb;

// 完成重大项目投资2460亿元，为年度计划的112.6%: how much of the year's plan the projects' investment reached. Readers name
// it by the projects (7 of 13 labels: 重大项目投资完成年度计划比例, with no 省市区 in front); 占年度计划的 is a share of it.
const PLAN_SHARE_RE = /^[，,、](为|完成了?|占)(?:年度|全年)计划的?$/;
const INVESTMENT_NAME_RE = /^(?:完成)?(.*?)(?:完成投资|年度投资|投资)$/;
const PLACE_LEVELS_RE = /^(?:省、?市、?区|省、?市、?县|省、?市|市、?区|区级|市级|县级)(?=.{2})/;
/** 实施市、区重点项目124个，完成年度计划投资的104.6%: the plan's investment done, said after the count of projects. */
const COUNT_PLAN_SHARE_RE = /^[，,、]完成了?(?:年度|全年)(?:计划投资|投资计划)的?$/;

/** 超10亿元的企业集团, 新增产值超亿元的乡镇企业: an amount other things than projects must pass to be counted. */
const OVER_SIZED_ENTITY_RE = /^的?([\u4e00-\u9fa5]{0,6}?(?:企业集团|企业|集团|园区|产业集群|集群|村))(?=[\d一二三四五六七八九十两，,。；;、]|$)/;
export const SIZE_THRESHOLD = "size-threshold";
/** 以上的村, 以上企业: the things counted right after an amount and its 以上. */
const ABOVE_ENTITY_RE = /^(?:及)?以上的?(?:企业集团|企业|集团|园区|产业集群|集群|行政村|嘎查村|村|乡镇|镇|县|户)(?![\u4e00-\u9fa5]{0,2}(?:投资|项目))/;

/** Where the clause holding `at` starts: after the last comma, semicolon, full stop or 、 before it. */
const clauseStart = (text: string, at: number) => Math.max(...["，", ",", "；", ";", "。", "、"].map((mark) => text.lastIndexOf(mark, at - 1))) + 1;

/** `ordered`: the sentence's indicators in reading order; renamed in place. */
export function nameProjects(text: string, ordered: Indicator[]): void {
  // (The size an enterprise or a group must pass is no commitment either: 3 readers' labels of batch 46 name it by what is
  // counted, none pairs it.)
  ordered.forEach((amount, k) => {
    if (amount.type !== "level" || !passWord(text, amount)) return;
    const after = OVER_SIZED_ENTITY_RE.exec(text.slice(amount.end));
    if (!after) return;
    const entity = after[1];
    // 5个销售收入超10亿元的企业集团: the count before names what it counts with the threshold, as its readers do.
    const count = ordered[k - 1];
    const between = count ? text.slice(count.end, amount.start) : "";
    // (Only where the count's name stopped at the figure: 每个县培育1个产值超50亿元的特色产业集群 keeps its own.)
    if (count && PROJECT_COUNTERS.has(count.unit) && /^[\u4e00-\u9fa5]{1,8}超过?$/.test(between) && /超过?$/.test(count.label)) relabel(count, text.slice(count.end, amount.end + after[0].length));
    // Named by what is counted and the measure it must pass (企业集团销售收入规模).
    const measure = /([^\d个家项户的，,、；;。\s]{2,6})超过?$/.exec(text.slice(Math.max(0, amount.start - 8), amount.start))?.[1] ?? "";
    // 新增销售收入超10亿元企业6家: the count right after the things counted keeps the threshold in its name, as a count of
    // projects does (新增销售收入超10亿元企业, batch 71's 扬州).
    const countAfter = ordered[k + 1];
    if (countAfter && /^[家个户项]$/.test(countAfter.unit) && countAfter.start === amount.end + after[0].length && measure)
      relabel(countAfter, text.slice(clauseStart(text, amount.start), countAfter.start).replace(/^(?:其中|全年|全市|全区|全县|新培育|培育|打造)/, ""));
    amount.label = `${entity}${measure.replace(/^(?:新增|年|全年)/, "")}规模`;
    amount.metric = SIZE_THRESHOLD;
    amount.qualifiers = amount.qualifiers.filter((w) => w !== "超过");
  });
  // 集体经济年收入10万元以上的村, 注册资本1亿元以上企业: the amount a village or a firm must reach to be counted, said with 以上
  // after it, is that count's threshold, no commitment of its own (readers list it among the pairs' notTargets, batches 84–111);
  // its name stays as written.
  ordered.forEach((amount) => {
    if (amount.unit !== "元" || amount.type !== "level" || !amount.metric.startsWith("x-") || !ABOVE_ENTITY_RE.test(text.slice(amount.end))) return;
    amount.metric = SIZE_THRESHOLD;
  });
  ordered.forEach((amount, k) => {
    // (总投资1000万美元以上: a foreign-invested project's size in dollars, batch 91's 淮安.)
    if ((amount.unit !== "元" && amount.unit !== "美元") || amount.type !== "level") return;
    const over = passedSize(text, amount) ? passWord(text, amount) : undefined;
    const sized = sizedProjects(text, amount, over);
    if (!sized) return;
    const before = text.slice(Math.max(0, amount.start - 8 - (over?.length ?? 0)), amount.start - (over?.length ?? 0));
    // 其中总投资10亿元以上项目42项: the size a project's total investment must reach, the count named with it (总投资10亿元以上
    // 项目: 6 labels of 6 in batches 20–39); 签约总投资100亿元 with no 以上…项目 after it is a total, left as it is.
    const total = /总投资$/.test(before) ? "总投资" : "";
    relabel(amount, PROJECT_SIZE);
    // (超10亿元: the 超 is the threshold's word, no bound of the figure, as 以上 is not for readers of 超…项目: 3 labels of 3.)
    if (over) amount.qualifiers = amount.qualifiers.filter((w) => w !== "超过");
    // 37个10亿元以上项目加快建设, 127个总投资10亿元以上项目: the count written before the size counts those projects.
    const countBefore = ordered[k - 1];
    if (countBefore && PROJECT_COUNTERS.has(countBefore.unit) && countBefore.end + total.length === amount.start && !sized.projects.includes("重大")) {
      relabel(countBefore, over ? `${total}超${amount.text}${sized.projects}` : `${total}${amount.text}以上${sized.projects}`);
      return;
    }
    const count = ordered[k + 1];
    if (!count || !PROJECT_COUNTERS.has(count.unit) || count.start !== amount.end + sized.after.length) return;
    // 10亿元以上重大产业项目: projects already named major (重大) are named without the size (13 labels of 13).
    const size = sized.projects.includes("重大") ? "" : over ? `${total}超${amount.text}` : `${total}${amount.text}以上`;
    // (新开工总投资10亿元以上项目15个: the verb before 总投资 stays with the count, batches 113 and 116.)
    // (Not before major projects named without their size: 新签约总投资10亿元以上重大产业项目18个 counts 重大产业项目.)
    const verb = total ? (size ? VERB_BEFORE_TOTAL_RE.exec(before.slice(0, -total.length))?.[1] ?? "" : "") : (PROJECT_VERB_RE.exec(before)?.[0] ?? "");
    relabel(count, `${verb}${size}${sized.projects}`);
  });
  // 全年招引亿元以上产业项目67个: the verb stays with a bare threshold too. 新开工亿元以上项目200个、10亿元以上项目30个: the
  // second count of the list is started the way the first one is.
  let verbOfList = "";
  let previousEnd = -1;
  // 其中10亿元以上项目31个，超百亿元项目3个: after a count the list already gave its verb to, a comma goes on with the list.
  let inList = false;
  ordered.forEach((count) => {
    if (!PROJECT_COUNTERS.has(count.unit) || !/项目$/.test(count.label)) return;
    const labelStart = count.start - count.label.length;
    const bare = BARE_SIZED_RE.test(count.label) && text.slice(labelStart, count.start) === count.label;
    const verb = bare ? PROJECT_VERB_RE.exec(text.slice(0, labelStart))?.[1] : undefined;
    const joined = !verb && verbOfList && /^(?:总投资)?超?[\d.百千十]*[亿万]/.test(count.label) ? text.slice(previousEnd, labelStart) : null;
    if (verb) relabel(count, verb + count.label);
    else if (joined !== null && (SAME_LIST_RE.test(joined) || afterOwnTotal(joined, verbOfList) || (inList && /^[，,]$/.test(joined)))) {
      relabel(count, verbOfList + count.label);
      inList = true;
    } else inList = false;
    previousEnd = count.end;
    verbOfList = OPENS_ON_VERB_RE.exec(count.label)?.[1] ?? "";
  });
  ordered.forEach((amount, k) => {
    const count = ordered[k - 1];
    if (amount.unit !== "元" || !count || !PROJECT_COUNTERS.has(count.unit) || !/(?:项目|工程)$/.test(count.label)) return;
    const between = text.slice(count.end, amount.start);
    // 1508个省重点项目完成投资1.08万亿元: the count before the projects it names, then their investment.
    const namedAfter = between.startsWith(count.label) ? `，${between.slice(count.label.length)}` : between;
    const measure = INVESTMENT_AFTER_COUNT_RE.exec(namedAfter)?.[1];
    // 安排省市区重点项目180个，年度投资460亿元: readers name the year's investment without the levels of government
    // (7 labels of 9); a done investment keeps them (省市县重点项目完成投资, most readers).
    const year = measure?.replace(/^完成年度/, "年度");
    if (year) relabel(amount, (year === "年度投资" ? count.label.replace(PLACE_LEVELS_RE, "") : count.label) + year);
  });
  ordered.forEach((share, k) => {
    const amount = ordered[k - 1];
    if (share.unit === "%" && amount && PROJECT_COUNTERS.has(amount.unit) && /项目$/.test(amount.label) && COUNT_PLAN_SHARE_RE.test(text.slice(amount.end, share.start))) {
      relabel(share, `${amount.label.replace(PLACE_LEVELS_RE, "")}投资完成年度计划比例`);
      share.type = "rate";
      return;
    }
    if (share.unit !== "%" || !amount || !amount.unit.endsWith("元")) return;
    const how = PLAN_SHARE_RE.exec(text.slice(amount.end, share.start))?.[1];
    const projects = INVESTMENT_NAME_RE.exec(amount.label)?.[1];
    if (!how) return;
    // 实际使用外资17.6亿美元，为年度计划的103.5%: an amount that is no investment names its own plan share.
    if (projects === undefined) {
      if (how === "占") return;
      relabel(share, `${amount.label}完成年度计划比例`);
      share.type = "rate";
      return;
    }
    if (how === "占") {
      relabel(share, `${amount.label}占年度计划比例`);
      share.type = "share";
    } else {
      relabel(share, `${projects.replace(PLACE_LEVELS_RE, "")}投资完成年度计划比例`);
      share.type = "rate";
    }
  });
}
