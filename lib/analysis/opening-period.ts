// 一季度，全市地区生产总值下降7.4%，规模以上工业增加值下降12.8%; …，一季度地区生产总值仅增长9.8%，规模以上工业增加值增长11.2%:
// a clause that opens on a part of the year dates every figure from there to the end of the run of clauses to that part, as
// 一季度地区生产总值 does in one clause. Such a figure is never the year's result (batch 94's 德州 2021 and batch 91's 淮安 2010:
// the quarter's fall had been set against the year's target).
import { lookupMetric, relabel } from "./lookup-metric";
import type { Indicator } from "./types";

// (今年第一季度，… in a report delivered in the spring is the plan year's own start, read as its readers name it, without the
// quarter: the national reports of the 1980s.)
// (第二季度增长1.7%，第三季度增长3%: a period before its own verb dates its own figure only, as the parser reads it.)
// (四季度以来, since the quarter, dates nothing to it.)
const CLAUSE_PART_OF_YEAR_RE = /(?:^|[，,])(?!今年)(?:去年|20\d\d年)?(第?[一二三四]季度|前三季度|上半年)(?:[，,]|(?!增长|下降|增加|减少|同比|比|实现|完成|以来)(?=[\u4e00-\u9fa5]))/;
/** 四季度增发1万亿元国债: only a measure is dated (a name ending on one, or a lexicon metric), not a deed done in the quarter. */
const MEASURE_END_RE = /[率额值数量入出资比重度积费价]$/;
/** What ends the part of the year's reach: a semicolon, a clause that turns to the whole year or to another period. */
const REACH_END_RE = /[；;。]|全年|年末|年底|[，,](?:第?[一二三四]季度|前三季度|上半年|下半年|[0-9０-９]{1,2}(?:[-－—~～至到][0-9０-９]{1,2})?月)/;

/** `ordered`: the sentence's indicators in reading order; renamed in place. */
export function nameOpeningPeriod(text: string, ordered: Indicator[]): void {
  const opening = CLAUSE_PART_OF_YEAR_RE.exec(text);
  if (!opening) return;
  const from = opening.index + opening[0].length;
  const reach = text.slice(from).search(REACH_END_RE);
  const end = reach === -1 ? text.length : from + reach;
  for (const figure of ordered) {
    if (figure.start < from || figure.start >= end || figure.label.startsWith(opening[1]) || figure.place) continue;
    if (!MEASURE_END_RE.test(figure.label) && !lookupMetric(figure.label).known) continue;
    relabel(figure, `${opening[1]}${figure.label.replace(/^(?:全市|全区|全县|全省)/, "")}`);
  }
}
