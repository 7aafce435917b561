import type { PlanPeriod } from "./period-figures";

/** A section as the compare view reads it: its place in the report's outline and its heading. */
export interface HeadingSection {
  index: number;
  heading: string;
  /** 1 for 一、 / plain lines, 2 for (一), 3 for 1、, 4 for run-in leads (lib/text/types.ts). */
  level: number;
}

/**
 * The headings a sentence stands under, innermost first: its own section's, then each enclosing one (the nearest
 * section before it of a higher rank, level 1 the highest). The 2011 report's `--我们要推动经济发展再上新台阶` lead sits
 * under `二、“十二五”时期的主要目标和任务`. One section's chain, as headingChains gives every one.
 */
export function headingChain(sections: readonly HeadingSection[], sectionIndex: number | null): string[] {
  return sectionIndex == null ? [] : (headingChains(sections).get(sectionIndex) ?? []);
}

/** Every section's heading chain, by section index: one pass over the outline, in order. */
export function headingChains(sections: readonly HeadingSection[]): Map<number, string[]> {
  const chains = new Map<number, string[]>();
  const open: HeadingSection[] = []; // the enclosing sections, outermost first, of strictly rising level
  for (const s of sections) {
    while (open.length && open[open.length - 1].level >= s.level) open.pop();
    chains.set(s.index, [s.heading, ...open.map((o) => o.heading).reverse()]);
    open.push(s);
  }
  return chains;
}

const NUMERAL = "[一二三四五六七八九十]{1,3}";
/** “十二五”, 十二五时期 / 期间 / 规划, 第十二个五年规划: the plans a heading names (a bare 十五、 is a heading number). */
const PLAN_NAMES = new RegExp(`[“"「](${NUMERAL}五)[”"」]|(${NUMERAL}五)(?:时期|期间|规划|计划)|第(${NUMERAL})个五年(?:规划|计划)`, "g");
const YEAR_RANGE = /(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年/;
const NEXT_FIVE_YEARS = /今后五年|未来五年/;

/** What one heading says about the time its figures belong to: plans by name, a span of years, the next five years, single years. */
function headingTimes(heading: string): { plans: string[]; range: [number, number] | null; next: boolean; years: number[] } {
  const plans = [...heading.matchAll(PLAN_NAMES)].map((m) => m[1] ?? m[2] ?? `${m[3]}五`);
  const range = YEAR_RANGE.exec(heading);
  const years = [...heading.replace(YEAR_RANGE, "").matchAll(/(\d{4})年/g)].map((m) => Number(m[1]));
  return { plans, range: range ? [Number(range[1]), Number(range[2])] : null, next: NEXT_FIVE_YEARS.test(heading), years };
}

/** A heading over the plan's targets (主要目标, 目标任务, 主要指标), not over its tasks alone (战略重点和主要任务). */
const TARGETS = /目标|指标/;

/**
 * The heading (innermost first) that dates a sentence to the plan's targets, or null. The nearest heading that names
 * any time decides: `二、“十二五”时期的主要目标和任务`, `2011—2015年主要目标`, `今后五年的主要任务` or one naming only the
 * period's last year (到2015年) dates it to 十二五 (2011–2015); one naming another plan (`一、“十一五”时期…的回顾`,
 * `（二）“十五”期间…主要情况`) or another single year (`三、2011年的工作`) keeps it out, whatever encloses it. The
 * targets must be named on the way, in that heading or one inside it (主要目标, 目标任务, 指标): the 2006 report's
 * `（四）“十一五”时期的战略重点和主要任务` runs on to the closing words (13亿人民…), which set no target.
 */
export function periodHeading(headings: readonly string[] | undefined, period: PlanPeriod): string | null {
  let targets = false;
  for (const heading of headings ?? []) {
    targets ||= TARGETS.test(heading);
    const { plans, range, next, years } = headingTimes(heading);
    const dated = plans.length ? plans.includes(period.name) : range ? range[0] === period.start && range[1] === period.end : next || (years.length ? years.every((y) => y === period.end) : null);
    if (dated === null) continue;
    return dated && targets ? heading : null;
  }
  return null;
}
