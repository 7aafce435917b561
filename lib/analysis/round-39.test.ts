// The thirty-ninth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { lookupMetric } from "./lookup-metric";
import { achieved, planned, problem } from "./test-readers";

describe("words around a name that are no part of it", () => {
  it("drop the session a delegates' count is of (会议应到代表)", () => {
    const [due, present] = achieved("会议应到代表312名，实到298名，符合法定人数。");
    expect(due.label).toBe("应到代表");
    expect(present.label).toBe("实到代表");
  });

  it("drop how a target was set (年初定的是)", () => {
    const [target] = achieved("规上工业增加值年初定的是增长7.5%，实际完成6.9%。");
    expect(target.label).toBe("规上工业增加值");
  });

  it("drop 有 after 还 before the people still in need", () => {
    const [poor] = problem("全市还有农村贫困人口1.3万户，脱贫任务依然艰巨。");
    expect(poor.label).toBe("农村贫困人口");
  });

  it("keep 有 where it is part of the word (有效发明专利)", () => {
    const [patents] = achieved("每万人有效发明专利拥有量达到12.5件。");
    expect(patents.label).toContain("有效发明专利");
  });

  it("drop the people a service is for after 为", () => {
    const [checks] = planned("为老年人免费健康体检5万人次。");
    expect(checks.label).toBe("老年人免费健康体检");
  });

  it("drop a modal and the task's verb after the name", () => {
    const [projects] = planned("今年新旧动能转换重大项目要实施100个。");
    expect(projects.label).toBe("新旧动能转换重大项目");
  });
});

describe("a district's clause after the city's (全市…，我区…)", () => {
  const report = analyzeReport(
    ["成都市青羊区2023年政府工作报告", "二、2023年重点工作", "全市新增普惠性托位1.5万个，我区新增600个，其中新建社区嵌入式托育点8个。"].join("\n"),
  );
  const places = report.sentences.find((s) => s.text.startsWith("全市新增"))!.indicators.map((i) => [i.value, i.place ?? ""]);

  it("gives the city its figure and the district the rest", () => {
    expect(report.metadata.regionCode).not.toBeNull();
    expect(places).toEqual([
      [15000, "全市"],
      [600, ""],
      [8, ""],
    ]);
  });
});

describe("a livelihood programme's name before the task (停车便民工程新增…)", () => {
  it("is no part of what was added", () => {
    const spaces = achieved("老旧小区改造投入1.74亿元；停车便民工程新增公共停车泊位2210个；新建社区食堂11个。")[1];
    expect(spaces.label).toBe("新增公共停车泊位");
  });

  it("stays where it names the investment (民生工程完成投资)", () => {
    const [investment] = achieved("民生工程完成投资12.6亿元。");
    expect(investment.label).toBe("民生工程完成投资");
  });
});

describe("the poor lifted out, the count before the people (推动2.6万农村贫困人口稳定脱贫)", () => {
  it("are named by their lifting out, a count up", () => {
    const [target] = planned("推动2.6万农村贫困人口稳定脱贫，改造农村危房6000户。");
    const [result] = achieved("2.71万农村贫困人口实现稳定脱贫。");
    expect(target.label).toBe("农村贫困人口脱贫");
    expect(result.metric).toBe(target.metric);
  });

  it("stay the poor counted where no lifting out follows", () => {
    const [left] = problem("全市还有农村贫困人口1.3万户。");
    expect(left.label).toBe("农村贫困人口");
  });
});

