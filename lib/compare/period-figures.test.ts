import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/prepare/prepare-report";
import { fiveYearPeriod } from "./comparison-kind";
import { pairIndicators } from "./pair-indicators";
import { planFigureReading, reviewFigureReading } from "./period-figures";
import type { CompareSentence } from "./types";

const ELEVENTH = fiveYearPeriod(2006)!;
const TWELFTH = fiveYearPeriod(2011)!;

/** Real analysis of a plan's or a review's sentences, kept to one sentence kind as the compare view keeps them. */
function side(text: string, kind: "goal" | "achievement"): CompareSentence[] {
  return analyzeText(text, "simplified").sentences
    .filter((s) => s.kind === kind)
    .map((s) => ({ id: `s-${s.index}`, index: s.index, text: s.text, kind: s.kind, indicators: s.indicators }));
}
const figures = (text: string) => analyzeText(text, "simplified").sentences.flatMap((s) => s.indicators.map((i) => ({ i, text: s.text })));
/** The reading of the first figure of a real sentence, as the plan's target or as the review's result. */
const asPlan = (text: string, period = ELEVENTH) => figures(text).map((f) => planFigureReading(f.i, f.text, period))[0];
const asReview = (text: string) => figures(text).map((f) => reviewFigureReading(f.i, f.text, ELEVENTH))[0];

describe("planFigureReading: which targets of a five-year plan the review answers", () => {
  it("reads a level for the period's last year, a change named by the period, and 年均 / 累计", () => {
    // The national reports: 2011 (十二五) and 2006 (十一五), sentences as written.
    expect(asPlan("按2010年价格计算，2015年国内生产总值将超过55万亿元。", TWELFTH)).toBe("period-end");
    expect(asPlan("《纲要》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右、主要污染物排放总量减少10%等目标。")).toBe("over-years");
    expect(asPlan("今后五年国内生产总值年均增长7.5%。")).toBe("over-years");
    expect(asPlan("到2010年，城镇化率达到47%。")).toBe("period-end");
  });

  it("leaves one year's targets, another year's levels and a relative multiple out", () => {
    expect(asPlan("2006年国民经济和社会发展的主要预期目标是：国内生产总值增长8%左右。")).toBeNull();
    // 2007 is not the end of 十一五: the nearest year before the figure decides, not any year in the sentence.
    expect(asPlan("到2010年基本建成，2007年城镇化率达到45%。")).toBeNull();
    // 2010年人均国内生产总值比2000年翻一番 (2006 report): a multiple of another year, not a level.
    const double = figures("将会超过中央提出的2010年人均国内生产总值比2000年翻一番的要求。");
    expect(double.length).toBeGreaterThan(0);
    for (const f of double) expect(planFigureReading(f.i, f.text, ELEVENTH)).toBeNull();
  });

  it("reads the review's levels and its totals over the years, not its one-year growth", () => {
    // 2011 report's review of 十一五: 五年累计，单位国内生产总值能耗下降19.1%.
    expect(asReview("五年累计，单位国内生产总值能耗下降 19.1%。")).toBe("over-years");
    expect(asReview("城镇化率达到47.5%。")).toBe("period-end");
    expect(asReview("国内生产总值增长10.3%。")).toBeNull();
  });
});

describe("pairIndicators with a five-year period", () => {
  const plan = "各位代表：\n\n到2010年，城镇化率达到47%。“十一五”期间单位国内生产总值能源消耗降低20%左右。2006年国内生产总值增长8%左右。";
  const review = "各位代表：\n\n2010年城镇化率达到47.5%。五年累计，单位国内生产总值能耗下降19.1%。去年国内生产总值增长10.3%。";
  const pairs = pairIndicators(side(plan, "goal"), side(review, "achievement"), { leftKinds: "goal", rightKinds: "achievement", period: ELEVENTH });

  it("sets the end-of-period level against the level reached, by the status rules", () => {
    const urban = pairs.find((p) => p.metric === "urbanization-rate")!;
    expect([urban.left?.value, urban.right?.value, urban.period]).toEqual([47, 47.5, "period-end"]);
    expect(urban.status).toBe("exceeded"); // 达到 is a floor: 47.5 ≥ 47 + 0.5 个百分点 (the README's margin)
  });

  it("sets a change over the period against the review's 五年累计 (左右 on energy intensity is a ceiling)", () => {
    const energy = pairs.find((p) => p.metric === "energy-intensity")!;
    expect([energy.left?.value, energy.right?.value, energy.period]).toEqual([-20, -19.1, "over-years"]);
    expect(energy.status).toBe("missed"); // fell 19.1%, less than the ~20% promised
  });

  it("leaves the one-year target out of the period's pairs", () => {
    expect(pairs.filter((p) => p.left?.text === "8%")).toEqual([]);
    expect(pairs.some((p) => p.right?.value === 10.3)).toBe(false);
  });
});
