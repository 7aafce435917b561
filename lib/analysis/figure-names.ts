// A figure's name from its own clause when the words before it name no metric: the object after a bare verb, the fund
// an amount is, a payer's spending, the whole a share is of; and a last resort when every rule found none.
import type { Quantity } from "./find-quantities";
import { namesSpeaker } from "./cues";
import { clauseBefore, countedNoun, solvedProblems, subjectBefore } from "./label-context";
import type { Slot } from "./indicator-slots";

/** 大豆要求增长4.4%, 钢：从135万吨增加到412万吨, 我国有十亿多人口: a name where every rule found none (never an empty one). */
export function lastResortLabel(text: string, slot: Slot): string {
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

/** A bare verb (关停5000万千瓦小火电机组) takes the object written after the amount; a share written 在…中占比 takes the
 * subject of the clause before (服务业快速发展，在国内生产总值中占比…); 中央财政安排补助资金 drops the verb. */
export function ownLabel(text: string, q: Quantity, label: string, hardBreakBefore: boolean): string {
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
  // 主要产品中，棉纱生产十四万六千件 (batch 59's 武汉): a group the figure is one of names none of it.
  if (scope && /(?:产品|商品|作物|指标)中$/.test(scope[1])) return label;
  // 在这4.2万亿元中，增值税留抵退税…: a scope that is an amount is the total the part belongs to, not a name.
  if (scope && /(?:[万亿千百]?元|[万亿]|这|此)中$/.test(scope[1])) return label;
  // 在工农业总产值中，农业所占比重: the part's share of the whole, named the way a reader writes it.
  const share = scope?.[1].startsWith("在") ? /^(.{1,12}?)(?:所|已|将|又)?占(?:的)?(?:比重|比例)?$/.exec(label) : null;
  if (share) return `${share[1]}占${scope![1].slice(1, -1)}比重`;
  return scope ? scope[1] + label : label;
}

/** The words after an amount up to the end of its clause (关停5000万千瓦小火电机组，…), or null. */
export function objectAfter(text: string, q: Quantity): string | null {
  const object = /^([\u4e00-\u9fa5“”]{2,10})(?=[，,。；;]|$)/.exec(text.slice(q.tailEnd))?.[1] ?? null;
  // 迈上2万亿元新台阶, 突破万亿元大关: a mark of the level reached, not what is measured.
  return object && LEVEL_MARK_RE.test(object) ? null : object;
}

const LEVEL_MARK_RE = /^(?:新|[两二三四五六七八九]个)?(?:台阶|大关|关口|量级)$/;

const PAYER_RE = /^(?:中央财政|中央预算内|地方财政|各级财政|财政|省财政|市财政|区财政|中央|国家|中央政府)$/;
/** A government that pays, not a budget: 中央安排30亿元国债资金 names the fund alone. */
const GOVERNMENT_RE = /^(?:中央|国家|中央政府)$/;

/** 安排200亿元技改专项资金支持…: the fund an amount is, written right after it. */
const PURPOSE_RE = /^[，,]?(?:专项)?用于(?:支持|扶持|补助)?(?:地方|各地)?(?:加强|发展|开展|推进|改善)?([\u4e00-\u9fa5“”]{2,10}?)(?:工作|建设)?(?=[，,。；;]|$)/;

export function fundAfter(text: string, q: Quantity): string | null {
  if (!q.unit.endsWith("元")) return null;
  return /^([\u4e00-\u9fa5“”]{0,10}?(?:国债资金|资金|经费|补贴|补助|贷款|债券|国债|基金|投资))/.exec(text.slice(q.tailEnd))?.[1] ?? null;
}

const RAISING_VERB_RE = /(?:发行|带动|筹集|募集|吸引|投入|拨付|下达|节省出|节约出)$/;
const ACTION_END_RE = /(?:取消|减免|免除|节约|节省|减轻|带动|发放)了?(?:原先|原来|共)?$/;

const WORKS_RE = /(?:加大|加快|推进|实施|推动|抓好|做好)?([\u4e00-\u9fa5“”]{2,10}?(?:工程|住房|安置房|项目))(?:建设)?(?:力度|步伐|进度)?$/;
const BARE_VERB_RE = /^(?:关停|淘汰|新建|建成|竣工|交付|开工|新开工|改造|完成|新增|增发|培训|资助|转移|解决|安置)$/;
