// Sentence kind: goal, achievement or other (with subtype "problem"). The section a sentence sits in is the
// strongest signal; lexical cues decide when the section says nothing (news articles, 003's headless review)
// and a few strong ones overrule it (预计 is an estimated result even in a plan; 存在的问题 is never a goal).
import { lookupMetric } from "./lookup-metric";
import {
  ACHIEVEMENT_CUES, ESTIMATE_CUE, FRAME_CUES, GOAL_CUES, IMPERATIVE_START_RE, JUDGEMENT_CUES, PERIOD_CUE, PROBLEM_CUES,
  wrongStateIn, INTERVIEW_QUESTION_RE, TARGETS_NOT_MET_RE, ANSWER_SPEAKER_RE, LIVE_STAMP_RE, HEAD_OF_GOVERNMENT_ON_PLAN_RE, firstCue, planForecast,
  yearCue, type Cue,
} from "./cues";
import type { Classification, Part, SentenceKind } from "./types";
import type { ReportMetadata, Role, TextSection } from "@/lib/text/types";
import { isTaskHeading, partFromHeading } from "@/lib/text/parts";
import { EMOJI_MARK_RE, numberedLevel, PICTOGRAPH_MARK_RE, SUBHEAD_MARK_RE, unspacedHeading } from "@/lib/text/heading-patterns";

/** 28项进度符合或快于预期: indicators counted by their progress against the plan. */
const PROGRESS_TALLY_RE = /[\d一二三四五六七八九十]+项[^，,。；;]{0,12}(?:符合|快于|好于|达到|超过)(?:或(?:快于|好于|超过))?(?:预期|序时进度|时序进度|进度要求)/;
/** …，今年要…, …，今年将…: a clause after the first that sets this year's task. */
const THIS_YEAR_TASK_AFTER_RE = /[，,；;](?:[^，,；;。]{0,6})?(?:今年|明年)(?:还|再|仍|继续)?(?:要|将|力争|确保|争取|计划)/;

export interface ClassifiableSentence {
  text: string;
  part?: Part;
  role?: Role;
}

export interface ClassifyContext {
  section?: Pick<TextSection, "heading" | "part"> | null;
  metadata?: (Pick<ReportMetadata, "reviewYear" | "planYear"> & Partial<Pick<ReportMetadata, "kind">>) | null;
  /** What to fall back on when neither the section nor a cue decides (carried from the text before, or the document's tendency). */
  fallback?: { kind: SentenceKind; reason: string } | null;
}

export type Source = "empty" | "role" | "frame" | "problem" | "estimate" | "section" | "year" | "cue" | "fallback" | "none";
export interface Decision extends Classification {
  source: Source;
}

/** 【报告摘要】, 【数说2024】, 【图解】: a bracket that names a kind of section, not what it says. */
const SECTION_NAME_RE = /摘要|数说|数读|图解|一图|速览|导读|要点|看点|关键词|全文|原文|解读|声音|直播|链接|背景/;
const PART_NAMES: Record<Part, string> = { review: "回顾", plan: "计划", other: "其他" };

export function inferPartFromHeading(heading: string): Part {
  if (/回顾|工作情况|发展情况|成绩|过去/.test(heading)) return "review";
  // 我国第一个五年计划已经执行了两年: a plan looked back on is no plan heading.
  if (/已经|了|以来|执行情况|完成情况/.test(heading) && !/今后|明年/.test(heading)) return "other";
  if (/主要工作|目标任务|工作安排|今后|主要目标|发展目标|十[三四五六]五|规划|打算|计划|明年|今年/.test(heading)) return "plan";
  return "other";
}

export function classifySentence(sentence: ClassifiableSentence, context: ClassifyContext = {}): Classification {
  return toClassification(decideKind(sentence, context));
}

export function toClassification(d: Decision): Classification {
  return { kind: d.kind, subtype: d.subtype, reason: d.reason, confidence: d.confidence };
}

const make = (kind: SentenceKind, reason: string, confidence: number, source: Source, problem = false): Decision => ({
  kind, subtype: problem ? "problem" : null, reason, confidence, source,
});

export function hasGoalCue(text: string): boolean {
  return firstCue(text, GOAL_CUES) !== null;
}

/** Sets a task or reports a result by its own words: a problem paragraph does not carry over to it. */
export function hasOwnCue(text: string): boolean {
  return IMPERATIVE_START_RE.test(text) || hasGoalCue(text) || firstCue(text, ACHIEVEMENT_CUES) !== null;
}

const GOAL_STRONG = GOAL_CUES.filter((c) => c.strong);
const ACHIEVEMENT_STRONG = ACHIEVEMENT_CUES.filter((c) => c.strong);

/** A sentence that opens on an obligation: 我们一定要…, 要增强…, 必须从…出发. */
const OBLIGATION_START_RE = /^(?:我们|各级政府|政府)?(?:一定要|必须|务必|要(?!求|素|闻|点))/;

/** 面对…下行压力加大的严峻形势，我们…圆满实现了…: a difficulty set up in a leading 面对/尽管/虽然 clause, or in
 * 在…情况下, is the backdrop of the main clause, which decides whether the sentence is about a problem (also after a
 * time: 过去一年，面对外部压力加大…的复杂严峻形势，我们…); so is 受…影响 (受氧化铝价格上涨和电力供应紧张影响，电解铝产量为43.8万吨:
 * batch 88's 宜兴, batch 87's 运城). */
