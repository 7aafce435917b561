// Precision counts each figure the tool gives on a labelled sentence once, whichever row of labels touched it.
import { describe, expect, it } from "vitest";
import { analyzeCopy } from "./analyze-file";
import { fieldMismatches, metricMatches, sameUnit, scoreIndicators } from "./score-indicators";
import type { IndicatorRowLabel } from "./labels";

const text = "一、过去一年工作回顾\n\n全年地区生产总值增长6.5%，一般公共预算收入增长5.2%。\n";
const item = (number: string, metric: string, value: number) =>
  ({ number, metric, alts: undefined, value, upper: null, scale: null, unit: "%", type: "growth", qualifiers: [], modality: "actual" }) as IndicatorRowLabel["items"][number];

describe("scoreIndicators", () => {
  it("counts a sentence two rows touch once, and a figure labelled by one row is no extra of the other", () => {
    const file = analyzeCopy(text, text, "probe.txt");
    const rows: IndicatorRowLabel[] = [
      { snippet: "全年地区生产总值增长6.5%", items: [item("6.5%", "地区生产总值", 6.5)] },
      { snippet: "一般公共预算收入增长5.2%", items: [item("5.2%", "一般公共预算收入", 5.2)] },
    ];
    const score = scoreIndicators("probe", file, rows);
    expect(score.all.labelled).toBe(2);
    expect(score.all.asserted).toBe(2);
    expect(score.all.misses.filter((m) => m.expected === "(not a labelled quantity)")).toEqual([]);
  });
});

describe("fieldMismatches", () => {
  const tool = (value: number, unit: string) => ({ metric: "x-新增财力用于民生比例", label: "新增财力用于民生比例", value, unit, scale: null, type: "share", qualifiers: ["以上"], modality: "target" }) as unknown as Parameters<typeof fieldMismatches>[0];
  const label = { number: "三分之二", metric: "新增财力用于民生比例", alts: undefined, value: 0.6667, upper: null, scale: null, unit: "", type: "share", qualifiers: ["以上"], modality: "target" } as IndicatorRowLabel["items"][number];

  it("reads a fraction labelled without a unit (0.6667) and the tool's per cent (66.67 %) as one number", () => {
    expect(fieldMismatches(tool(66.6667, "%"), label)).toEqual([]);
  });

  it("still tells a different per cent or a different unit apart", () => {
    expect(fieldMismatches(tool(60, "%"), label)).toEqual(["value"]);
    expect(fieldMismatches(tool(66.6667, "万"), label)).toEqual(["value", "unit"]);
  });
});

describe("sameUnit", () => {
  it("reads 个工作日 and 工作日 as one unit, and still tells 个 from 件 or 工作日 from 天", () => {
    expect(sameUnit("个工作日", "工作日")).toBe(true);
    expect(sameUnit("个", "件")).toBe(false);
    expect(sameUnit("工作日", "天")).toBe(false);
  });
});

describe("metricMatches", () => {
  const label = (metric: string) => ({ ...item("236.8万辆", metric, 236.8) }) as IndicatorRowLabel["items"][number];
  const figure = (place?: string) => ({ metric: "x-整车产量", label: "整车产量", ...(place ? { place } : {}) });

  it("reads another place's figure under the place and the label together, as a reader names it", () => {
    expect(metricMatches(figure("长春市"), label("长春市整车产量"))).toBe(true);
    expect(metricMatches(figure("长春市"), label("长春整车产量"))).toBe(true);
    expect(metricMatches(figure("长春市"), label("整车产量"))).toBe(true);
  });

  it("gives no place the figure does not carry, and no other place", () => {
    expect(metricMatches(figure(), label("长春市整车产量"))).toBe(false);
    expect(metricMatches(figure("吉林市"), label("长春市整车产量"))).toBe(false);
  });
});
