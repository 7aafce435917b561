import { describe, expect, it } from "vitest";
import { compareSides } from "./compare-sides";
import { comparisonKind, type ReportMeta } from "./comparison-kind";
import { actual, goal, sentence } from "@/tests/support/make-indicator";
import { isNavTarget, viewOf } from "./view-filter";

const meta = (reviewYear: number, planYear: number): ReportMeta => ({ region: "余杭区", regionCode: "330110", reviewYear, planYear, kind: "report" });
const kind = comparisonKind(meta(2019, 2020), "goal", meta(2020, 2021), "achievement");
const result = compareSides(
  {
    kinds: "goal",
    sentences: [
      sentence(1, "地区生产总值增长7.5%。", [goal("gdp", "7.5%")], "goal"),
      sentence(2, "确保服务业增加值增长8.5%。", [goal("services-value-added", "8.5%", ["确保"])], "goal"),
      sentence(3, "完成工业投入120亿元。", [goal("industrial-investment", "120亿元")], "goal"),
      sentence(4, "持续开展扫黑除恶专项斗争。", [], "goal"),
    ],
  },
  {
    kinds: "achievement",
    sentences: [
      sentence(5, "地区生产总值增长7.6%。", [actual("gdp", "7.6%")], "achievement"),
      sentence(6, "服务业增加值增长8.2%。", [actual("services-value-added", "8.2%")], "achievement"),
      sentence(7, "建成5G基站2546个。", [], "achievement"),
    ],
  },
  { kind },
);

describe("viewOf: every filter applies to rows and indicators", () => {
  it("a verdict keeps its pairs and the rows of their sentences", () => {
    const view = viewOf(result, { only: "missed" });
    expect(view.indicators.map((p) => p.metric)).toEqual(["services-value-added"]);
    expect(view.rows.map((r) => r.left?.id)).toEqual(["s-2"]);
  });
  it("dropped keeps the unanswered goal and its row", () => {
    const view = viewOf(result, { only: "dropped" });
    expect(view.indicators.map((p) => p.left?.text)).toEqual(["120亿元"]);
    expect(view.rows.map((r) => r.left?.id)).toEqual(["s-3"]);
  });
  it("changed keeps paired indicators that differ, and changed rows only", () => {
    const view = viewOf(result, { only: "changed" });
    expect(view.rows.every((r) => r.status === "changed")).toBe(true);
    expect(view.indicators.every((p) => p.left && p.right && p.status !== "same")).toBe(true);
    expect(view.indicators).toHaveLength(2);
  });
  it("unmatched keeps the unpaired on both lists", () => {
    const view = viewOf(result, { only: "unmatched" });
    expect(view.rows.every((r) => !r.left || !r.right)).toBe(true);
    expect(view.indicators.map((p) => p.status)).toEqual(["dropped"]);
  });
  it("q filters the indicator table by label or sentence text", () => {
    expect(viewOf(result, { q: "服务业" }).indicators.map((p) => p.metric)).toEqual(["services-value-added"]);
    expect(viewOf(result, { q: "服务业" }).rows).toHaveLength(1);
  });
  it("metric filters both", () => {
    const view = viewOf(result, { metric: "gdp" });
    expect(view.indicators).toHaveLength(1);
    expect(view.rows).toHaveLength(1);
  });
  it("navigation visits changed rows only, unless a filter asked for rows", () => {
    const targets = result.rows.filter((r) => isNavTarget(r, {}));
    expect(targets.map((r) => r.status)).toEqual(result.rows.filter((r) => r.status === "changed").map(() => "changed"));
    expect(targets.length).toBeLessThan(result.rows.length);
    expect(viewOf(result, { only: "unmatched" }).rows.every((r) => isNavTarget(r, { only: "unmatched" }))).toBe(true);
  });
});
