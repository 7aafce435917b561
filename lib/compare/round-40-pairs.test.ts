// Round 40's year pairs, run through the whole pipeline on lines made for the test: a port's boxes in TEU against 标箱,
// a listed firm named 企业 or 公司, a scenic area's grade in letters, a share said short, foreign direct investment in
// full, and people counted as what they do or as its 人员.
import { describe, expect, it } from "vitest";
import { byTarget, targetPairs } from "@/tests/support/year-pair";

const PLAN = [
  "某某区人民政府工作报告",
  "一、2020年工作回顾",
  "全区地区生产总值增长5.2%。",
  "二、2021年工作安排",
  "港区集装箱吞吐量力争达到1200万标箱。",
  "新增上市企业4家。",
  "新创建国家4A级旅游景区2家。",
  "民生支出占一般公共预算支出比重保持在75%以上。",
  "实际利用外资5亿美元。",
  "养老保险新增参保2万人。",
].join("\n");
const REVIEW = [
  "某某区人民政府工作报告",
  "一、2021年工作回顾",
  "港区集装箱吞吐量1,236万TEU，增长4.1%。",
  "新增上市公司3家。",
  "新增国家AAAA级旅游景区2家。",
  "民生支出占比达到78.1%。",
  "实际利用外商直接投资5.3亿美元。",
  "新增养老保险参保人员2.1万人。",
  "二、2022年工作安排",
  "地区生产总值增长6%左右。",
].join("\n");


describe("round 40's year pairs", () => {
  const list = targetPairs(PLAN, "district-2021.txt", REVIEW, "district-2022.txt");

  it("reads TEU as 标箱 (1200万标箱 answered by 1,236万TEU)", () => {
    expect(byTarget(list, "1200万标箱")).toMatchObject({ status: "met", right: { text: "1,236万TEU" } });
  });

  it("reads a listed 企业 as a listed 公司, and 新创建 and AAAA级 as 新增 and 4A级", () => {
    expect(byTarget(list, "4家")).toMatchObject({ status: "missed", right: { text: "3家" } });
    expect(byTarget(list, "2家")).toMatchObject({ status: "met", right: { text: "2家" } });
  });

  it("answers a share by the share said short (民生支出占比)", () => {
    expect(byTarget(list, "75%")).toMatchObject({ status: "exceeded", right: { text: "78.1%" } });
  });

  it("answers 实际利用外资 by 实际利用外商直接投资, and 新增参保 by 新增参保人员", () => {
    expect(byTarget(list, "5亿美元")).toMatchObject({ status: "met", right: { text: "5.3亿美元" } });
    expect(byTarget(list, "2万人")).toMatchObject({ status: "met", right: { text: "2.1万人" } });
  });
});

describe("a five-year lead before the colon (今后五年的奋斗目标是：…)", () => {
  const plan = [
    "某某市人民政府工作报告",
    "一、一九九五年工作回顾",
    "全市国内生产总值增长7.5%。",
    "二、“九五”计划和2010年远景目标",
    "今后五年的奋斗目标是：国内生产总值年均增长9%；人口自然增长率控制在千分之九以内。",
    "三、一九九六年的主要任务",
    "主要预期目标是：国内生产总值增长8%左右；人口自然增长率控制在千分之八以内。",
  ].join("\n");
  const review = [
    "某某市人民政府工作报告",
    "一、一九九六年工作回顾",
    "全市国内生产总值增长8.2%，人口自然增长率为千分之七点六。",
    "二、一九九七年的主要任务",
    "国内生产总值增长8%左右。",
  ].join("\n");
  const list = targetPairs(plan, "city-1996.txt", review, "city-1997.txt");

  it("sets every clause after it over the five years, not due in one year", () => {
    expect(byTarget(list, "千分之九")?.status).toBe("left-only");
    expect(byTarget(list, "千分之八")).toMatchObject({ status: "met" });
  });
});
