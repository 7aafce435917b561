// 一季度，全市地区生产总值下降7.4%，规模以上工业增加值下降12.8%: a sentence that opens on a part of the year, set off by a
// comma, dates every figure of its first run of clauses to that part, as 一季度地区生产总值 does in one clause. Such a figure is
// never the year's result (batch 94's 德州 2021: the quarter's fall had been set against the year's GDP target).
import { relabel } from "./lookup-metric";
import type { Indicator } from "./types";

// (今年第一季度，… in a report delivered in the spring is the plan year's own start, read as its readers name it, without the
// quarter: the national reports of the 1980s.)
const OPENING_PART_OF_YEAR_RE = /^(?:去年|20\d\d年)?(第?[一二三四]季度|前三季度|上半年)[，,]/;
/** What ends the part of the year's reach: a semicolon or a clause that turns to the whole year. */
const REACH_END_RE = /[；;。]|全年|年末|年底|预计全年/;

/** `ordered`: the sentence's indicators in reading order; renamed in place. */
export function nameOpeningPeriod(text: string, ordered: Indicator[]): void {
  const opening = OPENING_PART_OF_YEAR_RE.exec(text);
  if (!opening) return;
  const rest = text.slice(opening[0].length);
  const end = opening[0].length + (rest.search(REACH_END_RE) === -1 ? rest.length : rest.search(REACH_END_RE));
  for (const figure of ordered) {
    if (figure.start >= end || figure.label.startsWith(opening[1]) || figure.place) continue;
    relabel(figure, `${opening[1]}${figure.label.replace(/^(?:全市|全区|全县|全省)/, "")}`);
  }
}
