// The thirty-seventh round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { lookupMetric } from "./lookup-metric";

describe("an appended table of main indicators (附表：主要指标)", () => {
  const text = [
    "某区2023年政府工作报告",
    "一、2022年工作回顾",
    "全区地区生产总值增长5.6%。",
    "二、2023年工作安排",
    "地区生产总值增长5%左右。",
    "附表：主要指标",
    "序号  指标\t单位\t2022年目标\t2022年完成\t全市2022年完成\t2023年目标",
    "1\t地区生产总值增速\t%\t6左右\t5.6\t4.9\t5左右",
    "2  城镇新增就业  万人  1.5以上  1.71  22.3  1.5以上",
    "3 细颗粒物（PM2.5）年均浓度 微克/立方米 33左右 31 32 持续改善",
    "4\t接诉即办解决率\t%\t90以上\t92.6\t—\t93以上",
  ].join("\n");
  const report = analyzeReport(text);
  const row = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("parts a header's cells at a run of blanks as at a tab, so the rows' columns stay under their names", () => {
    const gdp = row("1\t地区");
    expect(gdp.kind).toBe("achievement");
    expect(gdp.indicators.map((i) => [i.value, i.modality])).toEqual([[6, "target"], [5.6, "actual"], [4.9, "actual"], [5, "target"]]);
  });

  it("reads the wider place's column as that place's figure, never the district's", () => {
    const jobs = row("2  城镇").indicators;
    expect(jobs.filter((i) => !i.place).map((i) => i.value)).toEqual([15000, 17100, 15000]);
    expect(jobs.find((i) => i.value === 223000)?.place).toBe("全市");
  });

  it("reads a row whose cells one blank parts, inside the table, as a row of it", () => {
    const pm = row("3 细颗粒物");
    expect(pm.kind).toBe("achievement");
    expect(pm.indicators.filter((i) => !i.place).map((i) => [i.value, i.modality])).toEqual([[33, "target"], [31, "actual"]]);
  });

  it("keeps the rows after it in the same table: a row's number is no figure", () => {
    expect(row("4\t接诉").indicators.map((i) => i.value)).toEqual([90, 92.6, 93]);
  });
});

describe("an OCR text of a printed booklet", () => {
  const figures = (text: string) => analyzeReport(text).sentences.flatMap((s) => s.indicators).map((i) => [i.value, i.unit]);

  it("reads a decimal point OCR took for a comma, not a thousands' group", () => {
    expect(figures("预计全市生产总值增长6，8%，粮食总产量57，3亿斤。")).toEqual([[6.8, "%"], [5730000000, "斤"]]);
    expect(figures("完成投资1，120亿元。")).toEqual([[112000000000, "元"]]);
  });

  it("reads 〇 and 丨 between digits, and a letter opening or closing a figure, as the digits", () => {
    expect(figures("办理人大代表建议2丨6件，单个项目投资5〇00万元以上。")).toEqual([[216, "件"], [50000000, "元"]]);
    expect(figures("一般公共预算收入增长l2.6%，确保剩余O.6万人脱贫，细颗粒物浓度控制在6O微克/立方米以内。")).toEqual([[12.6, "%"], [6000, "人"], [60, "微克/立方米"]]);
  });

  it("reads 忆 for 亿 and 入 for 人 after a figure, and says so", () => {
    const report = analyzeReport("完成投资71 2.5忆元，新增城镇就业4.36万入。");
    expect(report.sentences.flatMap((s) => s.indicators).map((i) => [i.value, i.unit])).toEqual([[71250000000, "元"], [43600, "人"]]);
    expect(report.warnings?.some((w) => w.code === "ocr-slips")).toBe(true);
  });

  it("keeps a unit of two characters that a blank parts from its number", () => {
    expect(figures("新建改建农村公路915 公里。")).toEqual([[915, "公里"]]);
  });
});

describe("sentence kinds", () => {
  const kindOf = (text: string, start: string) => analyzeReport(text).sentences.find((s) => s.text.startsWith(start))!;

  it("reads a group helped into work as no problem", () => {
    const text = "一、2021年工作回顾\n城镇新增就业1.52万人，帮扶困难群体就业2160人。";
    expect(kindOf(text, "城镇").kind).toBe("achievement");
  });

  it("reads a news article's bare 【去年成绩单】 as the results it heads", () => {
    const text = "本报讯（记者 王某）1月8日，某市第十六届人民代表大会第三次会议开幕。\n【去年成绩单】\n去年全市地区生产总值增长6.1%。\n【今年目标】\n今年地区生产总值增长6%左右。";
    expect(kindOf(text, "【去年成绩单】").kind).toBe("achievement");
    expect(kindOf(text, "【今年目标】").kind).toBe("other");
  });

  it("reads why the targets were set as they were as no target", () => {
    const text = "二、2018年工作安排\n地区生产总值增长8%左右。\n上述目标与福州市确定的8.5%左右的经济增长目标保持一致，体现了高质量发展的要求。\n上述目标，既与全省增长8.5%左右的预期目标相衔接，又考虑了现实需要。\n上述目标，统筹考虑了经济发展趋势。";
    for (const start of ["上述目标与", "上述目标，既", "上述目标，统筹"]) expect(kindOf(text, start).kind).toBe("other");
  });
});

