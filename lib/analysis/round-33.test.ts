// The thirty-third round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify-sentence";
import { achieved, planned } from "./test-readers";

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

describe("households and people counted together (有3260户、1.18万人脱贫)", () => {
  it("names the households by what their people did", () => {
    const named = achieved("全年有3260户、1.18万人脱贫。").map((i) => `${i.label}=${i.value}${i.unit}`);
    expect(named).toEqual(["脱贫户数=3260户", "脱贫人口=11800人"]);
  });

  it("leaves two things counted in a list to their own names", () => {
    const named = planned("确保全年减少贫困人口6万人、60个贫困村脱贫出列。").map((i) => i.label);
    expect(named[0]).toBe("贫困人口");
    expect(named[1]).not.toBe(named[0]);
  });
});
