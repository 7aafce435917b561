import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { clausePlace } from "./figure-place";

const YUHANG = { regionCode: "330110" };
const HANGZHOU = { regionCode: "330100" };

describe("whose figure a clause gives", () => {
  it("names another place a clause opens on, and nothing for the report's own region", () => {
    expect(clausePlace("杭州市地区生产总值增长", YUHANG)).toBe("杭州市");
    expect(clausePlace("其中，西湖区财政总收入", HANGZHOU)).toBe("西湖区");
    expect(clausePlace("余杭区地区生产总值增长", YUHANG)).toBe("");
    expect(clausePlace("全区地区生产总值增长", YUHANG)).toBe("");
    expect(clausePlace("地区生产总值增长", YUHANG)).toBeNull();
    // A task's verb before the place (batch 25's 天津 2024: 推动滨海新区生产总值增长5%左右).
    expect(clausePlace("推动西湖区地区生产总值增长", HANGZHOU)).toBe("西湖区");
  });

  it("reads 全市, 全省, 全国 by the report's level", () => {
    expect(clausePlace("全市生产总值增长", YUHANG)).toBe("全市");
    expect(clausePlace("全市生产总值增长", HANGZHOU)).toBe("");
    expect(clausePlace("全省生产总值增长", HANGZHOU)).toBe("全省");
    expect(clausePlace("全国居民消费价格涨幅", { regionCode: "000000" })).toBe("");
    // A county-level city's 全市 is the city itself (batch 21's 昆山 reports), its province still above it.
    expect(clausePlace("全市实现地区生产总值", { regionCode: "320583" })).toBe("");
    expect(clausePlace("全省生产总值增长", { regionCode: "320583" })).toBe("全省");
  });

  it("says nothing when the report's region is unknown, or for 开发区/景区 words", () => {
    expect(clausePlace("杭州市地区生产总值增长", { regionCode: null })).toBeNull();
    expect(clausePlace("开发区工业产值增长", YUHANG)).toBeNull();
  });
});

describe("figures of other places in a news article", () => {
  const news = [
    "余杭区2020年政府工作报告解读",
    "1月17日，余杭区第二届人民代表大会第五次会议开幕。",
    "2019年，余杭区实现地区生产总值2824亿元，增长8.5%。",
    "同期，杭州市实现地区生产总值15373亿元，增长6.8%；全市财政总收入增长10.2%。",
    "全区财政总收入增长16.5%。",
  ].join("\n");

  it("marks the city's figures, carries the place through its clauses, and leaves the district's alone", () => {
    const analyzed = analyzeReport(news);
    expect(analyzed.metadata.regionCode).toBe("330110");
    const figures = analyzed.sentences.flatMap((s) => s.indicators.map((i) => [i.text, i.place ?? null]));
    expect(figures).toEqual([
      ["2824亿元", null],
      ["8.5%", null],
      ["15373亿元", "杭州市"],
      ["6.8%", "杭州市"],
      ["10.2%", "全市"],
      ["16.5%", null],
    ]);
  });
});

describe("a ranking names where, not whose", () => {
  it("keeps the region's own rank in the province", () => {
    expect(clausePlace("全省评估排名比去年提高", YUHANG)).toBeNull();
  });
});

describe("the place a sentence opens on, before its first figure (兰州 2024)", () => {
  it("gives the figures of the clauses after it to that place", () => {
    const report = ["政府工作报告", "——2024年1月在兰州市第十七届人民代表大会第三次会议上", "兰州新区要发挥主引擎作用，地区生产总值增长10%以上。", "全市地区生产总值增长6%左右。"].join("\n");
    const analyzed = analyzeReport(report);
    expect(analyzed.metadata.regionCode).toBe("620100");
    const figures = analyzed.sentences.flatMap((s) => s.indicators.map((i) => [i.text, i.place ?? null]));
    expect(figures).toEqual([["10%", "兰州新区"], ["6%", null]]);
  });
});

describe("a municipality's news article (batch 41's 上海)", () => {
  const SHANGHAI = { regionCode: "310000" };
  it("reads the nation's figure given for the same period as the nation's", () => {
    expect(clausePlace("同期全国国内生产总值增长2.3%", SHANGHAI)).toBe("全国");
  });

  it("reads a clause opening on the region's own name without its unit word as the region's own", () => {
    expect(clausePlace("上海增速比全国低0.6个百分点", SHANGHAI)).toBe("");
  });

  it("keeps a zone named after the region a place of its own", () => {
    expect(clausePlace("兰州新区地区生产总值增长13.5%", { regionCode: "620100" })).not.toBe("");
  });
});
