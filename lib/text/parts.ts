import { arabicYears } from "./chinese-numerals";
import { foldWidth } from "./width";
import { TABLE_CAPTION_RE, WRAPPED_TITLE_RE } from "./heading-patterns";
import type { Part } from "./types";

/** Headings that open the review of last year (or of the whole term). Checked before the plan keywords. */
const REVIEW_RE =
  /回顾|中期评估|中期评价|工作情况|发展情况|执行情况|(?:完成|落实|实现|进展|推进)情况|工作(?:和|及|与|、)(?:主要)?成效|主要成效|(?:\d{4}|20[xX×]{2})年.{0,6}(?:成效|成绩|成就)|过去.{0,3}年|本届政府期间|工作总结|基本总结|报告.{0,3}(?:\d{4}|[一二][九〇○零][〇○零一二三四五六七八九]{2}|去|上一?)年的?(?:政府)?工作|主要成绩|取得的(?:巨大|重大)?成就|取得了.{0,8}(?:成就|成绩|进展|成效)|取得.{0,6}(?:成就|成绩)的.{0,2}年|(?<!今后|未来)(?:[一二三四五六七八九十]|\d{1,2})年来|成绩单|去年.{0,6}(?:办成|做成|干成|完成)了/;
/** Headings that open the plan: next year's work, five-year goals. */
// (二、“九五”计划和2010年远景目标: a five-year plan of the 1990s named by its single numeral, batch 107's 阜新.)
// (2019年，报告定下了这些目标——, 📢 2019年，这样干: a video script's words for the plan, batch 112's 张家界.)
const PLAN_RE =
  /这样干|怎么干|定下了?这些目标|主要工作|目标任务|预期目标|工作安排|工作任务|工作部署|今后五年|未来五年|十四五|发展目标|主要目标|总体要求|明年|(?:\d{4}|20[xX×]{2})年(?:政府|全区|全市)?工作(?!回顾|情况|总结)|十[一二三四五六]五.{0,4}(?:规划|时期|目标)|(?<![十\u4e00-\u9fa5])[“"]?[六七八九]五[”"]?.{0,4}(?:计划|规划)|远景(?:目标|规划)|主要(?:措施|任务)|今后.{0,4}(?:任务|工作)|(?:今|明)年的?(?:工作|任务|计划|目标)|基本任务|奋斗目标|主要指标|工作的?建议|(?:\d{4}|20[xX×]{2})年的?(?:主要)?(?:预期)?目标(?:$|[：:])|^【?新(?:的)?目标(?:】|$|[：:])|^重点(?:任务|工作)$|下一?步(?:工作)?(?:要求|打算|安排|计划|重点)|(?:\d{4}年|20[xX×]{2}年|今年|明年)的?重点(?:任务|工作)(?:安排)?$|^(?:(?:\d{4}|20[xX×]{2})年)?[^，,。]{0,14}(?:计划|预算)草案(?!.{0,4}执行)/;
/** 二、1981年国民经济计划的任务: a year's plan named (not a task heading that mentions one: 保证1981年计划的完成). */
const YEAR_PLAN_RE = /(?:\d{4}|20[xX×]{2})年.{0,10}(?:计划|任务|打算)(?!.{0,6}(?:执行|完成)情况)/;
/** 外交工作, 国际形势: a national report's foreign-affairs part states positions and describes the world; it neither
 * reviews the year's work nor plans it, so its sentences are judged by their own cues. */
const FOREIGN_AFFAIRS_RE = /外交|国际形势|对外政策|国际关系/;

/** Results and tasks named in one heading: 成就和今后的任务, 三年来的斗争和新时期的总任务, 成绩与下一步工作. */
const MIXED_RE = /(?:成就|成绩|成效|斗争|工作|回顾|形势)(?:和|与|及|以及)[^，,、]{0,8}(?:今后|下一步|明年|未来|任务|目标|打算)/;

const REVIEW_OR_PAST_RE = /成就|成绩|成效|回顾|(?<!国际)形势|(?:[一二三四五六七八九十]|\d{1,2})年来|过去/;

/** Appendices close the plan: a glossary is context, not a goal. */
// (出席：…, 分送：…: a meeting's minutes list who attended and who receives them, batch 80's 秦皇岛.)
// (报送：市委…, a session bulletin's list of who receives it, batch 115's 东莞.)
const OTHER_RE = /^(?:附[：:]\s*)?(?:名词解释|附件|附录|附表|注释)|^(?:出席|列席|缺席|请假|记录|分送|抄送|主送|报送)[：:]/;
/** 一、关于《2009年政府工作报告（征求意见稿）》: a meeting's item of business on a document names the document, not a
 * period; its sentences decide by their own words. (关于今年的工作, the national reports' own headings, name a period; 关于《…规划纲要（草案）》的说明 explains a plan.) */
const ITEM_OF_BUSINESS_RE = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]+[)）])?\s*关于《(?![^》]*(?:规划|纲要))[^》]+》/;

