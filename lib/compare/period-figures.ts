import type { Indicator } from "@/lib/analysis/types";

/** A five-year plan (十一五: 2006–2010), as `fiveYearPeriod` names it. */
export interface PlanPeriod {
  name: string;
  start: number;
  end: number;
}

/**
 * How a figure of a five-year plan (left) or of its review (right) takes part in the period's comparison:
 * `over-years` — an average or a total over the years (年均, 累计, or a change named by the period: the plan's
 * “十一五”期间单位国内生产总值能源消耗降低20%左右, the review's 五年累计…下降19.1%); `period-end` — a level for the period's last year (到2010年，城镇化率
 * 达到47%; 2015年国内生产总值将超过55万亿元; 到“十二五”末…); null — one year's figure, not the period's.
 */
export type PeriodReading = "over-years" | "period-end";

export const SPAN_WORDS = ["年均", "累计"] as const;
/** Levels, counts and shares: what a plan can fix for its last year. Growth is a change, not a level. */
const LEVEL_TYPES = new Set<Indicator["type"]>(["level", "count", "share", "rate", "ratio"]);

export const spanWord = (i: Pick<Indicator, "qualifiers">): (typeof SPAN_WORDS)[number] | null =>
  SPAN_WORDS.find((w) => i.qualifiers.includes(w)) ?? null;

const quoted = (name: string) => `[“"「]?${name}[”"」]?`;

/** The words before the figure in its sentence, from the nearest year named before it (到2010年，…达到47%). */
function lead(text: string, start: number): { year: number | null; words: string } {
  const before = text.slice(0, start);
  const years = [...before.matchAll(/(\d{4})年/g)];
  const last = years.at(-1);
  return { year: last ? Number(last[1]) : null, words: before };
}

/** The plan's reading of a target figure (left side). */
export function planFigureReading(indicator: Indicator, sentence: string, period: PlanPeriod): PeriodReading | null {
  if (spanWord(indicator)) return "over-years";
  const { year, words } = lead(sentence, indicator.start);
  // The period as a whole: a change over the five years, set against the review's 五年累计.
  if (indicator.type === "growth" && new RegExp(`${quoted(period.name)}(期间|时期)|今后五年|未来五年|五年内`).test(words)) return "over-years";
  if (!LEVEL_TYPES.has(indicator.type)) return null;
  // A level for the period's last year: the nearest year named before the figure is the period's end, or its 末.
  if (year === period.end) return "period-end";
  if (year === null && new RegExp(`${quoted(period.name)}(末|期末)|到本期末|五年后`).test(words)) return "period-end";
  return null;
}

/**
 * The review's reading of a result figure (right side): its 年均 / 累计 figures answer the plan's figures over the
 * years; its levels (the review year is the period's last) answer the levels set for the period's end.
 */
export function reviewFigureReading(indicator: Indicator, sentence: string, period: PlanPeriod): PeriodReading | null {
  if (spanWord(indicator)) return "over-years";
  // 五年累计，单位国内生产总值能耗下降19.1%: a change the review names by the five years.
  if (indicator.type === "growth" && new RegExp(`${quoted(period.name)}(期间|时期)|五年`).test(lead(sentence, indicator.start).words)) return "over-years";
  return LEVEL_TYPES.has(indicator.type) ? "period-end" : null;
}

/** 提高4个百分点, 增加6亿立方米, 提高1岁: a change written before the figure, not a level reached (提高到, 达到). */
const CHANGE_BEFORE = /(?:提高|增加|增长|减少|降低|下降|扩大|缩小|上升)$/;

/**
 * The plan's reading of a target figure whose own sentence names no period, when its section heading dates it to
 * the plan (heading-period.ts: `二、“十二五”时期的主要目标和任务`): a change (growth, or a level after 提高 / 增加…)
 * is one over the years (read as 累计), a level, count, share or rate is the period-end target (城镇化率从47.5％提高到
 * 51.5%, 森林覆盖率达到21.66%). A figure that names its own year keeps it (2011年… is that year's; 2015年… is the
 * period's end), and the base a change starts from (从47.5％) is no target.
 */
export function headingFigureReading(indicator: Indicator, sentence: string, period: PlanPeriod): PeriodReading | null {
  if (indicator.phase === "before" || indicator.increment) return null;
  if (spanWord(indicator)) return "over-years";
  const { year: named, words } = lead(sentence, indicator.start);
  // 比2010年降低16%: the year before the plan is the base of a change over the period, not the figure's own year.
  const year = named === period.start - 1 && new RegExp(`[比较]${named}年`).test(words) ? null : named;
  if (year !== null) return year === period.end && LEVEL_TYPES.has(indicator.type) ? "period-end" : null;
  if (indicator.type === "growth") return "over-years";
  if (!LEVEL_TYPES.has(indicator.type)) return null;
  return CHANGE_BEFORE.test(words.trimEnd()) ? "over-years" : "period-end";
}
