// Round 42's year pairs, run through the whole pipeline on lines made for the test: a name the result writes with one
// run of words added (or left out) pairs when it is the only such name on both sides, and never across a list, a
// narrower indicator or a second candidate.
import { describe, expect, it } from "vitest";
import { oneRunAdded, oneWordSwapped } from "./near-names";
import { byTarget, targetPairs } from "@/tests/support/year-pair";

const plan = (...lines: string[]) => ["某某市人民政府工作报告", "一、2020年工作回顾", "全市地区生产总值增长5.2%。", "二、2021年工作安排", ...lines].join("\n");
const review = (...lines: string[]) => ["某某市人民政府工作报告", "一、2021年工作回顾", ...lines, "二、2022年工作安排", "地区生产总值增长6%左右。"].join("\n");

describe("one run of words added to a name", () => {
  it("is one name when one run is added, anywhere in it", () => {
    expect(oneRunAdded("新建5G基站", "新建5G宏基站")).toBe(true);
    expect(oneRunAdded("鲜切花交易量", "斗南花卉市场鲜切花交易量")).toBe(true);
    expect(oneRunAdded("新增中小学学位", "新增学位")).toBe(true);
  });

  it("is not when two runs are added, or the added words make another count", () => {
    expect(oneRunAdded("新增学位", "新增公办学位名额")).toBe(false);
    expect(oneRunAdded("贫困人口", "未脱贫贫困人口")).toBe(false);
    expect(oneRunAdded("每万人口发明专利拥有量", "每万人口高价值发明专利拥有量")).toBe(false);
    expect(oneRunAdded("新建5G基站", "新建5G基站")).toBe(false);
  });
});

describe("one word swapped inside a name", () => {
  it("is one name when a word of up to three characters is swapped and the measure is kept", () => {
    expect(oneWordSwapped("新开通国际航线", "新开通境外航线")).toBe(true);
    expect(oneWordSwapped("村集体经济总收入", "社区集体经济总收入")).toBe(true);
  });

  it("is not when the measure at the end is swapped, the shared part is short or the word makes another count", () => {
    expect(oneWordSwapped("集成电路产业营业收入", "集成电路产业增加值")).toBe(false);
    expect(oneWordSwapped("干茶产量", "茶叶产量")).toBe(false);
    expect(oneWordSwapped("脱贫人口人均纯收入", "未脱贫人口人均纯收入")).toBe(false);
  });
});

describe("round 42's year pairs", () => {
  it("pairs a target with the one result whose name adds a run (新建5G基站 answered by 新建5G宏基站)", () => {
    const list = targetPairs(plan("新建5G基站2000个。", "新增中小学学位1200个。"), "city-2021.txt", review("新建5G宏基站2300个。", "新增学位1360个。"), "city-2022.txt");
    expect(byTarget(list, "2000个")).toMatchObject({ status: "exceeded", right: { text: "2300个" } });
    expect(byTarget(list, "1200个")).toMatchObject({ status: "exceeded", right: { text: "1360个" } });
  });

  it("leaves the target unanswered when two results could answer it", () => {
    const list = targetPairs(plan("新建5G基站2000个。"), "city-2021.txt", review("新建5G宏基站2100个，新建5G室外基站900个。"), "city-2022.txt");
    expect(byTarget(list, "2000个")).toMatchObject({ status: "dropped" });
  });

  it("never pairs a figure with a list's total (淘汰落后炼铁产能 against 炼铁、焦炭产能)", () => {
    const list = targetPairs(plan("淘汰落后炼铁产能200万吨。"), "city-2021.txt", review("淘汰落后炼铁、焦炭产能680万吨。"), "city-2022.txt");
    expect(byTarget(list, "200万吨")).toMatchObject({ status: "dropped" });
  });

  it("pairs a target with the one result whose name swaps one word (新开通国际航线 answered by 新开通境外航线)", () => {
    const list = targetPairs(plan("新开通国际航线10条。"), "city-2021.txt", review("新开通境外航线13条。"), "city-2022.txt");
    expect(byTarget(list, "10条")).toMatchObject({ status: "exceeded", right: { text: "13条" } });
  });
});