describe("a plan's table of last year's results and this year's targets (batch 97's 通州)", () => {
  const plan = [
    "某区2020年政府工作报告",
    "一、2019年工作回顾",
    "全年地区生产总值增长6.8%。",
    "二、2020年工作安排",
    "全区经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。",
    "表1　2019年主要指标完成情况和2020年主要预期目标",
    "指标\t单位\t2019年目标\t2019年完成\t2020年目标",
    "地区生产总值增速\t%\t7左右\t6.8\t6.5左右",
    "区级一般公共预算收入\t亿元\t88.2\t87.6\t92",
    "城镇新增就业\t万人\t1.2\t1.35\t1.2",
    "城镇居民人均可支配收入增速\t%\t7.5\t8.2\t与经济增长基本同步",
    "社会消费品零售额增速\t%\t6.5\t5.6\t—",
    "实现上述目标，重点抓好以下八个方面工作：",
    "（一）全力推进重大工程建设。",
    "全年安排重点工程项目100个左右。",
    "注：2019年完成数中，地区生产总值及其增速、城乡居民人均可支配收入增速为预计数。",
  ];
  const report = analyzeReport(plan.join("\n"));
  const sentence = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("keeps the plan going after the table's caption", () => {
    expect(sentence("全年安排重点工程项目").kind).toBe("goal");
    expect(sentence("全年安排重点工程项目").part).toBe("plan");
    // (The caption is no heading either: the plan's sections are not filed under it in the outline.)
    expect(sentence("表1").role).not.toBe("heading");
    expect(sentence("表1").kind).toBe("other");
  });

  it("reads its rows as the plan's, a target in words too, and a row with no target this year as last year's", () => {
    expect(sentence("区级一般公共预算收入").kind).toBe("goal");
    expect(sentence("城镇新增就业").kind).toBe("goal");
    expect(sentence("城镇居民人均可支配收入增速").kind).toBe("goal");
    expect(sentence("社会消费品零售额增速").kind).toBe("achievement");
  });

  it("takes each name of the note's list as an estimate, a growth as its metric", () => {
    const growth = sentence("地区生产总值增速").indicators.find((i) => i.value === 6.8)!;
    expect(growth.modality).toBe("estimate");
    const jobs = sentence("城镇新增就业").indicators.find((i) => i.value === 13500)!;
    expect(jobs.modality).toBe("actual");
  });

  it("reads the same table appended after the closing as the year's report (附表)", () => {
    const appended = analyzeReport(
      [...plan.slice(0, 5), "让我们团结一心，奋力拼搏！", "附表：2019年主要指标完成情况及2020年主要预期目标", ...plan.slice(6, 10)].join("\n"),
    );
    expect(appended.sentences.find((s) => s.text.startsWith("区级一般公共预算收入"))!.kind).toBe("achievement");
  });
});

describe("an OCR'd scan's letters inside a figure (batch 97's 揭阳)", () => {
  it("reads a run of O for zeros before a unit", () => {
    const [shops, homes, benefit] = achieved("军埔电商村入驻网店达3OOO家，基本建成保障性住房218O套，城市低保标准提高到每人每月4OO元。");
    expect([shops.value, homes.value, benefit.value]).toEqual([3000, 2180, 400]);
  });

  it("leaves a chemical's O alone", () => {
    expect(achieved("化学需氧量排放量下降3%，H2O。").map((i) => i.value)).toEqual([-3]);
  });
});

describe("the village a deputy speaks for (村里)", () => {
  it("names the figure after the village named before", () => {
    const [visitors] = achieved("区人大代表、宋庄镇小堡村党支部书记王明说：“去年村里接待游客18万人次。”");
    expect(visitors.label).toBe("小堡村接待游客");
  });
});

describe("a review headed by the year and the five years (2016年和过去五年工作回顾)", () => {
  const text = [
    "某市2017年政府工作报告",
    "一、2016年和过去五年工作回顾",
    "预计全年地区生产总值增长7.2%；规模以上工业增加值增长7.8%；单位地区生产总值能耗下降4.1%。",
    "五年来，地区生产总值年均增长8.9%。",
  ].join("\n");
  const report = analyzeReport(text);
  const of = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!.indicators;

  it("keeps the year's figures the year's", () => {
    expect(of("预计全年").every((i) => !i.qualifiers.includes("累计"))).toBe(true);
  });

  it("still reads the five years' paragraph as the span", () => {
    expect(of("五年来").map((i) => i.qualifiers)).toEqual([["年均"]]);
  });
});