const BACKDROP_LEAD_RE = /^(?:报告(?:指出|说|显示|回顾)[，,：:])?[“"]?(?:(?:过去(?:的)?一年|一年来|去年|(?:过去)?五年来|(?:19|20)\d\d年)[，,]?)?(?:面对|尽管|虽然|虽)[^。；;！？]{2,80}?(?:形势|局面|情况|环境|挑战|压力|困难|冲击|影响|考验)(?:下)?[，,]|^在[^。；;！？]{2,60}?(?:情况|形势|背景|条件)下[，,]|^受[^。；;！？，,]{2,40}?(?:影响|冲击)[，,]/;

function mainClauses(text: string): string {
  const lead = BACKDROP_LEAD_RE.exec(text);
  return lead && lead[0].length < text.length - 4 ? text.slice(lead[0].length) : text;
}

/** 各设区市竞相发展。 各区县、开发区竞相发展。 各区县交出亮眼答卷。: the places of a region, each doing well. */
const PLACES_RESULTS_RE =
  /^(?:各|州市|市州|县域|[\u4e00-\u9fa5]{0,4}(?:板块|区县|县区|镇街))[^。，,；;]{0,12}(?:竞相发展|竞相发力|各展所长|齐头并进|多点开花|交出(?:了)?(?:亮眼|优异|满意|精彩)?(?:的)?答卷|亮点纷呈)[。！!]?$/;

/** A lead worded as a result: 重点项目扎实推进。 职业教育加快发展。 成效明显。 */
const LEAD_RESULT_RE =
  /(?:扎实|稳步|持续|不断|加快|快速|显著|明显|全面|有效|深入|纵深|有序|精准)(?:推进|提升|发展|增强|改善|优化|深化|扩大|加强|进步|拓展|恢复|转型|有力)。?$|量质齐升。?$|保持稳定。?$|成效(?:巩固|初显|显现)。?$|成效(?:明显|显著)|成果丰硕|取得.{0,6}(?:进展|成效|成绩)|(?:实现|取得)新(?:突破|进展|成效)。?$|步伐加快。?$|更趋[\u4e00-\u9fa5]{2}。?$|更加(?:有力|完善|协调|巩固|坚实|优化|活跃|稳固|有效)。?$|持续向好。?$|稳中(?:有进|向好)。?$/;

/** A lead that only names a topic (在就业方面。) or judges one (强国必先强教。 转变经济发展方式刻不容缓。 这是…): no task, no result. */
export const HEADING_NUMBER_LEAD_RE = /^(?:[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|[一二三四五六七八九十]+[、.．])\s*/;
/** 增长5%以上, 3%左右, 5.5%以内: a figure hedged as targets are (results are stated exactly; 普及率达到85%以上 is one). */
const TARGET_HEDGE_RE = /(?<![\d０-９.．]\s*|达到?[\s\d０-９.．]*)[\d０-９][\d０-９.．]*\s*(?:%|％|个百分点|万|亿)?[^\d０-９，,。；;]{0,2}(?:以上|左右|以内|上下)/g;
/** A number as written (not part of a name: 5G, PM2.5). */
const FIGURE_RE = /(?<![A-Za-z\d０-９.．])[\d０-９][\d０-９.．]*(?![\d０-９.．A-Za-z])/g;

/** At least half the figures hedged (广州：GDP增长5%以上): one 下降30%以上 among a review's many results is not enough. */
function mostlyHedged(text: string): boolean {
  const hedged = text.match(TARGET_HEDGE_RE)?.length ?? 0;
  return hedged > 0 && hedged * 2 >= (text.match(FIGURE_RE)?.length ?? 0);
}
/** （三）存在的主要问题, 差距和不足, （二）部分指标未完成的主要原因: a sub-heading over the shortfalls and their reasons. */
export const PROBLEM_HEADING_RE = /^(?:当前|目前)?(?:存在的|面临的)(?:主要)?(?:问题|困难)|^(?:主要)?(?:困难和问题|问题和不足|问题和挑战|差距和不足)[。：:]?$|(?:未完成|未达到|未实现|没有完成|未达预期)[^，,。]{0,10}(?:原因|情况)[。：:]?$/;
// (——预期性指标。, ——约束性指标: a group of the targets named, batch 106's 菏泽: the group's name, no task.)
const LEAD_TOPIC_RE = /^(?:在|关于)[^，,。]{1,12}方面[。：:]?$|^关于[^，,。]{1,14}[。：:]?$|^(?:——)?(?:主要)?(?:预期性|约束性|主要|民生类|经济类|生态类)(?:发展)?指标[。：:]?$/;
/** （一）工业生产方面, （四）商业、财政和市场, （五）郊区农业: a review's sub-heading that only names the field its paragraphs
 * report on (the 1950s and the typed-in archives, batch 59's 武汉), no result: short, closing on a field's noun or on 方面,
 * with no word that says how the field went (稳中向好, 步伐加快, 持续深化…). */
const FIELD_ONLY_HEADING_RE = /^(?:[^，,。；;：:]{2,12}方面|[^，,。；;：:]{2,10}(?:生产|建设|改造|农业|工业|商业|市场|财政|金融|卫生|教育|文化|生活|就业|交通|水利|林业|科技|民政|体育|外贸|事业))[。：:]?$/;
const HOW_IT_WENT_RE = /加快|加强|持续|不断|稳|全面|扎实|深入|进一步|取得|显著|明显|有效|迈|新|提|增|深化|推进|改善|发展|进步|突破|向好|成效|巩固|扩大|优化|升/;
const LEAD_JUDGEMENT_RE = /^这是|来之不易|刻不容缓|势在必行|至关重要|必先|(?:是|为)(?:关键|根本|基础|前提|保障)[。！!]?$/;

/** Statements in a plan part without a task in them: past events (…了…, 最近…) and judgements (…是…的。). */
const STATEMENT_RES: { re: RegExp; reason: string }[] = [
  { re: /(?<![为除])了(?!解|结|如指掌)/, reason: "陈述已发生的事(…了)" },
  { re: /是[^，,。；;]{2,30}的[。！!]?$/, reason: "判断(…是…的)" },
  { re: /^(?:最近|今天|过去|当时|历史上)[，,]?/, reason: "叙述经过" },
];
/** …，但也要从中吸取经验教训: a task said later in the sentence keeps it a task. */
const TASK_WORD_RE = /要|必须|应当|应该|努力|需要|务必|决不|绝不|一定|切实|最重要的是/;

/** The statement cue of a sentence that sets no task; a figure or a task word keeps it a task
 * (全国财政赤字合计9500亿元，…，这是…可以承受的。 …，但也要从中吸取经验教训). */
function statementCue(text: string): string | null {
  if (OBLIGATION_START_RE.test(text) || /[0-9０-９]|百分之/.test(text) || TASK_WORD_RE.test(text)) return null;
  return STATEMENT_RES.find((s) => s.re.test(text))?.reason ?? null;
}

/** A part on reunification, Hong Kong, Macao or Taiwan, where sentences without a cue state positions. */
const REUNIFICATION_RE = /祖国(?:和平)?统一|台湾|港澳|香港|澳门|一国两制/;

/** 要/需要/应当 as the verb of a clause (not 主要, 重要, 要求, 纲要, 不要; not the noun 需要 of 满足…需要). */
const QUOTED_RE = /“[^”]{0,40}”/g;
/** 固定资产投资增长6.4%，…, 初步核算，全市生产总值完成1018.6亿元…: a sentence that opens on a metric's result figure.
 * (A cause first, 受外需急剧萎缩影响，全省外贸进出口总额117亿美元，下降12.4%，没有完成…: batch 40's 吉林; 7 such sentences of
 * batches 6–40 are results to their readers; 全年引进市外资金16.2亿元，…没有完成计划 and …33.9亿元，仅增长8.7%，没有完成…:
 * batch 51's 巩义.) */
// (棉花生产先后遭受伏旱和棉铃虫危害，总产81万担，没有完成年初计划: a calamity first, then the short name and its figure,
// batch 54's 开封.)
// (新增规模以上工业企业36户，没有完成年初确定的40户目标: the things added, counted first, batch 55's 呼伦贝尔.)
// (产业集聚区完成投资五百八十二亿元，…没有完成年初计划: an investment done, its figure in spoken numerals, batch 56's 速记稿.)
const OPENS_ON_RESULT_RE = /^[^，,。；;\d]{2,24}?(?:遭受|受到|遭遇)[^，,。；;\d]{2,20}[，,]\s*[^，,。；;\d]{1,8}[\d０-９]|^(?:全年)?(?:新增|新引进|新建成|新开工)[^，,。；;\d]{2,16}?[\d０-９]+(?:\.\d+)?(?:万|亿)?[个户家项所座条名人]|^(?:(?:据|经)?初步核算[，,]\s*)?(?:受[^。；;]{2,24}?影响[，,]\s*)?(?:[^，,。；;]{2,20}?(?:[\d０-９][^，,。；;]{0,8}[，,]\s*)?(?:比上年|比去年|同比)?(?:仅|只|才)?(?:增长|下降|达到|完成|实现)了?(?:投资)?|(?:全年|去年)[^，,。；;]{0,4}?(?:引进|完成|实现|新增|新批|新签|批准|接待)[^，,。；;]{2,16}?)(?:[\d０-９]|百分之|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?:点[零〇一二三四五六七八九]+)?[万亿]|[一二两三四五六七八九][十百千]|十[一二三四五六七八九](?=[个家项]))/;
/** 总干渠两侧生态廊道造林七万二千亩，没有完成八万亩的年度任务: a name and its figure first, then the plan it fell short of (batch
 * 56's 速记稿); without the shortfall, a figure first may open a problem (全市还有贫困人口3.2万人，…). */
const SHORT_OF_PLAN_RE = /(?:没有|未能|未)(?:完成|达到)/;
/** 其中，, 另外，, 主要产品中，: a lead before the name a result opens on. */
const PART_LEAD_RE = /^(?:其中|另外|此外|同时|[^，,。；;\d]{2,8}中)[，,]\s*/;
const OPENS_ON_FIGURE_RE = /^[^，,。；;\d]{2,24}?(?:[\d０-９][\d０-９.．]*|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?:点[零〇一二三四五六七八九]+)?)(?:万|亿)?[一-龥]{1,3}[，,]/;

