import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { columnRole } from "./table-rows";

const REPORT = [
  "杭州市余杭区2020年政府工作报告",
  "二、2020年主要工作",
  "今年经济社会发展的主要预期目标如下。",
  "指标\t单位\t2019年完成\t2020年目标",
  "地区生产总值增长\t%\t6.8\t6.5左右",
  "一般公共预算收入\t亿元\t120.5\t128",
  "城镇登记失业率（%）\t\t2.1\t3以内",
].join("\n");

describe("plain-text indicator tables", () => {
  it("reads a column's header as target or result", () => {
    expect(columnRole("2020年目标", 2020)).toBe("target");
    expect(columnRole("2019年完成", 2020)).toBe("actual");
    expect(columnRole("2019年预计完成", 2020)).toBe("estimate");
    expect(columnRole("2021年", 2021)).toBe("target");
    expect(columnRole("2020年", 2021)).toBe("actual");
    expect(columnRole("单位", 2020)).toBe("unit");
  });

  it("gives every figure its metric, unit, scale, qualifier and the column's modality", () => {
    const rows = analyzeReport(REPORT).sentences.filter((s) => s.flags.includes("table-row"));
    const read = rows.flatMap((s) => s.indicators.map((i) => [i.metric, i.value, i.unit, i.scale, i.qualifiers.join(""), i.modality, s.text.slice(i.start, i.end)]));
    expect(read).toEqual([
      ["gdp", 6.8, "%", null, "", "actual", "6.8"],
      ["gdp", 6.5, "%", null, "左右", "target", "6.5左右"],
      ["general-budget-revenue", 12_050_000_000, "元", "亿", "", "actual", "120.5"],
      ["general-budget-revenue", 12_800_000_000, "元", "亿", "", "target", "128"],
      ["unemployment", 2.1, "%", null, "", "actual", "2.1"],
      ["unemployment", 3, "%", null, "以内", "target", "3以内"],
    ]);
    for (const row of rows) for (const i of row.indicators) expect(row.text.slice(i.start, i.end)).toBe(i.text);
  });

  it("a target said in words (完成市下达任务) makes its row a goal too; the result figure stays the column's actual", () => {
    const report = REPORT + "\n单位地区生产总值能耗下降（%）\t\t3.1\t完成市下达任务";
    const row = analyzeReport(report).sentences.find((s) => s.text.startsWith("单位地区生产总值能耗"))!;
    expect(row).toMatchObject({ kind: "goal", reason: "表格行：「2020年目标」列为目标(文字)" });
    // 下降 in the metric cell makes the fall negative.
    expect(row.indicators.map((i) => [i.value, i.modality])).toEqual([[-3.1, "actual"]]);
  });

  it("classes a row with a target column as a goal and says which column decided", () => {
    const sentences = analyzeReport(REPORT).sentences;
    const header = sentences.find((s) => s.flags.includes("table-header"))!;
    expect(header.kind).toBe("other");
    const row = sentences.find((s) => s.text.startsWith("地区生产总值"))!;
    expect(row.kind).toBe("goal");
    expect(row.reason).toContain("2020年目标");
  });

  it("classes a row that sets a past year's result against that year's target as an achievement (a PDF's column table)", () => {
    const text = [
      "临江市2023年政府工作报告",
      "一、2022年工作回顾",
      "2022年主要指标完成情况如下：",
      "指标名称                      2022年目标          2022年完成",
      "地区生产总值增长（%）           7左右               3.5",
      "单位生产总值能耗下降（%）       3                   3.2",
      "二、2023年工作安排",
    ].join("\n");
    const rows = analyzeReport(text, { fileName: "linjiang-2023.txt" }).sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.kind)).toEqual(["achievement", "achievement"]);
    expect(rows[0].reason).toContain("2022年完成");
    expect(rows[1].indicators.map((i) => `${i.value} ${i.modality}`)).toEqual(["-3 target", "-3.2 actual"]);
  });

  it("classes a results-only table as achievements", () => {
    const text = ["2019年工作回顾", "指标\t单位\t2019年完成", "地区生产总值增长\t%\t6.8", "财政总收入\t亿元\t300"].join("\n");
    const rows = analyzeReport(text).sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.kind)).toEqual(["achievement", "achievement"]);
  });

  it("a review's table of 年度目标 against 完成 reports results: its rows are achievements (a Word export, batch 12)", () => {
    const review = [
      "杭州市余杭区2023年政府工作报告",
      "一、2022年工作回顾",
      "表1　2022年主要指标完成情况",
      "指标名称\t单位\t年度目标\t完成\t完成情况",
      "社会消费品零售总额增速\t%\t7左右\t3.1\t未完成",
      "新增城镇就业\t万人\t2以上\t2.36\t完成",
      "二、2023年工作安排",
    ].join("\n");
    const rows = analyzeReport(review).sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.kind)).toEqual(["achievement", "achievement"]);
    expect(rows[0].reason).toContain("对照「年度目标」");
    expect(rows.flatMap((s) => s.indicators.map((i) => i.modality))).toEqual(["target", "actual", "target", "actual"]);
  });

  it("a table of last year's targets against results: a difference column is the distance from the target, a footnote mark is the figure's, a result in words still reports (batch 13)", () => {
    const review = [
      "杭州市2025年政府工作报告",
      "一、2024年工作回顾",
      "表1　2024年主要指标完成情况",
      "指标名称\t单位\t2024年目标\t2024年完成\t增减",
      "社会消费品零售总额增长率\t%\t6左右\t4.0\t-2.0",
      "R&D经费投入强度\t%\t3.95\t4.0③\t+0.05",
      "单位GDP能耗降低率\t%\t2.5\t完成省下达任务\t—",
      "二、2025年工作安排",
    ].join("\n");
    const rows = analyzeReport(review).sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.kind)).toEqual(["achievement", "achievement", "achievement"]);
    expect(rows[0].indicators.map((i) => [i.metric, i.value, i.modality])).toEqual([["retail-sales", 6, "target"], ["retail-sales", 4, "actual"], [expect.stringMatching(/^x-/), -2, "actual"]]);
    expect(rows[0].indicators[2]).toMatchObject({ label: "社会消费品零售总额增长率比目标增减", unit: "个百分点", type: "growth" });
    expect(rows[1].indicators.slice(0, 2).map((i) => [i.metric, i.value, i.modality])).toEqual([["rd-intensity", 3.95, "target"], ["rd-intensity", 4, "actual"]]);
  });

  it("a remark that the result is an estimate (备注: 预计数, 是（预计数）) makes the result an estimate (batch 14)", () => {
    const review = [
      "宁波市2024年政府工作报告",
      "一、2023年工作回顾",
      "2023年主要指标完成情况",
      "序号\t指标\t单位\t年度目标\t完成情况\t备注",
      "1.\t地区生产总值增长\t%\t5.5左右\t5.5\t",
      "7.\t居民人均可支配收入增长\t%\t与经济增长同步\t5.4\t与经济增长同步，预计数",
      "二、2024年工作安排",
    ].join("\n");
    const rows = analyzeReport(review).sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.indicators.map((i) => [i.metric, i.value, i.modality]))).toEqual([
      [["gdp", 5.5, "target"], ["gdp", 5.5, "actual"]],
      [["resident-income", 5.4, "estimate"]],
    ]);
  });

  it("a column of growth (增幅) gives the metric's growth, a minus a fall (batch 16's 温州 Word export)", () => {
    const review = [
      "温州市2025年政府工作报告",
      "一、2024年工作回顾",
      "表1：2024年主要指标完成情况",
      "指标名称\t2024年目标\t完成情况\t增幅",
      "1.地区生产总值\t6%左右\t9218.4亿元\t5.9%",
      "7.实际使用外资\t12亿美元以上\t10.8亿美元\t-5.3%",
      "二、2025年工作安排",
    ].join("\n");
    const rows = analyzeReport(review).sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.indicators.map((i) => `${i.metric} ${i.type} ${i.value}${i.unit} ${i.modality}`))).toEqual([
      ["gdp growth 6% target", "gdp level 921840000000元 actual", "gdp growth 5.9% actual"],
      ["foreign-investment level 1200000000美元 target", "foreign-investment level 1080000000美元 actual", "foreign-investment growth -5.3% actual"],
    ]);
  });

  it("a minus in a row that names a rate of growth is a fall (湄潭's Word export, 广东's PDF table)", () => {
    const plan = [
      "湄潭县2024年政府工作报告",
      "二、2024年工作安排",
      "指标名称\t单位\t2023年完成\t2024年目标",
      "地区生产总值增速\t%\t5.6\t6左右",
      "固定资产投资增速\t%\t-4.3\t3",
    ].join("\n");
    const rows = analyzeReport(plan).sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.flatMap((s) => s.indicators.map((i) => `${i.metric} ${i.type} ${i.value}${i.unit} ${i.modality} ${s.text.slice(i.start, i.end)}`)).slice(2)).toEqual([
      "fixed-asset-investment growth -4.3% actual -4.3", "fixed-asset-investment growth 3% target 3",
    ]);
  });
});

