// The thirty-fifth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, planned } from "./test-readers";
import { arabicYears } from "@/lib/text/chinese-numerals";
import { cleanTitle } from "@/lib/text/metadata";
import { blankMailQuotes } from "@/lib/text/mail-quotes";
import { partFromHeading } from "@/lib/text/parts";

const byText = (report: ReturnType<typeof analyzeReport>, start: string) => {
  const found = report.sentences.find((s) => s.text.startsWith(start));
  if (!found) throw new Error(`no sentence opens on ${start}`);
  return found;
};

describe("a progress report on the report's targets (进展情况的通报)", () => {
  const text = [
    "关于2024年《政府工作报告》目标任务上半年进展情况的通报",
    "各县（市、区）人民政府，市政府各部门：",
    "　　现将有关情况通报如下：",
    "　　一、主要预期目标进展情况",
    "　　1.地区生产总值：年度目标增长6%左右。上半年全市实现地区生产总值1200亿元，增长6.2%，高于年度目标0.2个百分点。",
    "　　2.一般公共预算收入：年度目标增长5%。上半年完成80.5亿元，同口径增长5.6%，完成年度目标的52.1%。",
    "　　二、下步工作要求",
    "　　各牵头单位要对照目标任务倒排工期，确保完成全年目标任务。",
  ].join("\n");
  const report = analyzeReport(text);

  it("is a document of its own, and its headings naming progress open a review", () => {
    expect(report.metadata.kind).toBe("document");
    expect(partFromHeading("一、主要预期目标进展情况")).toBe("review");
    expect(partFromHeading("三、重点工作任务推进情况")).toBe("review");
    expect(partFromHeading("五、下步工作要求")).toBe("plan");
  });

  it("reads the addressees and the hand-over line as framing, a quoted year's target as a goal and the half-year figures as results", () => {
    expect(byText(report, "各县（市、区）人民政府").kind).toBe("other");
    expect(byText(report, "现将有关情况通报如下").kind).toBe("other");
    expect(byText(report, "1.地区生产总值：年度目标").kind).toBe("goal");
    expect(byText(report, "上半年全市实现").kind).toBe("achievement");
    expect(byText(report, "各牵头单位要").kind).toBe("goal");
  });

  it("names the year's target after the item, and the half-year figures after the item and the part of the year", () => {
    const target = byText(report, "2.一般公共预算收入：年度目标").indicators[0];
    expect(target).toMatchObject({ label: "一般公共预算收入", value: 5, type: "growth" });
    const labels = byText(report, "上半年完成80.5亿元").indicators.map((i) => i.label);
    expect(labels.slice(0, 2)).toEqual(["上半年一般公共预算收入", "上半年一般公共预算收入"]);
    // (上半年 keeps its 年 in the plan-done rate's name.)
    expect(labels[2]).toBe("上半年目标完成率");
  });
});

describe("a report forwarded by mail as plain text", () => {
  const wrapped = [
    "发件人：张三 <zhangsan@example.cn>",
    "发送时间：2025年1月16日 14:37",
    "主题：转发: 报告定稿",
    "附件：报告定稿.docx (186 KB)",
    "",
    "-------- 原始邮件 --------",
    ...Array.from({ length: 6 }, (_, i) => `> 第${i + 1}行的引用说明文字。`),
    "> 政府工作报告",
    "> ",
    "> ——2025年1月16日在某市第五届人民代表大会第五次会议上",
    "> ",
    "> 　　初步核算，全年地区生产总值2098.7亿元，增长5.9%；社会消费品零售总额597.",
    "> 2亿元，增长5.1%；一般公共预算收入118.5亿元，同口径增长5.2%；居民消费价格上",
    "> 涨0.4%。城镇新增就业3.2万人，城镇调查失业率控制在5.5%以内，粮食总产量稳定在",
    "> 110万吨以上，全年接待游客3712万人次，实现旅游总花费405.6亿元，分别增长13.0%",
    "> 和15.1%。",
    ...Array.from({ length: 10 }, (_, i) => `> 　　新建项目${i + 1}个，完成投资${i + 2}亿元。`),
    "",
    "--",
    "某市人民政府办公室新闻科　张三",
    "电话：0777-2822306 转 8017",
    "【保密提示】本邮件及其附件含有发件单位的保密信息，仅限上述收件人使用。",
  ].join("\n");

  it("blanks the quote marks without moving an offset, and leaves an unquoted text alone", () => {
    const view = blankMailQuotes(wrapped);
    expect(view?.view.length).toBe(wrapped.length);
    expect(view?.view).not.toMatch(/^>/m);
    expect(blankMailQuotes("各位代表：\n> 一行引用\n现在我代表市人民政府向大会报告工作。")).toBeNull();
  });

  it("joins the lines the mail program wrapped inside a figure, and drops the mail's head and foot", () => {
    const report = analyzeReport(wrapped);
    expect((report.warnings ?? []).map((w) => w.code)).toContain("mail-quotes");
    // (The signature under -- and the notice are the mail's: the report does not end mid-sentence.)
    expect((report.warnings ?? []).map((w) => w.code)).not.toContain("truncated");
    const values = report.sentences.flatMap((s) => s.indicators.map((i) => `${i.label}=${i.value}`));
    expect(values).toContain("社会消费品零售总额=59720000000");
    expect(report.sentences.map((s) => s.text).join("")).not.toMatch(/发件人|发送时间|原始邮件|保密提示|电话：/);
  });
});