/** 向存量要空间, 向改革要动力: 要 asking something of a source, no modal. */
const ASK_OF_RE = /向[\u4e00-\u9fa5]{1,6}要(?=[\u4e00-\u9fa5])/g;
const REVIEW_MODAL_RE = /(?<![主重纲只不概提简扼必需])要(?![求素点闻是害])|需要(?![的。，,])|应当|应该/;

/** Other countries and the world order (美苏, 发展中国家, 帝国主义, 裁军…), named near the start, where the subject is. */
const WORLD_RE =
  /美国|苏联|美苏|日本|西欧|欧洲|印度|亚非|拉美|非洲|阿拉伯|朝鲜|越南|发展中国家|发达国家|西方国家|帝国主义|霸权|资本主义(?:世界|国家|制度)|国际(?:形势|局势|关系|社会|事务)|世界(?:和平|大战|局势|形势|人民|各国)|裁军|和平共处/;

/** 征程万里风正劲,重任千钧再奋蹄。: two clauses of the same length, nothing else. */
function isCouplet(text: string): boolean {
  const m = /^([\u4e00-\u9fa5]{5,9})[，,]([\u4e00-\u9fa5]{5,9})[。！!]?$/.exec(text);
  return m !== null && m[1].length === m[2].length;
}

/** A judgement (…是…的。, X是Y。) with no figure in it. */
function judgementCue(text: string): string | null {
  if (/[0-9０-９]|百分之/.test(text) || /(?<![为除])了(?!解|结)|已/.test(text)) return null;
  if (/是[^，,。；;]{2,30}的[。！!]?$/.test(text)) return "判断(…是…的)";
  if (/^(?:所以|因此|因而|可见|总之)?[，,]?[^，,。；;]{2,24}是(?!否)[^，,。；;]{2,40}[。！!]$/.test(text)) return "判断(…是…)";
  return null;
}

