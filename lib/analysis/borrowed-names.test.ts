// Figures that name nothing borrow a name: an infographic's figure-only lines take the name on the line before
// (batch 10's 一图读懂 page is the real case), a pointer back takes the name of the equal figure (batch 11's 2023 summary).
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";

const page = [
  "图解｜一图读懂2024年成都市政府工作报告", "2024-01-26 08:30　成都发布", "2023年成绩单", "地区生产总值 22086.4亿元", "同比增长6%",
  "全市一般公共预算收入", "1929.3亿元", "↑5.8%", "社会消费品零售总额 10036.8亿元", "首次突破万亿元", "2024年目标",
  "地区生产总值 目标：6%左右", "城镇新增就业 目标：22万人以上",
].join("\n");

describe("figures on a line of their own in a list layout", () => {
  const report = analyzeReport(page);
  const on = (text: string) => report.sentences.find((s) => s.text === text)!;

  it("take the name on the line before, whether a figure's or a bare name", () => {
    expect(on("同比增长6%").indicators.map((i) => [i.metric, i.value])).toEqual([["gdp", 6]]);
    expect(on("1929.3亿元").indicators.map((i) => i.label)).toEqual(["全市一般公共预算收入"]);
    expect(on("↑5.8%").indicators.map((i) => [i.label, i.type])).toEqual([["全市一般公共预算收入", "growth"]]);
    expect(on("首次突破万亿元").indicators.map((i) => i.metric)).toEqual(["retail-sales"]);
  });

  it("read the bare name line as other, saying why", () => {
    expect(on("全市一般公共预算收入")).toMatchObject({ kind: "other", reason: "指标名(数字在下一行)" });
  });

  it("leave a line that names its own figure alone", () => {
    expect(on("城镇新增就业 目标：22万人以上").indicators.map((i) => i.metric)).toEqual(["new-jobs"]);
  });
});

describe("a figure named by a pointer back", () => {
  const text = "一、2022年工作回顾\n\n全年新增减税降费和退税缓税缓费超过4.2万亿元。在这4.2万亿元中，增值税留抵退税超过2.4万亿元。\n";
  const sentences = analyzeReport(text).sentences;

  it("takes the name of the figure just named with the same value", () => {
    const back = sentences.find((s) => s.text.startsWith("在这"))!;
    expect(back.indicators.map((i) => [i.label, i.value])).toEqual([
      ["新增减税降费和退税缓税缓费", 4.2e12],
      ["增值税留抵退税", 2.4e12],
    ]);
  });

  it("leaves a pointer with no equal figure before it as it is", () => {
    const alone = analyzeReport("一、2022年工作回顾\n\n在这3万亿元中，增值税留抵退税超过1万亿元。\n").sentences.find((s) => s.text.startsWith("在这"))!;
    expect(alone.indicators[0].label).toBe("在这");
  });
});

describe("an 一图读懂 block inside a page of prose (batch 21's 昆明 WeChat reposts)", () => {
  const report = analyzeReport([
    "定了！2025年，昆明这样干", "【一图读懂｜2024年昆明成绩单】", "🔹GDP总量", "8275.6亿元", "🔹游客接待量", "2.7亿人次",
    "【一图读懂｜2025年主要预期目标】", "🎯GDP增长目标", "↑5%左右", "🎯新增就业目标", "8万人+", "【报告摘要】", "各位代表：",
    "现在，我代表市人民政府，向大会报告工作，请予审议。", "一、2024年工作回顾", "过去一年，全市经济运行总体平稳、稳中有进。",
    "初步核算，全市地区生产总值8275.63亿元，增长4.5%。",
  ].join("\n"));
  const on = (text: string) => report.sentences.find((s) => s.text === text)!;
  it("gives each figure line the name above it, without its mark, results under the results card and targets under the targets card", () => {
    expect(on("8275.6亿元").indicators.map((i) => [i.label, i.metric, i.modality])).toEqual([["GDP总量", "gdp", "actual"]]);
    expect(on("2.7亿人次").indicators.map((i) => i.metric)).toEqual(["tourists"]);
    expect(on("↑5%左右").indicators.map((i) => [i.metric, i.type, i.modality])).toEqual([["gdp", "growth", "target"]]);
    expect(on("8万人+").indicators.map((i) => [i.metric, i.value, i.modality])).toEqual([["new-jobs", 80000, "target"]]);
    expect(on("🔹GDP总量")).toMatchObject({ kind: "other", reason: "指标名(数字在下一行)" });
  });
});

describe("an 一图读懂 of a county's report (batch 41's 威宁): ✔ before each name, （预计） after a figure", () => {
  const report = analyzeReport([
    "一图读懂｜2020年某县政府工作报告", "2019年成绩单", "▍经济运行稳中有进", "✔全县生产总值", "262.5亿元（预计）", "同比增长9.8%",
    "✔规上工业增加值增速", "6.2%", "✔社会消费品零售总额", "57.9亿元", "▍脱贫攻坚取得重大进展", "✔贫困发生率降至", "1.48%",
    "✔民生支出占财政支出比重", "83.1%", "✔新增城镇就业", "5412人", "县融媒体中心出品",
  ].join("\n"));
  const on = (text: string) => report.sentences.find((s) => s.text === text)!;

  it("takes a ✔ line for the name of the figure lines under it", () => {
    expect(on("57.9亿元").indicators.map((i) => [i.label, i.metric])).toEqual([["社会消费品零售总额", "retail-sales"]]);
    expect(on("同比增长9.8%").indicators.map((i) => [i.metric, i.type])).toEqual([["gdp", "growth"]]);
    expect(on("✔新增城镇就业")).toMatchObject({ kind: "other", reason: "指标名(数字在下一行)" });
  });

  it("reads （预计） after a figure as an estimate", () => {
    expect(on("262.5亿元（预计）").indicators.map((i) => [i.metric, i.value, i.modality])).toEqual([["gdp", 26250000000, "estimate"]]);
  });

  it("drops the verb a name line ends on and types a bare per cent by its name", () => {
    expect(on("1.48%").indicators.map((i) => [i.label, i.type])).toEqual([["贫困发生率", "rate"]]);
    expect(on("6.2%").indicators.map((i) => i.type)).toEqual(["growth"]);
    expect(on("83.1%").indicators.map((i) => i.type)).toEqual(["share"]);
  });
});