describe("figures the archive and web copies of earlier decades write", () => {
  it("reads a year typed with letter O's for its zeros", () => {
    expect(arabicYears("一、二ＯＯＯ年和“九五”时期工作回顾")).toBe("一、2000年和“九五”时期工作回顾");
    expect(arabicYears("二OO一年的主要任务")).toBe("2001年的主要任务");
  });

  it("keeps a review of the year and the five-year plan the year's: its growth rates answer the year's targets", () => {
    const review = analyzeReport("一、二ＯＯＯ年和“九五”时期工作回顾\n全市实现国内生产总值１３３．２亿元，增长１１．６％。");
    const growth = review.sentences.flatMap((s) => s.indicators).find((i) => i.type === "growth");
    expect(growth?.qualifiers).not.toContain("累计");
  });

  it("gives a figure restated in another unit (合…) the name of the figure it restates", () => {
    const report = analyzeReport("一、1986年工作回顾\n全年粮食总产128.6万吨，合25.72亿斤，比上年减少3.2%。");
    expect(report.sentences.flatMap((s) => s.indicators).map((i) => i.label)).toEqual(["粮食总产", "粮食总产", "粮食总产"]);
  });

  it("names a count right after the things a threshold counts with the threshold, as a count of projects is named", () => {
    const found = achieved("新增销售收入超10亿元企业6家，总数达到19家。");
    expect(found.find((i) => i.value === 6)?.label).toBe("新增销售收入超10亿元企业");
  });

  it("counts days (空气质量二级以上天数) as a count", () => {
    expect(achieved("空气质量二级以上天数达到326天。")[0]).toMatchObject({ type: "count", value: 326 });
  });

  it("names a second margin of a list by the metric, not by the first margin (高于全省…、高于全国…)", () => {
    const labels = achieved("全市地区生产总值增长6.3%，增速高于全省0.1个百分点、高于全国0.2个百分点。").map((i) => i.label);
    expect(labels).toContain("地区生产总值增速高于全国");
  });

  it("drops a prohibition's modal from the name (不得突破)", () => {
    expect(planned("全民所有制单位基本建设投资不得突破4.5亿元。")[0].label).toBe("全民所有制单位基本建设投资");
  });
});

describe("a statistics bulletin's products table", () => {
  it("reports results when no column names a target", () => {
    const bulletin = analyzeReport(["某市2011年国民经济和社会发展统计公报", "表1　2011年主要工业产品产量", "产品名称　　单位　　产量　　比上年增长（%）", "原盐　　万吨　　318.6　　5.1", "烧碱　　万吨　　27.4　　8.9", "水泥　　万吨　　486.2　　14.3"].join("\n"));
    const rows = bulletin.sentences.filter((s) => s.indicators.length > 0);
    expect(rows.length).toBe(3);
    for (const row of rows) for (const i of row.indicators) expect(i.modality).toBe("actual");
  });
});

describe("copies of the round: page navigation, notes, tables in per cents, editors' notes", () => {
  it("reads a sentence on across a portal's page navigation with its page count", () => {
    const report = analyzeReport("一、2015年工作回顾\n　　实施500万元以上技改项目326个，新增规模以上工业企\n第1页　共3页　［1］　2　3　下一页\n业162家，新认定高新技术企业24家。\n");
    expect(report.sentences.some((s) => s.text.includes("新增规模以上工业企业162家"))).toBe(true);
  });

  it("reads 注　释 (set with a blank) as the notes, no part of the plan", () => {
    expect(partFromHeading("注　释")).toBe("other");
  });

  it("reads per cents in a table row named by a growth rate with no unit", () => {
    const report = analyzeReport(["单位：%（注明者除外）", "指标 | 2022年目标 | 2022年完成 | 2023年目标", "地区生产总值增长 | 7.5左右 | 4.6 | 6.5左右", "城镇调查失业率 | 5.5以内 | 5.1 | 5.5以内"].join("\n"));
    const figures = report.sentences.flatMap((s) => s.indicators);
    expect(figures.length).toBe(6);
    for (const figure of figures) expect(figure.unit).toBe("%");
    expect(figures.find((f) => f.value === 4.6)).toMatchObject({ type: "growth", modality: "actual" });
  });

  it("says an edition's editors' note is theirs, and reads it in the plan by its own words", () => {
    const report = analyzeReport(["二、2024年主要目标任务", "　　地区生产总值增长5.5%左右。", "　　【对比】去年的目标是“6%左右”，实际完成4.6%。"].join("\n"));
    const note = byText(report, "【对比】");
    expect(note.reason).toMatch(/^编者按语/);
    expect(note.kind).not.toBe("goal");
  });
});

