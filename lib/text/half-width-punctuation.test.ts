import { describe, expect, it } from "vitest";
import { isHalfWidthPunctuated, readHalfWidthPunctuation } from "./half-width-punctuation";

// Lines shaped as a forum copy typed with the input method in English mode writes them (batch 109's 安顺), made for
// these tests.
const typed = [
  "一.\"十二五\"时期和2015年工作回顾",
  "预计全年实现地区生产总值568.7亿元,增长14.1%,高于全省3.4个百分点;人均生产总值24620元.",
  "三次产业结构调整为16.8:38.9:44.3.",
  "规模以上工业增加值146.4亿元, 增长13.9%; 固定资产投资781.3亿元, 增长27.6%.",
  "财政总收入1,386.5亿元,增长14.3%.城镇新增就业3.72万人.",
  "(一)坚持工业强市,产业结构持续优化. 新增规模以上工业企业62户,总数达到348户.",
  "1.全力扩大有效投资. 发表于 2016-2-27 21:46",
  "--2016年2月23日在安顺市第四届人民代表大会第五次会议上",
].join("\n");

describe("a text punctuated with half-width marks throughout", () => {
  it("is told from one with a few half-width marks among Chinese ones", () => {
    expect(isHalfWidthPunctuated(typed)).toBe(true);
    expect(isHalfWidthPunctuated("地区生产总值增长6.5%,城镇新增就业1.2万人。财政收入增长8%，税收占比提高。")).toBe(false);
  });

  it("reads its marks as Chinese ones, character for character, and keeps decimals, separators, ratios, times and list numbers", () => {
    const { text, marks } = readHalfWidthPunctuation(typed);
    expect(text.length).toBe(typed.length);
    expect(marks).toBeGreaterThan(20);
    const lines = text.split("\n");
    expect(lines[0]).toBe("一、“十二五”时期和2015年工作回顾");
    expect(lines[1]).toBe("预计全年实现地区生产总值568.7亿元，增长14.1%，高于全省3.4个百分点；人均生产总值24620元。");
    expect(lines[2]).toBe("三次产业结构调整为16.8:38.9:44.3。");
    expect(lines[4]).toBe("财政总收入1,386.5亿元，增长14.3%。城镇新增就业3.72万人。");
    expect(lines[5]).toBe("（一）坚持工业强市，产业结构持续优化。 新增规模以上工业企业62户，总数达到348户。");
    expect(lines[6]).toBe("1.全力扩大有效投资。 发表于 2016-2-27 21:46");
    expect(lines[7]).toBe("——2016年2月23日在安顺市第四届人民代表大会第五次会议上");
  });

  it("leaves a text punctuated the Chinese way as it is", () => {
    const chinese = "全市地区生产总值增长6.5%，城镇新增就业1.2万人。";
    expect(readHalfWidthPunctuation(chinese)).toEqual({ text: chinese, marks: 0 });
  });
});

describe("a spreadsheet's rows among half-width prose", () => {
  const prose = Array.from({ length: 10 }, (_, k) => `第${k + 1}项工作进展顺利,完成投资${k + 1}亿元.`);
  it("keeps a CSV line's commas and quotes, and reads a sentence with short clauses as prose", () => {
    const rows = ["序号,指标名称,单位,2018年完成,2019年预期目标", '1,地区生产总值,亿元,"1,126.5","1,194.1"', "各位代表! 过去五年,是发展最快,变化最大,实惠最多的五年."];
    const lines = readHalfWidthPunctuation([...prose, ...rows].join("\n")).text.split("\n");
    expect(lines.slice(-3)).toEqual([rows[0], rows[1], "各位代表！ 过去五年，是发展最快，变化最大，实惠最多的五年。"]);
  });
});
