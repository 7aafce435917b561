// A news article names its own region before a figure (滨江数字经济核心产业增加值): the region is the figure's place, not
// part of what it measures, when the rest is a metric the lexicon knows; a proper name (厦门港) keeps it.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";

const ARTICLE = [
  "滨江区2024年政府工作报告解读",
  "滨江今年GDP预期增长7%左右",
  "本报讯 杭州市滨江区第四届人民代表大会第五次会议开幕。",
  "【去年成绩单】",
  "去年，滨江数字经济核心产业增加值1936.5亿元，增长8.9%。",
  "滨江区地区生产总值增长7.6%。",
  "滨江区地区生产总值增速高于全市2个百分点。",
  "2023年滨江预计地区生产总值增长7.6%。",
  "一年来，滨江还新增城镇就业2.3万人。",
  "滨江物联网小镇新引进企业120家。",
  "这一年，滨江新增规上工业企业23家。",
  "在民生方面，滨江将新建、改扩建学校6所。",
  "去年滨江民生支出占一般公共预算支出比重达到80.3%。",
  "滨江经济总量约占全市的六分之一。",
].join("\n");

describe("the report's own region before a figure", () => {
  const report = analyzeReport(ARTICLE);
  const labels = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!.indicators.map((i) => [i.label, i.metric]);

  it("is dropped before a lexicon metric, so the figure pairs with the region's target", () => {
    expect(report.metadata.regionCode).not.toBeNull();
    expect(labels("去年，滨江")[0]).toEqual(["数字经济核心产业增加值", "digital-economy-core"]);
    expect(labels("滨江区地区生产总值增长")[0]).toEqual(["地区生产总值", "gdp"]);
  });

  it("is dropped with a cue word after it (滨江预计地区生产总值)", () => {
    expect(labels("2023年滨江预计")[0]).toEqual(["地区生产总值", "gdp"]);
    expect(labels("一年来，滨江还")[0][1]).toBe("new-jobs");
  });

  it("is dropped before the margin of a lexicon metric's growth", () => {
    expect(labels("滨江区地区生产总值增速")[0][0]).toBe("地区生产总值增速高于全市");
  });

  it("comes off a headline's figure too, which then counts as the known metric it gives", () => {
    expect(labels("滨江今年GDP")).toEqual([["GDP", "gdp"]]);
  });

  it("is dropped before a count of what the region added (batch 16's 淳安 news)", () => {
    expect(labels("这一年，滨江新增")[0][0]).toBe("新增规上工业企业");
    expect(labels("在民生方面，滨江将")[0][0]).toBe("新建、改扩建学校");
  });

  it("is kept in a name of its own", () => {
    expect(labels("滨江物联网小镇")[0][0]).toContain("滨江");
  });

  it("is dropped before the share of a known metric in a whole of the region's own, kept before its share of a wider place", () => {
    expect(labels("去年滨江民生支出")).toEqual([["民生支出占一般公共预算支出比重", "livelihood-spending-share"]]);
    expect(labels("滨江经济总量")[0][0]).toBe("滨江经济总量占全市比重");
  });
});