describe("an explainer's cards and its questions (一问：…/答：…, batch 101's 淮北)", () => {
  const text = [
    "【图文解读】一图读懂2022年某市政府工作报告主要预期目标",
    "一问：今年全市经济社会发展的主要预期目标有哪些？",
    "答：《政府工作报告》提出，2022年全市地区生产总值增长7.5%以上。",
    "二问：去年的主要预期目标完成得怎么样？",
    "答：2021年，全市16项主要预期目标中，有14项完成或超额完成。",
    "地区生产总值增长9.1%，比年初目标高1.1个百分点。",
    "三问：今年地区生产总值增速为什么定在7.5%以上？",
    "答：主要基于三方面考虑。",
    "一是与全省目标相衔接，全省提出7%以上的预期目标，我市高出全省0.5个百分点。",
    "【数说目标】",
    "◆地区生产总值",
    "目标值：增长7.5%以上",
    "2021年完成：增长9.1%",
    "解读：比去年“8%以上”的目标调低0.5个百分点，与全省的目标调整相一致。",
  ].join("\n");
  const report = analyzeReport(text, { fileName: "x-2022-news.txt" });
  const kind = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!.kind;

  it("reads the answer to a question on last year's results as results", () => {
    expect(kind("地区生产总值增长9.1%")).toBe("achievement");
  });

  it("reads a card's year-and-完成 line as the year's result, its 解读 as an explanation, its metric heading as a name", () => {
    expect(kind("2021年完成")).toBe("achievement");
    expect(kind("解读：")).toBe("other");
    expect(kind("◆地区生产总值")).toBe("other");
  });

  it("reads the answer to a question on why a target was set as its explanation", () => {
    expect(kind("答：主要基于三方面考虑")).toBe("other");
    expect(kind("一是与全省目标相衔接")).toBe("other");
  });

  it("names the card's target and result by the card's heading", () => {
    const of = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!.indicators[0];
    expect([of("目标值").metric, of("目标值").modality]).toEqual(["gdp", "target"]);
    expect([of("2021年完成").metric, of("2021年完成").modality, of("2021年完成").value]).toEqual(["gdp", "actual", 9.1]);
  });
});

describe("a WeChat post's numbered parts (▌01 | 2020年成绩单, batch 98's 鄞州)", () => {
  const post = [
    "划重点！2021年某区政府工作报告出炉",
    "▌01 | 2020年成绩单",
    "👉 地区生产总值2352.9亿元，增长3.2%",
    "▌03 | 2021年主要预期目标",
    "👉 一般公共预算收入增长6%",
    "👉 规上工业增加值增长8%",
  ].join("\n");
  const report = analyzeReport(post, { fileName: "x-2021-news.txt" });
  const kind = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!.kind;

  it("opens the review and the plan at their headings", () => {
    expect(kind("👉 地区生产总值")).toBe("achievement");
    expect(kind("👉 一般公共预算收入")).toBe("goal");
    expect(kind("👉 规上工业增加值")).toBe("goal");
  });
});

describe("a blog copy's blank between a figure and a character (batch 102's 思明)", () => {
  it("reads 2015 年和“十二五”时期工作回顾 as the year's review and the plan period's", () => {
    const report = analyzeReport(["某区2016年政府工作报告", "一、2015 年和“十二五”时期工作回顾", "全年实现地区生产总值 978.4 亿元，增长 7.6%, 高于全市 0.4 个百分点。"].join("\n"));
    const [level, growth] = report.sentences.find((s) => s.text.startsWith("全年实现"))!.indicators;
    expect([level.value, growth.value]).toEqual([97840000000, 7.6]);
    expect(growth.qualifiers).not.toContain("累计");
  });
});