describe("a table of last year's target, its result and this year's target (batch 33's 大庆)", () => {
  it("reads a row under 上年目标 | 完成 | 今年目标 as the year's result", () => {
    const report = ["大庆市2025年政府工作报告", "二、2025年工作安排", "附表：2024年主要指标完成情况及2025年预期目标", "指标", "单位", "上年目标", "完成", "今年目标",
      "地区生产总值增速", "%", "5.5左右", "5.3", "5左右", "固定资产投资增速", "%", "10以上", "6.4", "8以上", "油气产量当量", "万吨", "4300以上", "4351.6", "4300以上"].join("\n");
    const rows = analyzeReport(report).sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.length).toBe(3);
    expect(rows.every((s) => s.kind === "achievement")).toBe(true);
  });
});

describe("a review's table with a 完成率 column, then its notes (batch 37's 天河)", () => {
  const report = [
    "某区2024年政府工作报告",
    "一、2023年工作回顾",
    "2023年全区主要经济指标完成情况见下表。",
    "指标  年度目标  完成情况  完成率",
    "地区生产总值增长（%）  6左右  4.9  81.7%",
    "城镇新增就业（万人）  6  6.8  113.3%",
    "注：实际使用外资自2023年起按人民币计价统计。",
    "二、2024年工作安排",
    "全区经济社会发展的主要预期目标是：地区生产总值增长5%左右。",
  ].join("\n");
  const analyzed = analyzeReport(report);

  it("names a 完成率 cell as how much of the row's target was reached", () => {
    const row = analyzed.sentences.find((s) => s.text.startsWith("地区生产总值增长"))!;
    expect(row.indicators.map((i) => [i.label, i.value, i.type, i.modality])).toEqual([
      ["地区生产总值", 6, "growth", "target"],
      ["地区生产总值", 4.9, "growth", "actual"],
      ["地区生产总值增长目标完成率", 81.7, "rate", "actual"],
    ]);
    expect(row.kind).toBe("achievement");
  });

  it("ends the notes under the table at the next part's heading, which opens the plan", () => {
    const heading = analyzed.sentences.find((s) => s.text === "二、2024年工作安排")!;
    expect([heading.role, heading.part]).toEqual(["heading", "plan"]);
    expect(analyzed.sentences.find((s) => s.text.startsWith("全区经济社会发展"))?.kind).toBe("goal");
  });
});

