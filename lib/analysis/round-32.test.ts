// The thirty-second round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, planned } from "./test-readers";

const named = (list: { label: string; value: number; unit: string }[]) => list.map((i) => `${i.label}=${i.value}${i.unit}`);

const SUBTITLES = [
  "宜宾新闻　字幕",
  "[00:00:05]",
  "一 2018年工作回顾",
  "城镇居民人均可支配收入32100元",
  "农村居民人均可支配收入14800元",
  "分别增长8.4%和9.6%",
  "[00:00:40]",
  "二 2019年工作安排",
  "全市经济社会发展的主要预期目标是",
  "地区生产总值增长8%左右",
  "一般公共预算收入增长7%",
  "[00:01:10]",
  "城乡居民人均可支配收入",
  "分别增长8%和9%左右",
].join("\n");

describe("subtitle lines and 分别", () => {
  const report = analyzeReport(SUBTITLES, { fileName: "yibin-2019.txt" });
  const find = (part: string) => report.sentences.find((s) => s.text.includes(part))!;

  it("gives a 分别 line's two values to the two named figures on the lines before it", () => {
    const incomes = find("分别增长8.4%");
    expect(incomes.text.startsWith("城镇居民人均可支配收入32100元")).toBe(true);
    expect(named(incomes.indicators)).toEqual(["城镇居民人均可支配收入=32100元", "农村居民人均可支配收入=14800元", "城镇居民人均可支配收入=8.4%", "农村居民人均可支配收入=9.6%"]);
  });

  it("joins a 分别 line to the name before it, and no further back when that line names both", () => {
    const incomes = find("分别增长8%");
    expect(incomes.text).toBe("城乡居民人均可支配收入分别增长8%和9%左右");
    expect(named(incomes.indicators)).toEqual(["城镇居民人均可支配收入=8%", "农村居民人均可支配收入=9%"]);
    expect(named(find("一般公共预算收入增长7%").indicators)).toEqual(["一般公共预算收入=7%"]);
  });

  it("keeps the lead 主要预期目标是 out of the name of the figure its line runs into", () => {
    expect(named(find("主要预期目标是").indicators)).toEqual(["地区生产总值=8%"]);
  });
});

describe("the plan's lead without its colon", () => {
  it("names the figure, not the plan (主要预期目标是地区生产总值增长…)", () => {
    expect(named(planned("全县经济社会发展的主要预期目标是地区生产总值增长7%左右"))).toEqual(["地区生产总值=7%"]);
    expect(named(planned("今年的预期目标为城镇新增就业3万人以上"))).toEqual(["城镇新增就业=30000人"]);
  });
});

describe("a 1950s review's list of products (batch 59's 武汉 1957)", () => {
  it("names no product by the group it is one of, and gives the list the output the first one's verb says", () => {
    expect(named(achieved("主要产品中，棉纱生产十四万六千件，机制砖三亿零六百万块，都完成了计划。"))).toEqual(["棉纱生产=146000件", "机制砖产量=306000000块"]);
    // (A scope that is the whole a part is counted in still names it: 国民收入中，用于积累的部分.)
    expect(named(achieved("国民收入中，用于积累的部分为1120亿元。"))[0]).toBe("国民收入中用于积累的部分=112000000000元");
  });

  it("keeps 要保证 out of a product's name, as 要确保 is", () => {
    expect(named(planned("机制砖要保证生产二亿八千万块。"))[0]).toMatch(/^机制砖(?:产量)?=280000000块$/);
  });
});