/** 📝 报告高频词, 💬 报告金句 (an explainer's cards on the report's words): quoted and counted words, neither review nor plan. */
const WORDS_OF_THE_REPORT_RE = /^[^\p{L}\p{N}]*(?:报告|政府工作报告)?(?:高频词|热词|金句|关键词)[^\p{L}\p{N}]*$/u;

/** 二、抓紧有利时机，加快经济发展: a top-level heading worded as a task (verb first, nothing done) opens the plan. */
const TASK_HEADING_RE =
  /^(?:坚持|持续|全力|加快|加大|依靠|围绕|着眼|抓紧|争取|千方百计|采取|确定|办好|深化|推进|推动|加强|积极|大力|进一步|努力|切实|全面|促进|实施|保持|做好|抓好|搞好|扩大|提高|实行|继续|认真|着力|建立|健全|完善|巩固|优化|培育|坚定不移|坚决|落实|狠抓|确保|力争|改善|增强|转变|调整|不断|集中力量|统筹|以.{1,12}为)/;
const HEADING_NUMBER_RE = /^(?:[一二三四五六七八九十]+[、，,.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十]+[、，,]|\d+[、.．])\s*/;

/** 坚持稳增长调结构,发展质效稳步提升: a heading that ends on a result is a review heading, however it starts. */
export const RESULT_CLAUSE_SOURCE =
  "(?:稳步|持续|不断|日趋|日益|全面|明显|显著|更加|扎实|有效|大幅|较快|成功)(?:提升|提高|增强|完善|优化|推进|发展|改善|扩大|深化|加强|增长|健全|夯实)|成果丰硕|成效(?:明显|显著)";
const RESULT_CLAUSE_RE = new RegExp(`(?:${RESULT_CLAUSE_SOURCE})[。.]?$|取得.{0,6}(?:进展|成效|成绩|成就)`);

export function isTaskHeading(heading: string): boolean {
  const text = heading.replace(HEADING_NUMBER_RE, "");
  if (!TASK_HEADING_RE.test(text) || /了|已经|以来/.test(text)) return false;
  // 扩大和培育内需，促进经济较快增长: a result named as the aim of a task verb (促进…增长) is still the task.
  const lastClause = text.split(/[，,]/).at(-1) ?? "";
  return !RESULT_CLAUSE_RE.test(text) || (lastClause !== text && TASK_HEADING_RE.test(lastClause));
}

export function partFromHeading(rawHeading: string): Part | null {
  // １９９４年, 1 9 9 8 年 (web and PDF copies) read as 1994年, 1998年.
  // 【2025年目标】, 🎯 2025年主要预期目标: a news subhead's brackets and a WeChat group's mark are not its words.
  // (一、一九五五年的工作: a year in numerals is read as its digits, batch 59's 武汉.)
  // (【2024目标】, 【2023成绩单】: a subhead's year without its 年 is the year; ★2012目标★ between an explainer's marks.)
  const heading = arabicYears(foldWidth(rawHeading).replace(/(\d)\s+(?=[\d年])/g, "$1").replace(/^【\s*([^【】]+?)\s*】$/, "$1").replace(WRAPPED_TITLE_RE, "$1").replace(/^((?:19|20)\d\d)(?=[\u4e00-\u9fa5])(?!年)/, "$1年"));
  // (注　释, 附　件: a short heading set with a blank between its characters, batch 77's 荆门.)
  const compact = heading.replace(/(?<=[\u4e00-\u9fa5])[\s\u3000]+(?=[\u4e00-\u9fa5])/g, "");
  // 表1　2019年主要指标完成情况和2020年主要预期目标: a table's caption inside a part names the table, not a new part (batch
  // 97's 通州, a plan's table of last year's results and this year's targets).
  if (TABLE_CAPTION_RE.test(foldWidth(rawHeading).trim())) return null;
  if (OTHER_RE.test(compact) || FOREIGN_AFFAIRS_RE.test(heading) || WORDS_OF_THE_REPORT_RE.test(heading) || ITEM_OF_BUSINESS_RE.test(heading)) return "other";
  // 国民经济的成就和今后的建设任务: a part that reviews and plans at once; its sentences decide by their own words.
  if (MIXED_RE.test(heading) && REVIEW_OR_PAST_RE.test(heading)) return "other";
  if (REVIEW_RE.test(heading)) return "review";
  if (PLAN_RE.test(heading)) return "plan";
  if (YEAR_PLAN_RE.test(heading) && !isTaskHeading(heading)) return "plan";
  return null;
}

/** A text that opens straight into last year's review (003: `2019年是…。一年来,…`) starts in the review part. */
const REVIEW_OPENER_RE = /^(?:(?:\d{4}|20[xX×]{2})年(?:是|[,，]|以来|我们|全区|全市|全县)|一年来|过去(?:的)?一年|回顾)/;

export function opensWithReview(firstSentence: string): boolean {
  return REVIEW_OPENER_RE.test(firstSentence);
}
