import { describe, expect, it } from "vitest";
import { compareSides } from "./compare-sides";
import { comparisonKind, type ReportMeta } from "./comparison-kind";
import { actual, goal, sentence } from "@/tests/support/make-indicator";

const report = (over: Partial<ReportMeta> = {}): ReportMeta => ({ region: "余杭区", regionCode: "330110", reviewYear: 2019, planYear: 2020, kind: "report", ...over });
const yuhang2020 = report();
const yuhang2021 = report({ reviewYear: 2020, planYear: 2021 });
const shangcheng2020 = report({ region: "上城区", regionCode: "330102" });
const news2020 = report({ kind: "news" });

describe("comparisonKind", () => {
  it("judges a target only by the result of its own year", () => {
    expect(comparisonKind(yuhang2020, "goal", yuhang2021, "achievement")).toMatchObject({ id: "target-vs-result", mode: "goal-vs-achievement" });
    expect(comparisonKind(yuhang2020, "goal", yuhang2021, "achievement").verdicts).toEqual(["met", "exceeded", "missed", "dropped"]);
  });
  it("after a swap of results vs targets (same report: 2020 targets vs 2019 results) gives no verdict and says why", () => {
    const kind = comparisonKind(yuhang2020, "goal", yuhang2020, "achievement");
    expect(kind).toMatchObject({ id: "target-after-result", mode: "no-verdict", commitment: false });
    expect(kind.verdicts).not.toContain("met");
    expect(kind.note).toContain("不能用去年的实绩判断今年的目标");
  });
  it("never judges one region's targets by another region's results", () => {
    const hangzhou2021 = report({ region: "杭州市", regionCode: "330100", reviewYear: 2020, planYear: 2021 });
    const kind = comparisonKind(yuhang2020, "goal", hangzhou2021, "achievement");
    expect(kind).toMatchObject({ mode: "no-verdict", commitment: false });
    expect(kind.note).toContain("另一地区");
  });
  it("takes a missing year from the other one (plan = review + 1), and gives no verdict when both are unknown", () => {
    expect(comparisonKind(report({ planYear: null }), "goal", report({ reviewYear: null, planYear: 2021 }), "achievement").mode).toBe("goal-vs-achievement");
    expect(comparisonKind(report({ planYear: null, reviewYear: null }), "goal", yuhang2021, "achievement").mode).toBe("no-verdict");
  });
  it("sets results against the next targets as a change of ambition, without completion tiles", () => {
    const kind = comparisonKind(yuhang2020, "achievement", yuhang2020, "goal");
    expect(kind).toMatchObject({ id: "result-vs-target", mode: "achievement-vs-goal", commitment: false });
    expect(kind.verdicts).not.toContain("missed");
  });
  it("results of year N against its own targets (a swapped did-they-do-it) give no verdict and offer the swap", () => {
    const kind = comparisonKind(yuhang2021, "achievement", yuhang2020, "goal");
    expect(kind).toMatchObject({ mode: "achievement-vs-goal", swapJudges: true });
    expect(kind.verdicts).not.toContain("met");
    expect(comparisonKind(yuhang2020, "achievement", yuhang2020, "goal").swapJudges).toBeUndefined();
  });
  it("names news against report, two regions and two years, with commitments only between comparable reports", () => {
    expect(comparisonKind(news2020, "all", yuhang2020, "all")).toMatchObject({ id: "news-vs-report", commitment: false });
    // A progress report's half-year results are no answer to the year's targets: a document never gets a verdict.
    const progress = { ...yuhang2020, kind: "document" };
    expect(comparisonKind(yuhang2020, "goal", progress, "achievement")).toMatchObject({ id: "document-vs-report", mode: "same-kind", commitment: false });
    expect(comparisonKind(yuhang2020, "goal", progress, "achievement").verdicts).not.toContain("met");
    expect(comparisonKind(yuhang2020, "achievement", shangcheng2020, "achievement")).toMatchObject({ id: "two-regions", commitment: false });
    expect(comparisonKind(yuhang2020, "goal", yuhang2021, "goal")).toMatchObject({ id: "two-years", commitment: true });
    expect(comparisonKind(yuhang2020, "all", yuhang2020, "all")).toMatchObject({ id: "same-kind", commitment: true });
  });
});

describe("compareSides under a comparison kind", () => {
  const targets = [sentence(41, "地区生产总值增长7.5%,确保服务业增加值增长8.5%。", [goal("gdp", "7.5%"), goal("services-value-added", "8.5%", ["确保"])], "goal")];
  const results = [sentence(5, "地区生产总值增长8%以上,服务业增加值增长9%。", [actual("gdp", "8%", ["以上"]), actual("services-value-added", "9%")], "achievement")];

  it("a swapped view never yields met, exceeded, missed or dropped", () => {
    const kind = comparisonKind(yuhang2020, "goal", yuhang2020, "achievement");
    const result = compareSides({ kinds: "goal", sentences: targets }, { kinds: "achievement", sentences: results }, { kind });
    for (const p of result.indicators) expect(["met", "exceeded", "missed", "dropped"]).not.toContain(p.status);
    expect(result.summary).toMatchObject({ met: 0, exceeded: 0, missed: 0, dropped: 0, weakened: 0 });
  });

  it("two districts' results never weaken or strengthen a promise", () => {
    const a = [sentence(1, "预计全年生产总值增长8%以上。", [actual("gdp", "8%", ["以上"])], "achievement")];
    const b = [sentence(2, "预计全年生产总值增长8%左右。", [actual("gdp", "8%", ["左右"])], "achievement")];
    const kind = comparisonKind(yuhang2020, "achievement", shangcheng2020, "achievement");
    const result = compareSides({ kinds: "achievement", sentences: a }, { kinds: "achievement", sentences: b }, { kind });
    expect(result.rows[0].changes).toEqual([{ type: "qualifier", left: "以上", right: "左右" }]);
    expect(result.summary).toMatchObject({ weakened: 0, strengthened: 0 });
  });

  it("two years of one region's targets do weaken: 确保 → 力争", () => {
    const a = [sentence(1, "确保服务业增加值增长8.5%。", [goal("services-value-added", "8.5%", ["确保"])], "goal")];
    const b = [sentence(2, "力争服务业增加值增长8.5%。", [goal("services-value-added", "8.5%", ["力争"])], "goal")];
    const kind = comparisonKind(yuhang2020, "goal", yuhang2021, "goal");
    const result = compareSides({ kinds: "goal", sentences: a }, { kinds: "goal", sentences: b }, { kind });
    expect(result.summary.weakened).toBe(1);
    expect(result.indicators[0].qualifierChange).toBe("weakened");
  });

  it("row chips come from the indicator pairs, keep the sign of a fall and never name a year", () => {
    const a = [sentence(1, "20xx年,全区能耗下降6.3%,地区生产总值增长11.2%。", [{ ...goal("energy-intensity", "6.3%"), value: -6.3 }, goal("gdp", "11.2%")], "goal")];
    const b = [sentence(2, "20xx年,全区能耗下降4%,地区生产总值增长10.5%。", [{ ...goal("energy-intensity", "4%"), value: -4 }, goal("gdp", "10.5%")], "goal")];
    const kind = comparisonKind(yuhang2020, "goal", yuhang2021, "goal");
    const result = compareSides({ kinds: "goal", sentences: a }, { kinds: "goal", sentences: b }, { kind });
    expect(result.rows[0].changes).toEqual([
      { type: "number", left: "下降6.3%", right: "下降4%" },
      { type: "number", left: "11.2%", right: "10.5%" },
    ]);
  });
});
