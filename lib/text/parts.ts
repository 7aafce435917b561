import type { Part } from "./types";

/** Headings that open the review of last year (or of the whole term). Checked before the plan keywords. */
const REVIEW_RE = /回顾|工作情况|发展情况|过去一年|过去的一年|过去五年|过去的五年|本届政府期间|工作总结|主要成绩|一年来/;
/** Headings that open the plan: next year's work, five-year goals. */
const PLAN_RE =
  /主要工作|目标任务|工作安排|工作任务|工作部署|今后五年|未来五年|十四五|发展目标|主要目标|总体要求|明年|(?:\d{4}|20[xX×]{2})年(?:政府|全区|全市)?工作(?!回顾|情况|总结)|十[一二三四五六]五.{0,4}(?:规划|时期|目标)/;

/** Appendices close the plan: a glossary is context, not a goal. */
const OTHER_RE = /^(?:名词解释|附件|附录|附表|注释)/;

export function partFromHeading(heading: string): Part | null {
  if (OTHER_RE.test(heading)) return "other";
  if (REVIEW_RE.test(heading)) return "review";
  if (PLAN_RE.test(heading)) return "plan";
  return null;
}

/** A text that opens straight into last year's review (003: `2019年是…。一年来,…`) starts in the review part. */
const REVIEW_OPENER_RE = /^(?:(?:\d{4}|20[xX×]{2})年(?:是|[,，]|以来|我们|全区|全市|全县)|一年来|过去(?:的)?一年|回顾)/;

export function opensWithReview(firstSentence: string): boolean {
  return REVIEW_OPENER_RE.test(firstSentence);
}
