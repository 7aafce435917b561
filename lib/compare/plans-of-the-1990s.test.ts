// A 1990s city report (batch 46's 唐山 1997/98, typed in from the yearbook): the year's targets sit beside the 九五 plan's,
// and a farmer's income is promised as a sum it grows by. Run through the whole pipeline, text to pairs.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { areRelatedMetrics } from "@/lib/analysis/related-metrics";
import { compareSides } from "./compare-sides";
import { targetPairs } from "@/tests/support/year-pair";
import { sideInput } from "./side-from-analyzed";

const PLAN = [
  "唐山市政府工作报告",
  "一、1996年工作回顾",
  "1996年是实施“九五”计划的第一年。全市国内生产总值增长13%。",
  "二、“九五”奋斗目标和1997年的主要任务",
  "“九五”期间全市经济发展的主要目标是：国内生产总值年均增长12%以上，到2000年达到1000亿元；农民人均纯收入达到3500元；人口自然增长率控制在8‰以内。",
  "今年全市国民经济和社会发展的主要预期目标是：国内生产总值增长12%左右；农民人均纯收入增加250元；零售物价总指数涨幅控制在6%以内；人口自然增长率控制在7.5‰以内。",
].join("\n");
const REVIEW = [
  "唐山市政府工作报告",
  "一、1997年工作回顾",
  "全市国内生产总值增长12.3%。",
  "农民人均纯收入达到2432元，比上年增加272元，扣除物价因素实际增长10.4%。",
  "商品零售价格总指数上涨1.9%。",
  "人口自然增长率为6.38‰。",
  "二、1998年的主要任务",
  "今年全市国内生产总值增长11%左右。",
].join("\n");

const pairs = () => targetPairs(PLAN, "tangshan-1997.txt", REVIEW, "tangshan-1998.txt");
const find = (list: ReturnType<typeof pairs>, metric: string, value: number) => list.find((p) => p.metric === metric && p.left!.value === value);

describe("a year's targets beside a 九五 plan's", () => {
  const list = pairs();

  it("pairs the year's ceiling, not the plan's, with the year's result (人口自然增长率 7.5‰, not 8‰)", () => {
    expect(find(list, "population-growth", 7.5)).toMatchObject({ status: "met", right: { value: 6.38 } });
    expect(find(list, "population-growth", 8)?.status).not.toBe("met");
  });

  it("pairs a sum a farmer's income is to grow by with the sum it grew by, not with the level", () => {
    expect(find(list, "rural-net-income", 250)).toMatchObject({ status: "met", right: { value: 272 } });
  });

  it("reads 零售物价总指数涨幅 as the retail price index the result names 商品零售价格总指数", () => {
    expect(find(list, "retail-price-index", 6)).toMatchObject({ status: "met", right: { value: 1.9 } });
  });
});

describe("a result's change no target asked for", () => {
  it("is not listed as a result without a target: it restates its level", () => {
    const plan = analyzeReport(["唐山市政府工作报告", "二、1997年的主要任务", "今年全市国内生产总值增长12%左右。"].join("\n"), { fileName: "tangshan-1997.txt" });
    const review = analyzeReport(REVIEW, { fileName: "tangshan-1998.txt" });
    const list = compareSides(sideInput(plan, "goal"), sideInput(review, "achievement"), { related: areRelatedMetrics }).indicators;
    expect(list.some((p) => p.right?.value === 2432 && p.status === "right-only")).toBe(true);
    expect(list.some((p) => p.right?.value === 272)).toBe(false);
  });
});

describe("a 1980s plan's 七五 heading (batch 52's 无锡 1986)", () => {
  const PLAN_1986 = [
    "无锡市政府工作报告",
    "一、一九八五年工作的回顾",
    "全市工农业总产值比上年增长百分之二十一点五。",
    "二、“七五”期间的主要奋斗目标",
    "到一九九○年，人口自然增长率控制在７‰以内。",
    "三、一九八六年的主要任务",
    "今年全市人口自然增长率控制在６‰以内。",
  ].join("\n");
  const REVIEW_1987 = ["无锡市政府工作报告", "一、一九八六年工作的回顾", "全市人口自然增长率为５．８６‰。", "二、一九八七年的主要任务", "今年全市工农业总产值增长百分之八。"].join("\n");

  it("leaves the plan's targets to the plan's end and answers the year's with the year's result", () => {
    const list = targetPairs(PLAN_1986, "wuxi-1986.txt", REVIEW_1987, "wuxi-1987.txt");
    expect(list.find((p) => p.left!.text === "６‰")).toMatchObject({ status: "met", right: { text: "５．８６‰" } });
    expect(list.find((p) => p.left!.text === "７‰")?.right ?? null).toBeNull();
  });
});

describe("a heading over the 十一五 and the year, the year in numerals (batch 95's 四平 2006)", () => {
  it("judges the year's targets by the year's results, and leaves the plan's to the plan's end", () => {
    const plan = ["四平市政府工作报告", "一、二○○五年工作回顾", "全市地区生产总值增长１５％。", "二、“十一五”时期的主要目标和二○○六年的工作", "“十一五”时期全市的主要目标是：到2010年，地区生产总值年均增长13%以上。", "全市经济社会发展的主要预期目标是：地区生产总值增长１４％左右。"].join("\n");
    const review = ["四平市政府工作报告", "一、二○○六年工作回顾", "全市地区生产总值增长１５．１％。", "二、二○○七年的工作", "地区生产总值增长１３％左右。"].join("\n");
    const list = targetPairs(plan, "siping-2006.txt", review, "siping-2007.txt");
    expect(list.find((p) => p.left!.text === "１４％")?.status).toBe("exceeded");
    expect(list.find((p) => p.left!.text === "13%")?.status).not.toBe("exceeded");
  });
});
