import { arabicYears } from "./chinese-numerals";
import { partFromHeading } from "./parts";
import type { ProcessedText, ReportKind } from "./types";

export interface YearFacts {
  reviewYear: number | null;
  planYear: number | null;
  inferred: string[];
}

/** The year a report is delivered in (and known by): the plan year, or the year after the review. */
export function reportYear(meta: { reviewYear: number | null; planYear: number | null }): number | null {
  return meta.planYear ?? (meta.reviewYear != null ? meta.reviewYear + 1 : null);
}

/** Five-year plans: 十一五 starts 2006, each next one five years later. */
const FIVE_YEAR_START: Record<string, number> = { 一: 2006, 二: 2011, 三: 2016, 四: 2021, 五: 2026, 六: 2031 };
const ORDINALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5 };
const PLAN_YEAR_RE =
  /(?:20[xX×]{2}|\d{4})年[,，]?是[^。]{0,40}?十([一二三四五六])五”?(?:规划)?的?(?:第([一二三四五])年|(开局之年|起步之年|收官之年|最后一年))/;

/**
 * Review and plan years. Explicit years in the part headings come first (2019年工作回顾), then the meeting or
 * publication year (a report given in 2020 plans 2020 and reviews 2019), then the first year the review opens with
 * (003). With masked years (20xx) the text still tells: `20xx年,是…“十二五”规划的第一年` is 2011.
 */
export function inferYears(processed: ProcessedText, kind: ReportKind, baseYear: number | null, body: string): YearFacts {
  let reviewYear: number | null = null;
  let planYear: number | null = null;
  const inferred: string[] = [];
  for (const s of processed.sections) {
    const year = /(\d{4})年/.exec(arabicYears(s.heading));
    if (!year || partFromHeading(s.heading) !== s.part) continue;
    if (s.part === "review") reviewYear ??= Number(year[1]);
    if (s.part === "plan") planYear ??= Number(year[1]);
  }
  const hasReview = processed.sentences.some((s) => s.part === "review");
  const hasPlan = processed.sentences.some((s) => s.part === "plan");

  if (kind === "news" && baseYear) {
    // (烟台今年GDP预期增长5%以上 under a page dated 2026年1月15日: 今年 and 去年 name the years as well as digits do.)
    reviewYear ??= body.includes(`${baseYear - 1}年`) || /去年|上年/.test(body) ? baseYear - 1 : null;
    planYear ??= body.includes(`${baseYear}年`) || /今年/.test(body) ? baseYear : null;
  } else {
    if (planYear === null && hasPlan) planYear = baseYear ?? (reviewYear !== null ? reviewYear + 1 : null);
    if (reviewYear === null && hasReview) {
      reviewYear = planYear !== null ? planYear - 1 : baseYear !== null ? baseYear - 1 : firstReviewYear(processed);
    }
    // 2012年，… opens the review and no heading names the plan's year: the plan is for the year after.
    if (planYear === null && hasPlan && reviewYear !== null) {
      planYear = reviewYear + 1;
      inferred.push("planYear");
    }
  }

  // A report with no review or plan part found (a speech of the 1950s, a copy without headings): delivered in its
  // base year, it reviews the year before and plans its own.
  if (kind !== "news" && baseYear !== null && reviewYear === null && planYear === null && !hasReview && !hasPlan) {
    reviewYear = baseYear - 1;
    planYear = baseYear;
    inferred.push("reviewYear", "planYear");
  }
  if (reviewYear === null && planYear === null) {
    const masked = fromFiveYearPlan(processed);
    if (masked) {
      const asPlan = masked.part === "plan";
      reviewYear = asPlan ? (hasReview ? masked.year - 1 : null) : masked.year;
      planYear = asPlan ? masked.year : hasPlan ? masked.year + 1 : null;
      if (reviewYear !== null) inferred.push("reviewYear");
      if (planYear !== null) inferred.push("planYear");
    }
  }
  return { reviewYear, planYear, inferred };
}

function firstReviewYear(processed: ProcessedText): number | null {
  for (const s of processed.sentences) {
    if (s.part !== "review") continue;
    const m = /^(\d{4})年/.exec(s.text);
    if (m) return Number(m[1]);
  }
  return null;
}

function fromFiveYearPlan(processed: ProcessedText): { year: number; part: string } | null {
  for (const s of processed.sentences) {
    const m = PLAN_YEAR_RE.exec(s.text);
    if (!m) continue;
    const ordinal = m[2] ? ORDINALS[m[2]] : m[3] === "收官之年" || m[3] === "最后一年" ? 5 : 1;
    return { year: FIVE_YEAR_START[m[1]] + ordinal - 1, part: s.part };
  }
  return null;
}