describe("metadata of the round's copies", () => {
  it("reads a paper's editorial as an article about the report, of the place its masthead names", () => {
    const text = ["酒泉日报", "2020年01月10日　星期五　第01版：要闻", "凝心聚力抓落实　奋楫争先开新局", "本报评论员", "", "　　市四届人大五次会议胜利召开。", "　　全市地区生产总值增长6.3%，看看周边，嘉峪关市增长5.9%。", "　　目标已经明确，关键在于落实。"].join("\n");
    const meta = analyzeReport(text).metadata;
    expect(meta.kind).toBe("news");
    expect(meta.region).toBe("酒泉市");
  });

  it("reads a legal database's field block and its foot as furniture, and its title without the field's name", () => {
    const text = ["【法规标题】某市2006年政府工作报告", "【发布部门】某市人民政府", "【发布日期】2006.02.20", "【效力级别】地方工作文件", "【全文】", "某市人民政府工作报告", "各位代表：", "　　全市地区生产总值增长13%。", "【法宝引证码】CLI.13.208561", "相关资料", "某市2005年政府工作报告"].join("\n");
    const report = analyzeReport(text);
    expect(report.sentences.map((s) => s.text).join("")).not.toMatch(/发布部门|效力级别|法宝引证码|相关资料|2005年政府工作报告/);
    expect((report.warnings ?? []).map((w) => w.code)).not.toContain("truncated");
  });

  it("cleans the browser's date and the site's name off a printed page's title", () => {
    expect(cleanTitle("2021/2/3 上午10:15 衡阳市2021年政府工作报告_衡阳市人民政府门户网站")).toBe("衡阳市2021年政府工作报告");
    expect(cleanTitle("【法规标题】扬州市2006年政府工作报告")).toBe("扬州市2006年政府工作报告");
  });
});

describe("a document's head and foot", () => {
  it("takes the region from the document, not from a zone's committee among its addressees, and reads its sign-off as its end", () => {
    const text = ["关于2019年《政府工作报告》目标任务上半年进展情况的通报", "各县（市、区）人民政府，济宁高新区、太白湖新区管委会，市政府各部门：", "　　全市地区生产总值增长7.1%，济宁市经济运行总体平稳。", "　　济宁市固定资产投资增长8.6%。", "济宁市人民政府督查室", "2019年7月16日", "主办：济宁市人民政府办公室　　承办：济宁市大数据中心"].join("\n");
    const report = analyzeReport(text);
    expect(report.metadata.region).toBe("济宁市");
    expect((report.warnings ?? []).map((w) => w.code)).not.toContain("truncated");
  });
});

describe("a division of the report's work", () => {
  it("reads who answers for a task and by when, and the publication note, as framing, and the task itself as a goal", () => {
    const text = ["十堰市人民政府办公室关于印发2023年《政府工作报告》重点工作责任分工方案的通知", "各县市区人民政府，市政府各部门：", "一、地区生产总值增长6.5%左右。", "牵头单位：市发改委", "责任单位：各县市区政府", "完成时限：2023年12月底", "市人民政府办公室", "2023年2月10日", "（此件公开发布）"].join("\n");
    const report = analyzeReport(text);
    expect(byText(report, "一、地区生产总值").kind).toBe("goal");
    for (const start of ["牵头单位", "责任单位", "完成时限", "（此件公开发布）"]) expect(byText(report, start).kind).toBe("other");
    // (The issuing office names the place; the publication note under the date ends the document.)
    expect(report.metadata.region).toBe("十堰市");
    expect((report.warnings ?? []).map((w) => w.code)).not.toContain("truncated");
  });
});

describe("an archive compilation's notes", () => {
  it("reads the compiler's 〔n〕 notes under 注　释 as notes, no part of the plan", () => {
    const text = ["二、一九八七年的主要任务", "　　全市工农业总产值增长9.5%。", "　　（据市档案馆藏市十届人大四次会议文件排印）", "　　注　释", "　　〔1〕第七个五年计划：即一九八六年至一九九○年国民经济和社会发展第七个五年计划。", "　　〔2〕“双增双节”：指增产节约、增收节支运动。"].join("\n");
    const report = analyzeReport(text);
    expect(byText(report, "〔1〕").part).toBe("other");
    expect(byText(report, "〔2〕").kind).not.toBe("goal");
  });
});
