import { describe, expect, it } from "vitest";
import type { TrackerCell, TrackerLine, TrackerYear } from "./link-tracker";
import { metricChartSvg, totalsChartSvg } from "./charts";

const side = (value: number, display: string) => ({ display, text: display, value, unit: "%", scale: null, qualifiers: [], reportSlug: "r", sentenceId: "s-1", href: "/reports/r#s-1", sentence: null });
const cell = (year: number, target: number, result: number, status: TrackerCell["status"], band: TrackerCell["band"]): TrackerCell => ({
  year, lineKey: "gdp:growth", status, reason: "", why: "", target: side(target, `${target}%`), result: side(result, `${result}%`), band, compareHref: "",
});
const line: TrackerLine = {
  key: "gdp:growth", metric: "gdp", label: "国内生产总值", type: "growth", variant: 1, years: false, unit: "%",
  cells: [
    cell(2012, 7.5, 7.8, "met", { kind: "plain", value: 7.5, low: null, high: null, unit: "%", label: "目标值" }),
    cell(2013, 7.5, 7.7, "met", { kind: "band", value: 7.5, low: 7, high: 8, unit: "%", label: "区间（左右）" }),
  ],
};
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe("charts drawn on the server", () => {
  it("draws the years, the unit and the legend in Chinese, with axis numbers as written", () => {
    const svg = metricChartSvg(line, [2012, 2013, 2014], "narrow");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('viewBox="0 0 350 260"');
    const labels = texts(svg);
    expect(labels).toEqual(expect.arrayContaining(["2012", "2013", "2014", "%", "目标区间", "目标", "实绩"]));
    // No floating-point tails on the axis (7.800000000000001).
    for (const l of labels) expect(l).not.toMatch(/\d\.\d{5,}/);
    // The 左右 band (7–8) is drawn: its axis covers both ends and the results.
    const numbers = labels.filter((l) => /^-?\d+(\.\d+)?$/.test(l) && !/^20\d\d$/.test(l)).map(Number);
    expect(Math.min(...numbers)).toBeLessThanOrEqual(7);
    expect(Math.max(...numbers)).toBeGreaterThanOrEqual(8);
  });

  it("stacks kept, missed and dropped per judged year only", () => {
    const year = (y: number, state: TrackerYear["state"], met: number, missed: number): TrackerYear => ({
      year: y, state, note: "", targetSlug: null, resultSlug: null, compareHref: null, totals: { targets: met + missed, kept: met, met, exceeded: 0, missed, dropped: 0 },
    });
    const svg = totalsChartSvg([year(2012, "paired", 3, 1), year(2013, "no-target-report", 0, 0), year(2014, "paired", 2, 0)], "wide");
    const labels = texts(svg);
    expect(labels).toEqual(expect.arrayContaining(["2012", "2014", "完成", "未完成", "未报告", "超额完成"]));
    expect(labels).not.toContain("2013");
    expect(totalsChartSvg([year(2012, "paired", 3, 1)], "wide")).toBe(totalsChartSvg([year(2012, "paired", 3, 1)], "wide"));
  });
});