describe("a digest of deputies' discussion (batch 100's 贵港)", () => {
  const text = [
    "代表委员热议政府工作报告",
    "本报讯 市人大代表、市水泥协会会长黄明说，去年全市水泥产量增长6.1%。",
    "他建议今年再淘汰落后水泥产能100万吨以上。",
    "市政协委员吴海林希望市里加大对县域工业的支持力度。",
  ].join("\n");
  const report = analyzeReport(text, { fileName: "x-2014-news.txt" });
  const sentence = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a proposal as theirs, neither a goal nor a result of the report, and its figure as what they propose", () => {
    expect(sentence("他建议").kind).toBe("other");
    expect(sentence("他建议").indicators[0].modality).toBe("target");
    expect(sentence("市政协委员吴海林").kind).toBe("other");
  });
});

describe("smaller readings of round 39", () => {
  it("keys 地方级一般公共预算收入 as the general budget revenue", () => {
    const [revenue] = achieved("地方级一般公共预算收入34.1亿元，同口径增长7.2%。");
    expect(revenue.metric).toBe("general-budget-revenue");
  });

  it("reads a count with 余 after a blogger's blank (260 余个)", () => {
    const [problems] = achieved("帮助企业解决融资、用工等实际困难 260 余个。");
    expect([problems.value, problems.unit]).toEqual([260, "个"]);
  });
});

describe("names of the 2000s (batch 99's 鸡西)", () => {
  it("keys 对外贸易进出口总值 as the trade total", () => {
    expect(lookupMetric("对外贸易进出口总值").key).toBe("trade-total");
    expect(lookupMetric("外贸进出口总值").key).toBe("trade-total");
  });

  it("drops 依法 before what was closed", () => {
    const [closed] = achieved("依法关闭小煤矿46处。");
    expect(closed.label).toBe("关闭小煤矿");
  });
});

describe("a result's shortfall against its own target, said as a comparison (batches 98 and 99)", () => {
  it("is named 低于 the target, whatever the clause's word order", () => {
    expect(problem("我们也清醒地看到，生产总值增速比预期目标低0.8个百分点。")[0].label).toBe("生产总值增速低于预期目标");
    expect(problem("去年投资增速比年初目标低4.4个百分点。")[0].label).toBe("投资增速低于年初目标");
    expect(problem("规模以上工业增加值增速低于年初预期0.6个百分点。")[0].label).toBe("规模以上工业增加值增速低于年初预期");
  });
});

describe("a news article saying what the report does (batch 98's 沧州日报)", () => {
  it("opens no review with 报告回顾了过去一年的工作。: the targets after it stay targets", () => {
    const article = [
      "我市今年生产总值预期增长10%左右",
      "本报讯（记者 李文）2月16日上午，市人民代表大会开幕。",
      "报告回顾了过去一年的工作。去年，全市生产总值增长11.2%。",
      "报告提出，今年全市经济社会发展的主要预期目标是：生产总值增长10%左右。",
      "今年我市将实施亿元以上重点项目180项。",
    ].join("\n");
    const report = analyzeReport(article, { fileName: "x-2009-news.txt" });
    const kind = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!.kind;
    expect(kind("报告提出")).toBe("goal");
    expect(kind("今年我市将")).toBe("goal");
    expect(kind("去年，全市")).toBe("achievement");
  });
});

describe("a press conference's own words (batch 99's 乌海)", () => {
  it("reads the host's thanks, the call for questions and the report's parts as the meeting's, no goal", () => {
    const text = [
      "乌海市2017年政府工作报告新闻发布会实录",
      "主持人：今天我们邀请了市政府研究室主任刘志坚介绍报告的有关情况。",
      "刘志坚：今年的《政府工作报告》共分两个部分。",
      "今年全市地区生产总值预期增长7%左右。",
      "孟繁宇：谢谢刘主任。",
      "下面请各位记者提问，提问前请通报所在的新闻机构。",
    ].join("\n");
    const report = analyzeReport(text, { fileName: "x-2017-news.txt" });
    const kind = (part: string) => report.sentences.find((s) => s.text.includes(part))!.kind;
    expect(kind("共分两个部分")).toBe("other");
    expect(kind("谢谢刘主任")).toBe("other");
    expect(kind("下面请各位记者提问")).toBe("other");
    expect(kind("预期增长7%左右")).toBe("goal");
  });
});