/** #双流两会# 【政府工作报告】（3/18）: a Weibo thread's hashtags, its bracketed series name and the post's number. */
const THREAD_POST_LEAD_RE = /^(?:#[^#\s]{1,20}#\s*)+(?:【[^】]{1,12}】\s*)?(?:[（(]\d{1,2}\/\d{1,2}[)）]\s*)?/;
/** A live text stream's headline, or one naming the session's opening or close. */
const EVENT_HEADLINE_RE = /^【(?:图文|视频|网络)?直播】|(?:会议|大会)(?:隆重|胜利)?(?:开幕|闭幕)/;
/** 【今年目标：…】, 【2023年目标：…】: a news subhead over the year's targets. */
const BRACKETED_TARGETS_SUBHEAD_RE = /^【(?:今年|\d{4}年)(?:的)?(?:主要)?(?:预期)?目标[：:]/;

/** A line of figures (or years) apart by blanks and nothing else: a chart's axis or data labels. */
const CHART_LABELS_RE = /^(?:[-+−]?\d[\d.,]*(?:%|年)?[\s\u3000]+){2,}[-+−]?\d[\d.,]*(?:%|年)?$/;
/** 单位：亿元, 单位：%: a chart's or a table's unit on a line of its own. */
const UNIT_CAPTION_RE = /^[（(]?单位[：:][\s\u3000]*[^\s，。,；;]{1,8}[)）]?$/;

/** A short line of Han characters with no punctuation, no figure and no verb of its own (和 may join two nouns). */
const BARE_TOPIC_RE = /^(?![^]*(?:建设|发展|推进|加快|提升|实施|完成|实现|开展|推动|加强|打造|创建|落实|改造|新建|增长|下降|提高|保持|确保|力争|做|抓|建|办))[\u4e00-\u9fa5]{2,6}$/;

/** What a meeting's minutes ask or approve, and how they give its view. */
const MEETING_TASK_RE = /^会议(?:要求|决定|明确|原则同意|同意)/;
const MEETING_VIEW_RE = /^会议(?:认为|强调)/;

export function decideKind(sentence: ClassifiableSentence, context: ClassifyContext = {}): Decision {
  const raw = typeof sentence?.text === "string" ? sentence.text.trim() : "";
  if (!raw) return make("other", "空句", 0.9, "empty");
  // A question (the journalist's, or a news subhead's 下一步怎么走？) asserts nothing.
  // (记者：报告也坦言，有几项指标没有完成年度目标。: a turn that names targets not met names a problem, batch 121's 鄂州.)
  if (INTERVIEW_QUESTION_RE.test(raw)) return make("other", "记者提问(访谈)", 0.8, "frame", TARGETS_NOT_MET_RE.test(raw));
  if (/[？?]$/.test(raw)) return make("other", "问句", 0.7, "frame");
  // 会议要求，市政府研究室要…, 会议原则同意…拟办的10件实事: a meeting's minutes set tasks; 会议认为…, 会议强调… give its
  // view (batch 80's 秦皇岛). 会议指出，2008年… tells what was done and decides by its own words.
  if (MEETING_TASK_RE.test(raw)) return make("goal", "会议要求(任务)", 0.7, "cue");
  if (MEETING_VIEW_RE.test(raw)) return make("other", "会议意见(认为/强调)", 0.6, "frame");
  // 09:05 报告开篇指出…: a live coverage's time stamp is no part of what the entry says.
  // (#双流两会# 【政府工作报告】（2/18）…: a Weibo thread's tags and post number, no part of what the post says.)
  const said = raw.replace(LIVE_STAMP_RE, "").replace(ANSWER_SPEAKER_RE, "").replace(THREAD_POST_LEAD_RE, "") || raw;
  // 三、全 面 加 强 政 府 自 身 建 设 (an OCR copy's spaced-out heading) is read as written unspaced.
  const text = sentence.role === "heading" ? unspacedHeading(said) : said;
  const heading = context.section?.heading?.trim() ?? "";
  let part: Part = sentence.part && sentence.part !== "other" ? sentence.part : "other";
  // (【图文直播】市十二届人大二次会议隆重开幕: a news headline over the whole article names an event, no part of a report.)
  if (part === "other" && heading && !EVENT_HEADLINE_RE.test(heading)) part = inferPartFromHeading(heading);

  if (sentence.role === "heading") {
    // 四、切实加强政府自身建设 is worded as a task; 2020年主要工作 only names the part.
    // ▍三、全面加强政府自身建设: a WeChat copy's mark is no word of the heading.
    const unmarked = text.replace(SUBHEAD_MARK_RE, "").replace(EMOJI_MARK_RE, "").replace(PICTOGRAPH_MARK_RE, "");
    const task = isTaskHeading(unmarked) && !partFromHeading(unmarked);
    // ◆ 绿色智造加速崛起 under a part's heading is a sub-heading; ▶ 2023年，余杭这样干 names a year's part.
    // (📈 经济运行稳中向好 under an explainer's 2016年成绩单: a pictograph marks its review's sub-headings, batch 54's 黔东南.)
    const marked = SUBHEAD_MARK_RE.test(text) || (part === "review" && PICTOGRAPH_MARK_RE.test(text));
    const level = numberedLevel(text) ?? (marked && !/\d{4}年/.test(unmarked) ? 2 : null);
    if (task && part === "plan") return make("goal", "计划部分的任务标题", 0.7, "role");
    // （三）加快经济结构调整。 in a review sums up work done, as a run-in lead does.
    if (task && part === "review" && level !== null) return make("achievement", "回顾部分的工作标题", 0.6, "role");
    // 四、积极办好经济特区… where no review or plan was found (1984), or in the foreign-affairs part: a task too.
    if (task && part === "other" && level === 1) return make("goal", "任务标题", 0.6, "role");
    // 广州：GDP增长5%以上, a news subhead: a figure hedged as a target is one, outside a review.
    // (【今年目标：GDP增长12%左右】, a news article's bracketed subhead, names the part the plan's figures follow in: 11
    // readers of 14 read it as a title.)
    if (part !== "review" && mostlyHedged(text) && !BRACKETED_TARGETS_SUBHEAD_RE.test(text)) return make("goal", "标题中的目标数值(以上/左右/以内)", 0.6, "role");
    // (一)聚焦稳增长,经济运行持续向好 in a review, 1.全力扩大有效投资。 in a plan: a numbered sub-heading that names no
    // part sums up its paragraphs, as a run-in lead does.
    const topic = unmarked.replace(HEADING_NUMBER_LEAD_RE, "");
    // （三）存在的主要问题: a heading over the shortfalls names the problems (a planning report's, batch 43's 济南).
    if (level !== null && level > 1 && PROBLEM_HEADING_RE.test(topic)) return make("other", "问题部分的小标题", 0.7, "problem", true);
    // （二）重点工作推进情况: a heading that names what its paragraphs report on, not a result.
    const named = partFromHeading(text) !== null || LEAD_TOPIC_RE.test(topic) || /情况[。：:]?$/.test(topic);
    if (level !== null && level > 1 && part === "review" && FIELD_ONLY_HEADING_RE.test(topic) && !HOW_IT_WENT_RE.test(topic)) return make("other", "回顾部分的小标题(只列领域)", 0.6, "role");
    if (level !== null && level > 1 && !named && part === "review") return make("achievement", "回顾部分的小标题", 0.6, "role");
    // ◆地区生产总值 over 目标值：… and 2021年完成：… (an explainer's card): a heading that is only a metric's name names the
    // card, neither a task nor a result (batch 101's 淮北).
    if (level !== null && level > 1 && marked && lookupMetric(topic.replace(/[。：:]$/, "")).known) return make("other", "指标名称(小标题)", 0.6, "role");
    if (level !== null && level > 1 && !named && part === "plan") return make("goal", "计划部分的小标题", 0.6, "role");
    // 【去年成绩单：增速领跑全市】, a news article's subhead that states results, sums them up (two readers of news);
    // A bare 【去年成绩单】 or 【2021年成绩单】 says the same in two words: the year's report card (25 labels of 34; a
    // 【今年目标】 only names its section, 52 of 52).
    // (【成绩单】“十四五”圆满收官: the bracket names the section, the words after it state the results.)
    if (part === "review" && text.length <= 40 && /^【[^】]*(?:(?:成绩|成效)[^】]*[:：][^】]{2,}|领跑|增长|突破|实现)[^】]*】$|^【[^】]{0,8}(?:成绩|成效)[^】]{0,4}】[^【】]{4,}$|^【(?:去年|上年|(?:19|20)\d\d年?)成绩单】$/.test(text)) return make("achievement", "回顾部分的小标题(成绩)", 0.6, "role");
    // 【项目建设提质增效】 on a line of its own in a report's review (a news app's bold lead-in, batch 46's 烟台): it sums up
    // its paragraphs as a numbered sub-heading does (10 labels of 10).
    if (part === "review" && context.metadata?.kind !== "news" && /^【[^【】\d]{4,16}】$/.test(text) && !SECTION_NAME_RE.test(text) && !named) return make("achievement", "回顾部分的小标题", 0.6, "role");
    // 【各区竞相发展】, 【市州竞相发展】: a news article's subhead over the places' results (3 readers of 3), outside any plan.
    if (part !== "plan" && /^【[^】]{0,8}(?:竞相发展|竞相发力|各展所长|齐头并进|多点开花)】$/.test(text)) return make("achievement", "小标题(各地成绩)", 0.6, "role");
    return make("other", "标题", 0.9, "role");
  }
  // 2016 2017 2018 2019 2020, 24.1 26.3 28.6 31.2 29.4, 单位：亿元: a chart's labels and its unit, copied with a slide deck's
  // or an explainer's text, state nothing a sentence does.
  if (CHART_LABELS_RE.test(text) || UNIT_CAPTION_RE.test(text)) return make("other", "图表标注(数字/单位)", 0.8, "frame");
  const framed = firstCue(text, FRAME_CUES);
  const frame = framed?.reason === "他人评论" && HEAD_OF_GOVERNMENT_ON_PLAN_RE.test(text) ? null : framed;
  if (sentence.role === "lead" && text.length <= 24) {
    if (LEAD_TOPIC_RE.test(text)) return make("other", "小标题(只点题)", 0.7, "role");
    // 新征程催人奋进。, 报告回顾了过去一年的工作。: a frame (a slogan, the article's outline) read as a run-in lead is a frame.
    if (frame) return make("other", frame.reason, 0.85, "frame");
    // 一九八六年是实施“七五”计划的第一年。 read as a run-in lead: a judgement of the year, as it is anywhere else (batch 52).
    if (PERIOD_CUE.test(text)) return make("other", "时期定性(…是…之年)", 0.75, "frame");
    const leadGoal = firstCue(text, GOAL_CUES);
    // 转变经济发展方式刻不容缓。: the task is the subject of a judgement, not set by the lead.
    if (!leadGoal && LEAD_JUDGEMENT_RE.test(text)) {
      return make("other", "小标题(判断式)", 0.6, "role");
    }
    // 劳动就业问题是当前的一个突出问题。, 科技创新能力还不强。: a lead that names a problem is one, not a summed-up result.
    const leadProblem = firstCue(text, PROBLEM_CUES);
    if (leadProblem && !leadProblem.callsForAction && !leadGoal) return make("other", `问题:${leadProblem.reason}`, 0.8, "problem", true);
    const wrongState = leadGoal || IMPERATIVE_START_RE.test(text) ? null : wrongStateIn(text);
    if (wrongState) return make("other", `问题:${wrongState[0]}`, 0.6, "problem", true);
    // A run-in lead sums up its paragraph: 重点项目扎实推进。 in a review, 大力发展股权投资业。 in a plan.
    if (part === "review") return make("achievement", `回顾部分的小标题(引领句)`, 0.7, "role");
    if (part === "plan") return make("goal", `计划部分的小标题(引领句)`, 0.7, "role");
    // Outside review and plan (a foreign-affairs part, a news article) a lead is judged by its words: 中印关系在继续改善。
    if (!leadGoal && !firstCue(text, ACHIEVEMENT_CUES)) {
      // Where no heading names a part (an excerpt, a news copy): 重点项目扎实推进。 sums up results, 加强审计监督工作。 sets a task.
      if (LEAD_RESULT_RE.test(text)) return make("achievement", "小标题(成效式)", 0.55, "role");
      if (IMPERATIVE_START_RE.test(text)) return make("goal", "小标题(任务式)", 0.55, "role");
      return make("other", "小标题(引领句)", 0.8, "role");
    }
  }
  const sectionReason = heading
    ? `所在章节「${heading.length > 18 ? `${heading.slice(0, 18)}…` : heading}」(${PART_NAMES[part]})`
    : `所在部分(${PART_NAMES[part]})`;

  if (frame) return make("other", frame.reason, 0.85, "frame");
  if (PERIOD_CUE.test(text)) return make("other", "时期定性(…是…之年)", 0.75, "frame");

  const goalStrong = firstCue(text, GOAL_STRONG);
  const problem = firstCue(mainClauses(text), PROBLEM_CUES);
  // …必须…切实加以解决: to be solved is a task, not the problem itself.
  const solving = problem?.callsForAction === true && hasGoalCue(text);
  // (固定资产投资增长6.4%，未完成…目标，主要是部分重大项目开工滞后; 初步核算，全市生产总值…增长4.6%，与…预期目标仍有差距:
  // a review's result, then why it fell short, is the result.)
  // (其中，工业总产值4.90亿元，增长24.1%；农业总产值…，没有完成年初计划: the part a result opens on, batch 60's 淳安.)
  const opening = text.replace(PART_LEAD_RE, "");
  const resultFirst = part === "review" && (OPENS_ON_RESULT_RE.test(opening) || (SHORT_OF_PLAN_RE.test(opening) && OPENS_ON_FIGURE_RE.test(opening)));
  if (problem && !solving && !(part === "plan" && goalStrong) && !resultFirst) return make("other", `问题:${problem.reason}`, 0.85, "problem", true);

  if (ESTIMATE_CUE.re.test(text)) {
    // 今年广义货币M2预计增长13%左右, 预计全年为企业新增减负超过2.5万亿元 in the plan of a report delivered in the year it
    // plans: what this year is expected to bring is the plan's, not a result.
    if (planForecast(text, part, context.metadata?.planYear ?? null)) return make("goal", "计划中的预计(预期)", 0.6, "cue");
    return make("achievement", ESTIMATE_CUE.reason, part === "plan" ? 0.7 : 0.9, "estimate");
  }

  const goalAny = goalStrong ?? firstCue(text, GOAL_CUES);
  const achStrong = firstCue(text, ACHIEVEMENT_STRONG);
  const judgement = !goalStrong && !achStrong ? firstCue(text, JUDGEMENT_CUES) : null;
  if (judgement) return make("other", judgement.reason, 0.6, "frame");
  const imperative = IMPERATIVE_START_RE.test(text);
  // 面对外部压力加大、内部困难增多的复杂严峻形势，…推动经济持续回升向好: a wrong state in the backdrop is not the point.
  // “十四五”规划纲要确定的36项主要指标中，28项进度符合或快于预期，8项滞后: a tally of progress, whose laggards are part of
  // the count, reports results (batch 91's 徐汇 mid-term evaluation).
  const wrongState = !goalAny && !achStrong && !imperative && !resultFirst && !PROGRESS_TALLY_RE.test(text) ? wrongStateIn(mainClauses(text)) : null;
  if (wrongState) return make("other", `问题:${wrongState[0]}`, 0.6, "problem", true);
  const achAny = achStrong ?? firstCue(text, ACHIEVEMENT_CUES);
  // 冰雪旅游, 道地药材, 神农架机场: a slide's bullet or a card's word, a noun phrase alone on its line, names a topic; it sets no
  // task and reports nothing (batch 62's 解读 deck: 7 labels of 7 other).
  if (part !== "other" && !goalAny && !achAny && !imperative && BARE_TOPIC_RE.test(text)) return make("other", "短语(只点题)", 0.6, "frame");
  const withCue = (cue: Cue | null) => (cue ? `${sectionReason};${cue.reason}` : sectionReason);

  if (part === "review") {
    // 今年经济社会发展的主要预期目标是：国内生产总值增长7.5%左右: opening on this year, a strong plan cue outweighs a weak
    // result word (增长7.5%); …980万人，超过预期目标 stays a result.
    const thisYear = /^[^，,。]{0,4}(?:今年|明年)/.test(text);
    if (goalStrong?.againstPart && (!achAny || goalStrong.whole || (thisYear && !achStrong))) return make("goal", goalStrong.reason, 0.6, "cue");
    // 我们一定要认真总结经验… at the end of a review: the lesson turned into a task.
    if (!achStrong && OBLIGATION_START_RE.test(text)) return make("goal", "要…(任务)", 0.6, "cue");
    // 为了说清楚这个问题，需要对…作一些分析。 工作和学习都要讲究实效。: what should be done, said in a review, is no result.
    // (坚决落实“疫情要防住、经济要稳住”的要求: a slogan quoted is no modal of the sentence's own; nor is the 要 of
    // 向存量要空间, 向改革要动力, which asks something of a source.)
    if (!achAny && !/(?<![为除])了(?!解)|已/.test(text) && REVIEW_MODAL_RE.test(text.replace(QUOTED_RE, "").replace(ASK_OF_RE, ""))) return make("other", `${sectionReason};主张(要/需要)`, 0.55, "frame");
    return make("achievement", withCue(achAny), achAny ? 0.9 : 0.75, "section");
  }
  if (part === "plan") {
    if (achStrong?.againstPart && !goalAny) return make("achievement", achStrong.reason, 0.55, "cue");
    // 去年居民消费价格涨幅回落到2.6%，…: last year's result quoted to explain this year's target.
    if (!goalAny && /^(?:去年|上年|过去的?一年)/.test(text)) return make("achievement", "去年…(上一年的结果)", 0.6, "year");
    // 我们之间的友谊是经得起考验的。 最近在新德里召开了…: a statement of fact or a judgement sets no task, even in a plan.
    const statement = !goalAny && !imperative ? statementCue(text) : null;
    if (statement) return make("other", `${sectionReason};${statement}`, 0.55, "frame");
    // 促进祖国和平统一大业: 我们不反对台湾同…, 中国人民有决心也完全有能力…: a position stated, not a task set.
    if (!goalAny && !imperative && REUNIFICATION_RE.test(heading)) return make("other", `${sectionReason};立场陈述`, 0.55, "frame");
    return make("goal", withCue(goalAny), goalAny ? 0.9 : 0.75, "section");
  }

  // 各设区市竞相发展。 州市发展各展所长。 各区县交出亮眼答卷。: a news article's lead over the places' results (9 labels of 9,
  // batches 18–35), as its subhead 【各区竞相发展】 is.
  if (!goalAny && PLACES_RESULTS_RE.test(text)) return make("achievement", "各地成绩(概述)", 0.6, "cue");
  const year = yearCue(text, context.metadata?.reviewYear ?? null, context.metadata?.planYear ?? null);
  if (year === "plan") return make("goal", `计划年份(${text.slice(0, 5)}…)`, 0.75, "year");
  // 去年全区固定资产投资增长10.2%，今年要在高基数上稳住投资增长势头: last year's figure is the base of this year's task, which
  // is the sentence's point (13 labels of 13 outside deputies' quotes, batches 20–92).
  if (year === "review" && THIS_YEAR_TASK_AFTER_RE.test(text)) return make("goal", "去年…，今年要…(以上年为基数的任务)", 0.7, "year");
  if (year === "review") return make("achievement", `回顾年份(${text.slice(0, 5)}…)`, 0.75, "year");
  if (goalStrong && !achStrong) return make("goal", goalStrong.reason, 0.8, "cue");
  if (achStrong && !goalStrong) return make("achievement", achStrong.reason, 0.8, "cue");
  if (goalStrong && achStrong) {
    const goalFirst = text.search(goalStrong.re) < text.search(achStrong.re);
    const cue = goalFirst ? goalStrong : achStrong;
    return make(goalFirst ? "goal" : "achievement", `${cue.reason}(线索冲突)`, 0.55, "cue");
  }
  if (goalAny && !achAny) return make("goal", goalAny.reason, 0.6, "cue");
  // With no part known, a figure alone (增长7%) says no more than a verb first or a target's hedge does:
  // 推动社会消费品零售总额增长7%左右 sets a task, 广州：GDP增长5%以上 a target; …了, 已… state results.
  if (achAny && !achStrong && !goalAny && !/(?<![为除])了(?!解)|已/.test(text)) {
    if (mostlyHedged(text)) return make("goal", "数值带目标限定(以上/左右/以内)", 0.55, "cue");
  }
  // 支持成都建设…，全社会研发经费投入增长10%: after the turn to tasks, a sentence that opens on a verb and names a figure
  // with 增长 sets that figure as a task, unless it says the work is done (了, 已).
  if (achAny && !achStrong && !goalAny && imperative && context.fallback?.kind === "goal" && !/(?<![为除])了(?!解)|已/.test(text)) {
    return make("goal", `${context.fallback.reason};动词开头(任务句)`, 0.55, "fallback");
  }
  // 【划重点：2017年预期目标】地区生产总值增长8%左右，…。城乡居民人均可支配收入分别增长8%和9%，…: the targets' list carried
  // on into the next sentence, metric first (batch 118's 永州 microblog).
  if (achAny && !achStrong && !goalAny && context.fallback?.kind === "goal" && /^[^，,。]{2,16}分别增长/.test(text) && !/(?<![为除])了(?!解)|已/.test(text)) {
    return make("goal", `${context.fallback.reason};目标列举(分别增长)`, 0.55, "fallback");
  }
  if (achAny && !goalAny) return make("achievement", achAny.reason, 0.6, "cue");
  // 今天，这个地区的战略地位…: carried tasks do not turn a statement into one.
  const statement = context.fallback?.kind === "goal" && !imperative ? statementCue(text) : null;
  if (statement) return make("other", `${context.fallback!.reason};${statement}`, 0.5, "frame");
  if (context.fallback) {
    // 中国和印度是世界上两个最大的发展中国家…: the world described, carried neither as a task nor as a result
    // (我国同西欧…的关系也有了显著的发展 is our own result).
    const ourRelations = /^(?:我国|中国|我们)/.test(text) && /(?<![为除])了|已/.test(text);
    if (!imperative && !ourRelations && (WORLD_RE.exec(text)?.index ?? 99) < 16) return make("other", `${context.fallback.reason};国际形势(陈述)`, 0.5, "frame");
    // 征程万里风正劲,重任千钧再奋蹄。: a couplet (two halves of one length) is a slogan.
    if (!imperative && isCouplet(text)) return make("other", "对仗口号", 0.5, "frame");
    // 人民公社制度是…的根本保障。: a judgement carries no result either.
    const judgement = context.fallback.kind === "achievement" && !imperative ? judgementCue(text) : null;
    if (judgement) return make("other", `${context.fallback.reason};${judgement}`, 0.5, "frame");
    return make(context.fallback.kind, context.fallback.reason, 0.5, "fallback");
  }
  // 深化科技与人才体制改革,全面…: with nothing else to go on, a sentence that opens on a verb of action sets a task.
  if (imperative) return make("goal", "动词开头(任务句)", 0.45, "cue");
  return make("other", "无章节信息,也无目标或成绩线索", 0.4, "none");
}