describe("a portal's reading edition of the report", () => {
  const text = [
    "一、2017年工作回顾",
    "　　全区地区生产总值预计3071亿元，增长6.8%；新增“四上”企业[注1]236家。",
    "注1：“四上”企业，指规模以上工业企业、有资质的建筑业企业等。",
    "【数说2017·经济】",
    "3071亿元　地区生产总值（预计），比上年增长6.8％",
    "236家　新增“四上”企业，总数达2382家",
    "二、2018年工作安排",
  ].join("\n");
  const report = analyzeReport(text);
  const at = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a glossary note as no result", () => {
    expect(at("注1：").kind).toBe("other");
  });

  it("reads each data panel line on its own, the figure named by the words after the blank", () => {
    const gdp = at("3071亿元");
    expect(gdp.kind).toBe("achievement");
    expect(gdp.indicators.map((i) => [i.label, i.value, i.modality])).toEqual([["地区生产总值", 307100000000, "estimate"], ["地区生产总值", 6.8, "estimate"]]);
    expect(at("236家").indicators[0]).toMatchObject({ label: "新增“四上”企业", value: 236 });
  });
});

describe("a news article's subheads with a year and no 年", () => {
  const text = "本报讯（记者 王某）1月9日，某区第十八届人民代表大会第四次会议开幕。\n【2023成绩单】\n全区地区生产总值增长6.1%。\n【2024目标】\n全区地区生产总值增长6%左右。";
  const report = analyzeReport(text);
  it("reads 【2024目标】 as opening the plan, after 【2023成绩单】's results", () => {
    expect(report.sentences.find((s) => s.text.startsWith("全区地区生产总值增长6%"))?.kind).toBe("goal");
    expect(report.sentences.find((s) => s.text.startsWith("全区地区生产总值增长6.1%"))?.kind).toBe("achievement");
  });
});

describe("names and places", () => {
  it("gives a county's paragraph in a city's review (赫山区：…) that county's figures", () => {
    const report = analyzeReport("益阳市2013年政府工作报告\n——2013年1月8日在益阳市第五届人民代表大会第二次会议上\n一、2012年工作回顾\n全市地区生产总值增长12.1%。\n赫山区：实现地区生产总值178.6亿元，增长14.8%。\n桃江县：实现地区生产总值120.5亿元，增长13.2%。");
    const county = report.sentences.find((s) => s.text.startsWith("赫山区"))!;
    expect(county.indicators.map((i) => i.place)).toEqual(["赫山区", "赫山区"]);
    expect(report.sentences.find((s) => s.text.startsWith("全市"))!.indicators[0].place).toBeUndefined();
  });

  it("names what is held down, not the holding (严格控制一般性支出，压减5%)", () => {
    const [cut] = analyzeReport("二、2016年工作安排\n严格控制一般性支出，压减5%以上。").sentences.flatMap((s) => s.indicators);
    expect([cut.label, cut.value]).toEqual(["一般性支出", -5]);
  });
});

describe("the words around the report's figures", () => {
  const kindOf = (text: string, start: string) => analyzeReport(text).sentences.find((s) => s.text.startsWith(start))!;

  it("reads the quoted pitch of a target as no target", () => {
    const text = "本报讯（记者 王某）1月8日，某市十六届人大三次会议开幕。\n【今年目标】\n今年全市地区生产总值增长6%左右。\n“这个目标是积极稳妥的，既考虑了需要，也考虑了可能。”\n“这是一个积极稳妥、经过努力可以实现的目标。”\n“目标既积极又稳妥，留有余地。”";
    for (const start of ["“这个目标", "“这是一个", "“目标既积极"]) expect(kindOf(text, start).kind).toBe("other");
    expect(kindOf(text, "今年全市").kind).toBe("goal");
  });

  it("reads the chair's lines around the report in a record of the sitting as no goal", () => {
    const text = "二、2009年工作安排\n地区生产总值增长10%左右。\n让我们团结一心，共创美好未来！\n陆某某：谢谢王某某市长的报告。\n请各代表团于今天下午2时30分分团审议政府工作报告。\n下面进行大会第二项议程，审查计划报告。\n大会开幕会到此结束，散会。";
    for (const start of ["陆某某", "请各代表团", "下面进行", "大会开幕会"]) expect(kindOf(text, start).kind).toBe("other");
  });

  it("reads an appendix's caption as no goal", () => {
    expect(kindOf("二、2023年工作安排\n地区生产总值增长6%。\n附件：2023年十件民生实事", "附件").kind).toBe("other");
  });

  it("reads a result after the impact it came under (受…影响，…) as the result", () => {
    expect(kindOf("一、2005年工作回顾\n受氧化铝价格上涨和电力供应紧张影响，电解铝产量为43.8万吨。", "受氧化铝").kind).toBe("achievement");
  });
});