describe("a Word table with a growth column and a target column of growth rates (batch 47's 克拉玛依)", () => {
  const report = analyzeReport([
    "克拉玛依市政府工作报告",
    "一、2018年工作回顾",
    "表1　2018年主要经济指标完成情况及2019年预期目标",
    "指标                          单位          上年完成      增长%      今年目标[3]",
    "社会消费品零售总额            亿元          105.0         6.9        7左右",
    "原油产量                      万吨          1226.5        4.8        1260",
    "城镇登记失业率                %             2.4           —          3以内",
    "[3]“今年目标”栏中，原油产量为绝对量，其余为增长速度（%）。",
  ].join("\n"));
  const row = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!.indicators.map((i) => `${i.value}${i.unit} ${i.type} ${i.modality}`);

  it("reads the growth column in per cent whatever unit the row's amounts are in", () => {
    expect(row("社会消费品零售总额")[1]).toBe("6.9% growth actual");
  });

  it("reads a bare target far below the row's amount as the year's growth, and one near it as a level", () => {
    expect(row("社会消费品零售总额")[2]).toBe("7% growth target");
    expect(row("原油产量")[2]).toBe("12600000吨 level target");
  });
});

describe("a task breakdown table (重点工作任务分解表, batch 94's 福田)", () => {
  const text = [
    "某区2025年政府工作报告",
    "一、2024年工作回顾",
    "地区生产总值增长5.8%。",
    "二、2025年工作安排",
    "地区生产总值增长5.5%左右。",
    "某区2025年政府工作报告重点工作任务分解表",
    "序号\t工作任务\t量化指标\t牵头单位\t配合单位\t完成时限",
    "一、主要预期目标",
    "1\t地区生产总值增长\t5.5%左右\t区发展改革局\t区统计局\t2025年12月底前",
    "9\t城镇新增就业；城镇登记失业率\t1.8万人以上；控制在3%以内\t区人力资源局\t各街道办事处\t2025年12月底前",
    "11\t空气质量优良天数比例；PM2.5年均浓度\t≥96％；≤16微克/立方米\t市生态环境局\t区城管局\t2025年12月底前",
    "13\t实施重点项目，完成年度计划投资\t220个；550亿元\t区发展改革局\t各街道办事处\t2025年12月底前",
  ].join("\n");
  const report = analyzeReport(text);
  const row = (n: string) => report.sentences.find((s) => s.text.startsWith(`${n}\t`))!.indicators.map((i) => [i.metric, i.value, i.qualifiers]);

  it("reads no row number as a figure, under no header too", () => {
    expect(row("1")).toEqual([["gdp", 5.5, ["左右"]]]);
  });

  it("gives each figure of a cell parted by ； the name of its own part of the task cell, a sign of bound no word of it", () => {
    expect(row("9")).toEqual([["new-jobs", 18000, ["以上"]], ["unemployment", 3, ["控制在", "以内"]]]);
    expect(row("11").map(([metric, value]) => [metric, value])).toEqual([["good-air-rate", 96], ["pm25", 16]]);
    expect(row("13").map(([, value]) => value)).toEqual([220, 55000000000]);
  });
});

