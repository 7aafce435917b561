// The thirty-third round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify-sentence";

const inReview = (text: string) => classifySentence({ text, part: "review", role: "body" });

describe("a chart's labels copied with a deck's or an explainer's text", () => {
  it("reads a line of years or of figures apart by blanks, and a unit on a line of its own, as no statement", () => {
    for (const line of ["2016 2017 2018 2019 2020", "24.1 26.3 28.6 31.2 29.4", "8 -5.8 10", "2019年　2020年　2021年", "单位：亿元", "（单位：%）"]) {
      expect(inReview(line).kind, line).toBe("other");
    }
  });

  it("leaves a result that opens on a figure a result", () => {
    expect(inReview("2020年全区地区生产总值29.4亿元。").kind).toBe("achievement");
    expect(inReview("单位产值能耗下降3.2%。").kind).toBe("achievement");
  });
});

describe("困难村, a village so designated, names no difficulty", () => {
  it("reads the villages' results as results, and a difficulty as a problem", () => {
    expect(inReview("困难村帮扶成果持续巩固，村级集体经济收入全部达到50万元以上。").kind).toBe("achievement");
    expect(inReview("部分企业生产经营困难，投资后劲不足。").subtype).toBe("problem");
  });
});
