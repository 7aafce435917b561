// Batch 49's year pairs (百色 2020/21 from the gazette PDF, 锡林郭勒盟 2022/23 from WeChat): the poor still left lifted out,
// electricity in 度 against 千瓦时, and names a word fuller in the next report. Run through the whole pipeline.
import { describe, expect, it } from "vitest";
import { byTarget, targetPairs } from "@/tests/support/year-pair";
import { nearNames } from "./near-names";

const PLAN = [
  "锡林郭勒盟行政公署工作报告",
  "一、2021年工作回顾",
  "全盟地区生产总值增长6.5%。",
  "二、2022年工作安排",
  "确保剩余3.1万贫困人口全部脱贫、128个贫困村全部出列。",
  "提升特高压通道利用率，外送电量力争达到600亿千瓦时。",
  "加快绿氢产业布局，开工建设风光制氢项目3个。",
  "完成草原生态保护修复治理300万亩以上。",
  "经二连浩特口岸中欧班列达到2500列以上。",
  "改造城镇老旧小区86个。",
].join("\n");
const REVIEW = [
  "锡林郭勒盟行政公署工作报告",
  "一、2022年工作回顾",
  "全盟剩余3.13万贫困人口全部脱贫，128个贫困村全部出列。",
  "外送电量571亿度，增长10.2%。",
  "开工建设风光制氢一体化项目4个。",
  "完成草原保护修复治理331万亩。",
  "经二连浩特口岸通行中欧班列2640列。",
  "改造老旧小区91个。",
  "二、2023年工作安排",
  "地区生产总值增长6%左右。",
].join("\n");

const pairs = () => targetPairs(PLAN, "xilingol-2022.txt", REVIEW, "xilingol-2023.txt");

describe("year pairs of a gazette copy and a WeChat copy", () => {
  it("counts the poor still left and the poor villages up: all of them lifted out meets the target", () => {
    const list = pairs();
    expect(byTarget(list, "3.1万")).toMatchObject({ status: "met", right: { text: "3.13万" } });
    expect(byTarget(list, "128个")).toMatchObject({ status: "met", right: { text: "128个" } });
  });

  it("reads 度 as 千瓦时 (外送电量力争达到600亿千瓦时, answered by 571亿度)", () => {
    expect(byTarget(pairs(), "600亿千瓦时")).toMatchObject({ status: "missed", right: { text: "571亿度" } });
  });

  it("pairs names a word fuller or shorter in the next report (一体化, 生态, 通行, 城镇)", () => {
    const list = pairs();
    expect(byTarget(list, "3个")).toMatchObject({ status: "exceeded", right: { text: "4个" } });
    expect(byTarget(list, "300万亩")).toMatchObject({ status: "exceeded", right: { text: "331万亩" } });
    expect(byTarget(list, "2500列")).toMatchObject({ status: "met", right: { text: "2640列" } });
    expect(byTarget(list, "86个")).toMatchObject({ status: "met", right: { text: "91个" } });
  });

  it("keeps the inserts it allows to words that leave the measure unchanged", () => {
    expect(nearNames("铝产业产值", "生态铝产业产值")).toBe(true);
    expect(nearNames("工业投资", "工业技改投资")).toBe(false);
  });
});

describe("near names of batch 53 (孝感, 平阳)", () => {
  it("reads 新改建 as short for 新建改建 (新建改建农村公路 / 新改建农村公路), and the same for 改扩建", () => {
    expect(nearNames("新建改建农村公路", "新改建农村公路")).toBe(true);
    expect(nearNames("新建、改扩建幼儿园", "新改扩建幼儿园")).toBe(true);
    expect(nearNames("新改建农村公路", "改建农村公路")).toBe(false);
  });

  it("reads loans of every kind as the loans (新增贷款 / 新增各项贷款)", () => {
    expect(nearNames("新增贷款", "新增各项贷款")).toBe(true);
  });
});

describe("near names of batch 54 (开封, 黔东南)", () => {
  it("reads a road's building said as a noun as the roads built (新改建农村公路 / 农村公路建设), and no other road", () => {
    expect(nearNames("新改建农村公路", "农村公路建设")).toBe(true);
    expect(nearNames("新建改建农村公路", "农村公路建设")).toBe(true);
    expect(nearNames("农村公路建设", "城市道路建设")).toBe(false);
  });

  it("reads bases built to a high standard as the bases (新建蔬菜基地 / 新建高标准蔬菜基地)", () => {
    expect(nearNames("新建蔬菜基地", "新建高标准蔬菜基地")).toBe(true);
  });
});
