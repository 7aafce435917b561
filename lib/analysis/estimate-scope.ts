// Which figures 预计 estimates: the clause it stands in, a clause that goes on about the same figure, or, when it opens the
// sentence, the figures after it across semicolons.
import { ESTIMATE_CUE } from "./cues";

/** Words a clause may open with before 预计 that name no metric: 全年, 2023年, 初步核算. */
const BEFORE_ESTIMATE_RE = /^(?:[\d０-９]{4}年|全年|今年|去年|初步核算|据初步核算|经初步核算|全区|全市|全县|[，,\s])*$/;
/** A count of new things, which the year's records give (新增国家高新技术企业1230家): no estimate. */
const NEW_COUNT_RE = /^(?:新增|新认定|新引进|新培育|新建|新开工|建成)/;
const ESTIMATE_CUES_RE = new RegExp(ESTIMATE_CUE.re.source, "g");

/** A clause that goes on about the figure before it (增长4.6%, 比上年提高0.1个百分点, 增速高于全市…, 分别增长4.3%和7.2%) names
 * nothing new. */
// (按可比价格计算增长12.1%: the basis of the comparison opens the clause, batch 54's 开封.)
const CONTINUED_CLAUSE_RE = /^(?:按可比价格计算|按可比价计算|按可比口径计算)?[，,]?(?:分别|均)?(?:同比|比上年|比去年|较上年|较去年|比|较)?(?:实际)?(?:增长|增加|提高|上升|下降|降低|减少|增速|增幅|高于|低于|占)/;

/**
 * Whether 预计 earlier in the clause up to the figure (`before`) estimates it. 预计 after a metric's name
 * (研发经费投入强度预计达到3.3%，新认定国家高新技术企业1062家，总数达到4805家) estimates that metric only: across a comma
 * it reaches a clause that goes on about it (…预计达到3.6%，比上年提高0.1个百分点), not one that names something else
 * (12 of 12 labelled such figures are results; 4 of 4 continuations are estimates). 预计 opening a clause (预计全年地区
 * 生产总值增长4.8%，规模以上工业增加值增长6.1%) estimates the list after it (28 of 30). (工业总产值一九七四年预计比一九
 * 六四年增长一点九倍，钢增长一点二倍: a list under one estimated comparison is estimated throughout.)
 */
export function estimatedHere(before: string, label: string): boolean {
  const cue = [...before.matchAll(ESTIMATE_CUES_RE)].at(-1);
  if (!cue) return false;
  const after = before.slice(cue.index);
  if (!/[，,]/.test(after)) return true;
  const clauseStart = Math.max(before.lastIndexOf("，", cue.index), before.lastIndexOf(",", cue.index)) + 1;
  if (BEFORE_ESTIMATE_RE.test(before.slice(clauseStart, cue.index))) return true;
  if (NEW_COUNT_RE.test(label)) return false;
  // An estimated comparison with a year (预计比一九六四年增长…) covers the list of figures compared with it.
  if (/^预计(?:比|较)/.test(after)) return true;
  const lastClause = after.slice(Math.max(after.lastIndexOf("，"), after.lastIndexOf(",")) + 1);
  return CONTINUED_CLAUSE_RE.test(lastClause);
}

/** 预计全年实现地区生产总值…；规模工业增加值增长…；…: 预计 opening the sentence or one of its semicolon clauses estimates
 * the figures after it, across semicolons, up to a clause that opens on its own verb of a result (；完成地方一般公共预算
 * 收入…) or turns to the coming year. (——预计… after a run-in lead estimates its own clause only.) */
export function estimateScope(text: string): { from: number; to: number } {
  const cue = ESTIMATE_CUE.re.exec(text);
  // (09:23【报告】预计全年…: a live entry's blanked time stamp and its tag come before the sentence's own start.)
  const lead = ENTRY_LEAD_RE.exec(text)?.[0].length ?? 0;
  if (!cue || (cue.index - lead >= 6 && !/[；;]\s*$/.test(text.slice(0, cue.index)))) return { from: -1, to: -1 };
  for (const m of text.slice(cue.index).matchAll(/[；;]/g)) {
    const at = cue.index + m.index;
    if (/^\s*(?:全年|全区|全市|全县)?(?:完成|实现)|^[^，,；;]{0,8}(?:今年|明年)/.test(text.slice(at + 1))) return { from: cue.index, to: at };
  }
  return { from: cue.index, to: text.length };
}

/** Blanks (a live entry's time stamp, blanked) and a bracketed tag (【报告】) before what an entry says. */
const ENTRY_LEAD_RE = /^\s*(?:【[^】]{1,8}】\s*)?/;
