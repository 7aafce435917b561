import { describe, expect, it } from "vitest";
import { buildYearSeries, formatSeriesValue, yearPairLinks, type SeriesIndicator, type SeriesReport } from "./year-series";

const report = (slug: string, reviewYear: number, planYear: number): SeriesReport => ({ slug, reviewYear, planYear, kind: "report", version: 1 });
const reports = [report("r2020", 2019, 2020), report("r2021", 2020, 2021), report("r2022", 2021, 2022)];
const pairs = (links: { left: string; right: string; l: string; r: string }[]) => links.map(({ left, right, l, r }) => [left, right, l, r]);
const ind = (reportSlug: string, modality: string, value: number, qualifiers: string[] = []): SeriesIndicator => ({ reportSlug, metric: "gdp", label: "地区生产总值", type: "growth", unit: "%", value, modality, qualifiers });

describe("year series", () => {
  it("puts each year's target (from that year's plan) beside its result (from the next report)", () => {
    const series = buildYearSeries(reports, [ind("r2020", "estimate", 8), ind("r2020", "target", 7, ["以上"]), ind("r2021", "actual", 7.4), ind("r2021", "target", 6.5), ind("r2022", "actual", 6.1)]);
    expect(series).toHaveLength(1);
    expect(series[0].points).toEqual([
      { year: 2019, target: null, targetText: null, actual: 8, actualText: "8%" },
      { year: 2020, target: 7, targetText: "7%以上", actual: 7.4, actualText: "7.4%" },
      { year: 2021, target: 6.5, targetText: "6.5%", actual: 6.1, actualText: "6.1%" },
    ]);
  });
  it("ignores news copies and levels", () => {
    const news = { ...report("news", 2019, 2020), kind: "news" };
    const level = { ...ind("r2020", "actual", 1e9), type: "level", unit: "元" };
    expect(buildYearSeries([...reports, news], [ind("news", "actual", 99), level])).toEqual([]);
  });
  it("links year N's goals to year N+1's achievements and targets, and each report's results to its targets", () => {
    const links = yearPairLinks(reports);
    expect(pairs(links)).toEqual([
      ["r2020", "r2021", "goal", "achievement"],
      ["r2020", "r2021", "goal", "goal"],
      ["r2020", "r2020", "achievement", "goal"],
      ["r2021", "r2022", "goal", "achievement"],
      ["r2021", "r2022", "goal", "goal"],
      ["r2021", "r2021", "achievement", "goal"],
      ["r2022", "r2022", "achievement", "goal"],
    ]);
    expect(links.map((l) => l.title).slice(0, 3)).toEqual(["2020年目标 vs 2020年实绩", "2020年目标 vs 2021年目标", "2019年实绩 vs 2020年目标"]);
    // Never a year skipped: no 2019 results against 2021 targets.
    expect(links.some((l) => l.title === "2019年实绩 vs 2021年目标")).toBe(false);
  });
  it("pairs by delivery year when a later report's review year is unknown, and uses an excerpt's targets", () => {
    const excerpt = { slug: "x2021", reviewYear: null, planYear: 2021, kind: "excerpt", version: 1 };
    const links = yearPairLinks([report("r2020", 2019, 2020), excerpt]);
    expect(pairs(links)).toEqual([["r2020", "x2021", "goal", "goal"], ["r2020", "r2020", "achievement", "goal"]]);
  });
  it("finds no year-over-year link for a single year", () => {
    expect(yearPairLinks([report("r2020", 2019, 2020)])).toEqual([]);
  });
  it("keeps qualifiers apart from values", () => {
    expect(formatSeriesValue(24.5, "%", ["年均"])).toBe("24.5% 年均");
    expect(formatSeriesValue(7, "%", ["以上"])).toBe("7%以上");
    expect(formatSeriesValue(8, "%", ["确保", "以上"])).toBe("确保 8%以上");
  });
});