describe("a result's margin over its own target", () => {
  it("names the margin by the words of the text and keeps it the result's, not a target", () => {
    const report = analyzeReport("一、2021年工作回顾\n全区地区生产总值增长6.8%，高于年初预期目标0.8个百分点。\n固定资产投资增长2.2%，低于年初目标2.8个百分点。");
    const margins = report.sentences.flatMap((s) => s.indicators).filter((i) => i.unit === "个百分点");
    expect(margins.map((i) => [i.label, i.value, i.modality, i.qualifiers])).toEqual([
      ["地区生产总值增速高于年初预期目标", 0.8, "actual", []],
      ["固定资产投资增速低于年初目标", 2.8, "actual", []],
    ]);
  });

  it("keeps a plan's target set against last year's a target", () => {
    const [cut] = analyzeReport("二、2022年工作安排\n地区生产总值增长目标比上年调低0.5个百分点。").sentences.flatMap((s) => s.indicators);
    expect(cut.modality).toBe("target");
  });
});

describe("the lexicon", () => {
  it("knows 空气质量优良天数率 as the share of good-air days", () => {
    const [rate] = analyzeReport("一、2023年工作回顾\n空气质量优良天数率81.1%。").sentences.flatMap((s) => s.indicators);
    expect(rate.metric).toBe("good-air-rate");
  });
});

describe("a transcript's slips", () => {
  it("reads 增涨 before a figure as 增长 and a unit spoken as 微克每立方米 as 微克/立方米, and says so", () => {
    const report = analyzeReport("一、2021年工作回顾\n全市地区生产总值4977亿元，增涨百分之十点一，PM2.5平均浓度19微克每立方米。");
    expect(report.sentences.flatMap((s) => s.indicators).map((i) => [i.metric, i.value, i.unit])).toEqual([["gdp", 497700000000, "元"], ["gdp", 10.1, "%"], ["pm25", 19, "微克/立方米"]]);
    expect(report.warnings?.find((w) => w.code === "ocr-slips")?.count).toBe(2);
  });

  it("knows 新增规模工业企业 as the firms newly above the designated size", () => {
    const [firms] = analyzeReport("二、2013年工作安排\n新增规模工业企业80家以上。").sentences.flatMap((s) => s.indicators);
    expect(firms.metric).toBe("new-above-scale-industrial-firms");
  });
});

describe("more names", () => {
  const labels = (text: string) => analyzeReport(text).sentences.flatMap((s) => s.indicators).map((i) => i.label);

  it("keeps an aim's lead and a plan's modal after who plans out of the name", () => {
    expect(labels("二、2013年工作安排\n为实现“十二五”末地区生产总值突破1300亿元的目标，今年要加快发展。")[0]).toBe("“十二五”末地区生产总值");
    expect(labels("本报讯（记者 王某）市人大代表李某说：“今年企业计划新增研发投入2亿元。”")).toContain("企业新增研发投入");
  });

  it("keeps a plan's own amount named as it is (年度计划投资)", () => {
    expect(labels("二、2018年工作安排\n实施市重点项目120个，年度计划投资320亿元。")).toContain("市重点项目年度计划投资");
  });

  it("knows a project threshold named for its kind (单个工业项目投资规模) as the threshold", () => {
    for (const name of ["单个工业项目投资规模", "单个项目总投资规模", "单个技改项目投资规模"]) expect(lookupMetric(name).key).toBe("project-size");
  });
});

describe("a 2000s portal's breadcrumb", () => {
  it("is page furniture, never the title (您现在的位置：首页 >> 政务公开 >> 正文)", () => {
    const report = analyzeReport("运城市人民政府门户网站\n您现在的位置：首页 >> 政务公开 >> 政府工作报告 >> 正文\n2006年运城市人民政府工作报告\n一、2005年工作回顾\n全市生产总值增长13.6%。");
    expect(report.metadata.title).not.toMatch(/位置/);
    expect(report.sentences.some((s) => s.text.includes("您现在的位置"))).toBe(false);
  });
});
