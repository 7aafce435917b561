// A five-year total in a sentence that names no span never answers one year's target (issue 11). Sentences from the
// national reports (read in ../shared/corpus), cut to their figures.
import { describe, expect, it } from "vitest";
import { extractIndicators } from "@/lib/analysis/extract-indicators";
import type { SentenceKind } from "@/lib/domain";
import { pairIndicators } from "./pair-indicators";
import { sideSentences } from "./side-from-analyzed";
import { overYearsInContext, spanContexts } from "./span-context";

type Line = { text: string; section?: number; paragraph: number; kind?: SentenceKind; role?: "heading" | "body" };

/** A report as the compare side reads it: sentences with their section and paragraph, figures extracted. */
function report(lines: Line[], headings: string[], part: "plan" | "review") {
  return {
    sections: headings.map((heading, index) => ({ index, heading, level: 1 })),
    sentences: lines.map((l, index) => ({
      index, text: l.text, role: l.role ?? "body", kind: l.kind ?? (part === "plan" ? "goal" : "achievement"),
      sectionIndex: l.section ?? null, paragraph: l.paragraph,
      indicators: l.role === "heading" ? [] : extractIndicators(l.text, { kind: l.kind ?? (part === "plan" ? "goal" : "achievement"), part }),
    })),
  };
}

describe("spanContexts: where a review spans several years", () => {
  it("a heading naming the five-year plan (2011: 一、“十一五”时期…的回顾) spans its sentences; a one-year heading does not", () => {
    const sections = new Map([[0, ["一、“十一五”时期国民经济和社会发展的回顾"]], [1, ["三、2011年的工作"]]]);
    const spans = spanContexts([
      { index: 0, text: "解决2.15亿农村人口饮水安全问题。", sectionIndex: 0, paragraph: 0 },
      { index: 1, text: "过去一年，我们的各项工作取得了很大成绩。", sectionIndex: 1, paragraph: 1 },
      { index: 2, text: "国内生产总值增长10.3%。", sectionIndex: 1, paragraph: 1 },
    ], sections);
    expect([...spans.keys()]).toEqual([0]);
  });

  it("a heading that names the years and then the year (过去五年和2021年工作回顾) spans only a paragraph opening on the years, that opening sentence included", () => {
    const sections = new Map([[0, ["（七）民生福祉不断增进", "一、过去五年和2021年工作回顾"]], [1, ["一、过去五年和2021年工作回顾"]]]);
    const spans = spanContexts([
      { index: 0, text: "五年来，全市地区生产总值年均增长7.2%。", sectionIndex: 1, paragraph: 0 },
      { index: 1, text: "城镇居民人均可支配收入年均增长7.3%。", sectionIndex: 1, paragraph: 0 },
      { index: 2, text: "城镇新增就业4.38万人。", sectionIndex: 0, paragraph: 5 },
    ], sections);
    // (The opening sentence spans its own figures too: 五年来，…累计减少农村贫困人口83.6万人, batch 70's 黄冈.)
    expect([...spans.keys()]).toEqual([0, 1]);
  });

  it("a paragraph that opens on 五年来 spans its opening sentence and its later ones, until one opens on a single year (2006)", () => {
    const spans = spanContexts([
      { index: 0, text: "五年来，人民生活明显改善。", paragraph: 3 },
      { index: 1, text: "城镇居民人均可支配收入实际增长58.3%。", paragraph: 3 },
      { index: 2, text: "2005年，城镇新增就业970万人。", paragraph: 3 },
      { index: 3, text: "农村居民人均纯收入实际增长6.2%。", paragraph: 3 },
      { index: 4, text: "城镇新增就业人口970万人。", paragraph: 4 },
    ], new Map());
    // The sentence that names its own year is still under the span; its figures are read one by one (below).
    expect([...spans]).toEqual([[0, "五年来，人民生活明显改善"], [1, "五年来，人民生活明显改善"], [2, "五年来，人民生活明显改善"]]);
  });
});

describe("overYearsInContext: which figures of such a review are totals over its years", () => {
  const result = (text: string) => extractIndicators(text, { kind: "achievement", part: "review" });
  it("a flow (解决, 完成) and a growth rate are; a figure its sentence dates to one year is not", () => {
    const [count] = result("解决2.15亿农村人口饮水安全问题。");
    expect(overYearsInContext(count, "解决2.15亿农村人口饮水安全问题。")).toBe(true);
    const [growth] = result("城镇居民人均可支配收入实际增长58.3%。");
    expect(overYearsInContext(growth, "城镇居民人均可支配收入实际增长58.3%。")).toBe(true);
    const text = "粮食产量屡创历史新高，去年达到1.09万亿斤。";
    expect(overYearsInContext(result(text)[0], text)).toBe(false);
    const gnp = "国民生产总值比上年增长百分之十二点八。"; // 1993, under 一、…取得伟大成就的五年
    expect(overYearsInContext(result(gnp)[0], gnp)).toBe(false);
  });
  it("a level reached is where the span ended; the base of a change dates nothing (比五年前增加…, 1986年同1978年相比)", () => {
    const level = "社会保障基金积累7810亿元。";
    expect(overYearsInContext(result(level)[0], level)).toBe(false);
    const change = "１９８６年同１９７８年相比，国民生产总值增长１０２％。";
    expect(overYearsInContext(result(change).at(-1)!, change)).toBe(true);
  });
});

describe("pairing: a five-year total in its own sentence does not answer one year's target (2010 → 2011)", () => {
  const goals = report([{ text: "今年再解决6000万农村人口的安全饮水问题。", paragraph: 0 }], [], "plan");
  const results = report([
    { text: "一、“十一五”时期国民经济和社会发展的回顾", section: 0, paragraph: 0, role: "heading", kind: "other" },
    { text: "解决2.15亿农村人口饮水安全问题。", section: 0, paragraph: 1 },
    { text: "三、2011年的工作", section: 1, paragraph: 2, role: "heading", kind: "other" },
    { text: "过去一年，解决6000多万农村人口饮水安全问题。", section: 1, paragraph: 3 },
  ], ["一、“十一五”时期国民经济和社会发展的回顾", "三、2011年的工作"], "review");
  const pairs = (right: typeof results) =>
    pairIndicators(sideSentences(goals, "goal"), sideSentences(right, "achievement"), { leftKinds: "goal", rightKinds: "achievement" }).filter((p) => p.left);

  it("the year's own figure answers it; without one the target is dropped, never 'exceeded' by the five years' 2.15亿", () => {
    expect(pairs(results).map((p) => [p.status, p.right?.text])).toEqual([["met", "6000多万"]]);
    const fiveYearsOnly = { ...results, sentences: results.sentences.slice(0, 2) };
    expect(pairs(fiveYearsOnly).map((p) => [p.status, p.right?.text ?? null])).toEqual([["dropped", null]]);
  });

  it("two reviews of the same kind still set their totals side by side (same-kind compares are not year pairs)", () => {
    const same = pairIndicators(sideSentences(results, "achievement"), sideSentences(results, "achievement"), { leftKinds: "achievement", rightKinds: "achievement" });
    expect(same.filter((p) => p.left && p.right).map((p) => p.status)).toEqual(["same", "same"]);
  });
});
