import { CLAUSE_PUNCT, countHan, isWhitespace } from "./chars";

/**
 * Run-in bold leads (全力稳企业。/ 创新载体加快建设。/ 推动数字科技自立自强。) act as sub-headings. They are short
 * verb-object or topic-comment units ending in 。 and followed by body text in the same paragraph. Ordinary short
 * sentences look alike, so:
 *  - at a paragraph start, up to 18 characters are allowed (002's and 004's plan leads are long);
 *  - inside a paragraph only up to 11 (000's and 004's review leads), because short body sentences there
 *    (优化金融科技平台产业生态。 12, 加快建设国际消费中心城市。 12) are not leads;
 *  - never with digits, an amount in Chinese numerals (烟叶收购九十万担。 in a stenographic record) or latin letters
 *    (上市企业总量达25家。), clause punctuation, a 《title》, or a result verb
 *    (完成国土空间发展大纲编制。 / 全省首试“人才创业险”。), which mark a finding rather than a topic.
 */
const RESULT_START_RE =
  /^(?:完成|建成|新增|实现|获得|获评|荣获|入选|累计|预计|出台|编制|举办|启动|开工|竣工|成功|圆满|基本|首次|共有|共计|其中|同比|全省|全市|全区|全国|该区|我们|我区|我市|今年|明年|去年)/;
/** 报告回顾了…, 政府工作报告提出…: a news article says what the report does (batch 98's 沧州日报); 报告对过去一年工作的总结很实在。:
 * a deputy says what they think of it (batch 115's session bulletin). */
const REPORT_DOES_RE = /^(?:政府工作)?报告(?:还|也|首先|全面|简要|系统)?(?:回顾|总结|提出|指出|部署|强调|分析|安排|对|把|将|的|既|很|讲)/;
const RESULT_ANY_RE = /完成|建成|获评|荣获|入选|达到|突破|同比/;
/** 九十万担, 一百二十个, 百分之六: an amount written in Chinese numerals (三大攻坚战, 千方百计 are none). */
const AMOUNT_IN_WORDS_RE = /百分之|[一二两三四五六七八九十][零〇一二两三四五六七八九十百千]*(?:点[零〇一二三四五六七八九]+)?[万亿]|[一二两三四五六七八九][十百千][零〇一二两三四五六七八九十百千]*(?:[个家项件套所座条处亩吨元人户担斤辆台]|公里|平方)/;

export interface LeadContext {
  /** Index of the sentence in its paragraph. */
  position: number;
  /** The sentence is the last one of its paragraph. */
  isLast: boolean;
  /** The paragraph opened with a dateline (a news lede is never a lead). */
  dateline: boolean;
}

/** Characters counted for the length of a lead: the text without quotes, brackets and the final 。. */
function coreLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!"“”‘’\"'《》「」。".includes(ch) && !isWhitespace(ch)) n++;
  return n;
}

export function isDashLead(text: string): boolean {
  if (!text.startsWith("——") || !text.endsWith("。")) return false;
  const body = text.slice(2, -1);
  if (!body || coreLength(body) > 16 || countHan(body) < 2) return false;
  for (const ch of body) if (CLAUSE_PUNCT.has(ch)) return false;
  return true;
}

export function isRunInLead(text: string, ctx: LeadContext): boolean {
  if (ctx.isLast || ctx.dateline || !text.endsWith("。")) return false;
  const body = text.slice(0, -1);
  const len = coreLength(body);
  const max = ctx.position === 0 ? 18 : 11;
  if (len < 4 || len > max || countHan(body) < len - 2) return false;
  if (/[0-9０-９A-Za-z《》]/.test(body) || AMOUNT_IN_WORDS_RE.test(body)) return false;
  for (const ch of body) if (CLAUSE_PUNCT.has(ch) || "。！？!?".includes(ch)) return false;
  if (RESULT_START_RE.test(body.replace(/^[“"]/, ""))) return false;
  // 报告回顾了过去一年的工作。, 报告提出了今年的目标任务。 (a news article): what the report does, a sentence of the story.
  if (REPORT_DOES_RE.test(body)) return false;
  return ctx.position === 0 || !RESULT_ANY_RE.test(body);
}