describe("more cells of a task table and a results table", () => {
  const head = ["某区2025年政府工作报告", "一、2024年工作回顾", "地区生产总值增长5.8%。", "二、2025年工作安排", "地区生产总值增长5.5%左右。"];
  const tasks = analyzeReport([
    ...head,
    "重点工作任务分解表",
    "序号\t工作任务\t量化指标\t牵头单位\t完成时限",
    "20\t新增市场主体\t1万户以上\t区市场监管局\t2025年12月底前",
    "21\t持续优化营商环境，企业开办时间保持在0.5个工作日以内\t—\t区市场监管局\t2025年6月底前",
    "22\t新建公共停车泊位\t3000个\t区交通局\t2025年12月底前",
    "25\t推进口岸重建工程\t—\t区发展改革局\t2025年12月底前",
  ].join("\n"));
  const results = analyzeReport([
    ...head,
    "附表：主要指标",
    "| 指标 | 单位 | 2024年目标 | 2024年完成 | 2025年目标 |",
    "| --- | --- | --- | --- | --- |",
    "| 地区生产总值增长 | % | 6左右 | 5.4（全市4.9） | 5左右 |",
    "| 一般公共预算收入增长 | % | 5 | 7.2 | 4 |",
  ].join("\n"));
  const row = (report: typeof tasks, start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a task's own quantity from its cell when no figure cell is filled, and no deadline as a figure", () => {
    const task = row(tasks, "21\t");
    expect(task.kind).toBe("goal");
    expect(task.indicators.map((i) => [i.metric, i.value, i.modality])).toEqual([["business-startup-time", 0.5, "target"]]);
    expect(row(tasks, "22\t").indicators.map((i) => i.value)).toEqual([3000]);
    expect(row(tasks, "25\t").kind).toBe("goal");
  });

  it("gives a wider place's figure in brackets after the row's (5.4（全市4.9）) to that place", () => {
    expect(row(results, "| 地区生产总值增长").indicators.map((i) => [i.value, i.modality, i.place ?? ""])).toEqual([[6, "target", ""], [5.4, "actual", ""], [4.9, "actual", "全市"], [5, "target", ""]]);
  });
});
