import { describe, expect, it } from "vitest";
import { diffPair } from "./diff-pair";
import { classifyQualifierChange } from "./commitment";

const ops = (left: string, right: string) => diffPair(left, right).diff.filter((d) => d.op !== "equal");

describe("diffPair", () => {
  it("keeps a number with its unit atomic: one delete and one insert", () => {
    const { diff, changes } = diffPair("完成财政总收入726.47亿元", "完成财政总收入723.2亿元");
    expect(diff).toEqual([
      { op: "equal", text: "完成财政总收入" },
      { op: "delete", text: "726.47亿元" },
      { op: "insert", text: "723.2亿元" },
    ]);
    expect(changes).toEqual([{ type: "number", left: "726.47亿元", right: "723.2亿元" }]);
  });

  it("pairs several numbers in order, also across a 分别 list", () => {
    const { changes } = diffPair("分别增长16.5%、16.4%", "分别增长15.9%、15.4%");
    expect(changes).toEqual([
      { type: "number", left: "16.5%", right: "15.9%" },
      { type: "number", left: "16.4%", right: "15.4%" },
    ]);
  });

  it.each([
    ["增长8%", "增长8.5%", "8%", "8.5%"],
    ["控制在1.75以内", "控制在1.7以内", "1.75", "1.7"],
    ["走访企业3.14万家次", "走访企业3.4万家次", "3.14万家次", "3.4万家次"],
    ["建设1-2个", "建设1-3个", "1-2个", "1-3个"],
    ["比例为73.52:24.77:1.71", "比例为73.5:24.8:1.7", "73.52:24.77:1.71", "73.5:24.8:1.7"],
  ])("never splits the digits of %s → %s", (l, r, from, to) => {
    expect(ops(l, r)).toEqual([
      { op: "delete", text: from },
      { op: "insert", text: to },
    ]);
    expect(diffPair(l, r).changes).toEqual([{ type: "number", left: from, right: to }]);
  });

  it("flags 以上 → 左右 as weakened and the reverse as strengthened", () => {
    expect(diffPair("生产总值增长8%以上", "生产总值增长8%左右").changes).toEqual([
      { type: "weakened", left: "以上", right: "左右" },
    ]);
    expect(diffPair("生产总值增长8%左右", "生产总值增长8%以上").changes).toEqual([
      { type: "strengthened", left: "左右", right: "以上" },
    ]);
  });

  it("flags 确保 → 力争 and a dropped 确保 as weakened", () => {
    expect(diffPair("确保服务业增加值增长8.5%", "力争服务业增加值增长8.5%").changes).toEqual([
      { type: "weakened", left: "确保", right: "力争" },
    ]);
    expect(diffPair("确保服务业增加值增长8.5%", "服务业增加值增长8.5%").changes).toEqual([
      { type: "weakened", left: "确保", right: null },
    ]);
  });

  it("treats a floor turned into a ceiling as a neutral qualifier change", () => {
    expect(diffPair("增长3.5%以上", "增长3.5%以内").changes).toEqual([{ type: "qualifier", left: "以上", right: "以内" }]);
  });

  it("ignores 以上 that fences no number (规模以上, 本科及以上)", () => {
    expect(diffPair("规模以上工业企业", "规上工业企业").changes).toEqual([]);
  });

  it("does not report punctuation width as a change", () => {
    const { diff, similarity } = diffPair("推进改革,深化开放;", "推进改革，深化开放；");
    expect(diff).toEqual([{ op: "equal", text: "推进改革,深化开放;" }]);
    expect(similarity).toBe(1);
  });

  it("reports similarity as the share of equal characters", () => {
    const { similarity } = diffPair("abcd", "abxy");
    expect(similarity).toBe(0.5);
  });
});

describe("commitment scale", () => {
  it.each([
    ["确保", "力争", "weakened"],
    ["确保", "争取", "weakened"],
    ["以上", "左右", "weakened"],
    ["超过", "左右", "weakened"],
    ["不低于", "左右", "weakened"],
    ["以上", null, "weakened"],
    [null, "力争", "weakened"],
    ["力争", "确保", "strengthened"],
    ["左右", "不低于", "strengthened"],
    [null, "确保", "strengthened"],
    ["力争", "争取", "qualifier"],
    ["以内", "以上", "qualifier"],
    ["以上", "以上", null],
  ])("%s → %s is %s", (l, r, expected) => {
    expect(classifyQualifierChange(l, r)).toBe(expected);
  });
});
