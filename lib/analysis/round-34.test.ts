// The thirty-fourth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { compareSides } from "@/lib/compare/compare-sides";
import { sideInput } from "@/lib/compare/side-from-analyzed";
import { achieved } from "./test-readers";

describe("words that open on a character the name-cleaner strips as a lead", () => {
  it("keeps 从业 and 从事 (engaged in), which are no 从 (from)", () => {
    expect(achieved("全县纺织服装产业新增就业2.3万人，从业人员达到13.6万人。").map((i) => i.label)).toContain("从业人员");
    expect(achieved("从事农业的人员减少到3万人。")[0].label).toMatch(/^从事农业/);
  });

  it("drops 及时 (promptly) with the verb after it", () => {
    expect(achieved("及时发放临时生活救助金1.86亿元。")[0].label).toBe("临时生活救助金");
  });
});

describe("a note on how the report's draft was changed (修改情况的说明)", () => {
  const note = [
    "关于《政府工作报告》（征求意见稿）",
    "修改情况的说明",
    "某市人民政府研究室",
    "（2020年1月8日）",
    "市人大会议主席团、各位代表：",
    "截至1月7日，共收到代表意见建议86条。",
    "一、关于主要预期目标",
    "1.将“地区生产总值增长6.5%左右”修改为“地区生产总值增长6%左右”。",
    "去年全市固定资产投资仅增长3.6%，连续两年未完成年度目标。",
    "2.将“力争新建5G基站1000个”修改为“确保新建5G基站1000个”。",
  ].join("\n");

  it("reads every sentence as other, the quoted targets too, and says why", () => {
    const { metadata, sentences } = analyzeReport(note);
    expect(metadata.title).toBe("关于《政府工作报告》（征求意见稿）修改情况的说明");
    // The issuing office and the date under the title are its title block, no headings of the text.
    expect(metadata.meetingDate).toBe("2020-01-08");
    expect(sentences.some((s) => /研究室|2020年1月8日/.test(s.text))).toBe(false);
    expect(sentences.length).toBeGreaterThan(4);
    for (const s of sentences) expect(s.kind, s.text).toBe("other");
    expect(sentences.find((s) => s.text.startsWith("1.将"))?.reason).toContain("修改情况说明");
  });

  it("leaves a report that mentions such a note in its body a report", () => {
    const report = "一、2020年工作安排\n根据代表意见修改情况的说明，地区生产总值增长6%左右。\n";
    expect(analyzeReport(report).sentences.at(-1)?.kind).toBe("goal");
  });
});

describe("a broadcast's speech-recognition transcript, a time code opening each run of lines ([00:01:38] …)", () => {
  const transcript = [
    "[00:01:02] 一 两千零二十二年工作回顾",
    "两千零二十二年是极不平凡的一年 面对疫情反复冲击 经济社会发展大局保持稳定",
    "[00:01:38] 全区实现地区生产总值四千零二十六点八亿元，增长百分之二点五，经济总量迈上四千亿元新台阶",
    "规模以上工业总产值突破九千亿元",
    "[00:01:59] 固定资产投资增长百分之十点三 社会消费品零售额一千二百二十三点一亿元",
  ].join("\n");

  it("starts a unit at each time code, and names a figure without the code", () => {
    const { sentences } = analyzeReport(transcript);
    const opening = (words: string) => sentences.find((s) => s.text.includes(words));
    expect(opening("全区实现地区生产总值")).not.toBe(opening("两千零二十二年是"));
    expect(opening("固定资产投资增长")).not.toBe(opening("规模以上工业总产值"));
    const labels = sentences.flatMap((s) => s.indicators.map((i) => i.label));
    expect(labels.some((label) => /[\]:]|^\d/.test(label))).toBe(false);
    expect(labels).toContain("固定资产投资");
  });
});

describe("a plan's appendix table: last year's target, its estimate, this year's target", () => {
  const sheet = [
    "二、2022年工作安排",
    "今年全市地区生产总值增长8%左右。",
    "指标名称\t单位\t2021年\t\t2022年\t属性",
    "\t\t目标\t预计完成\t目标\t",
    '地区生产总值\t亿元\t"1,880"\t"1,918.7"\t"2,080"\t预期性',
    "\t%\t8.5\t8.9\t8左右\t",
    "固定资产投资增长\t%\t9\t8.2\t10\t预期性",
  ].join("\n");

  it("reads each column's modality and sets the row to the plan year's target, saying why", () => {
    const rows = analyzeReport(sheet, { fileName: "x-2022.txt" }).sentences.filter((s) => s.flags.includes("table-row"));
    expect(rows.map((s) => s.kind)).toEqual(["goal", "goal", "goal"]);
    expect(rows[0].reason).toContain("2022年目标");
    // Last year's target is the figure the row moves on from, never a target of the plan year.
    expect(rows[1].indicators.map((i) => i.phase ?? null)).toEqual(["before", null, null]);
    expect(rows[1].indicators.map((i) => [i.label, i.value, i.unit, i.type, i.modality])).toEqual([
      ["地区生产总值", 8.5, "%", "growth", "target"],
      ["地区生产总值", 8.9, "%", "growth", "estimate"],
      ["地区生产总值", 8, "%", "growth", "target"],
    ]);
  });

  it("answers this year's target, not last year's, from the next report", () => {
    const next = ["一、2022年工作回顾", "全年固定资产投资增长10.5%。"].join("\n");
    const pairs = compareSides(sideInput(analyzeReport(sheet, { fileName: "x-2022.txt" }), "goal"), sideInput(analyzeReport(next, { fileName: "x-2023.txt" }), "achievement")).indicators;
    const investment = pairs.filter((p) => p.metric === "fixed-asset-investment" && p.left !== null);
    expect(investment.map((p) => [p.left?.value, p.right?.value ?? null])).toEqual([[10, 10.5]]);
  });

  // (Round 39: batch 97's 通州 reader reads such a table in the plan, after the 主要预期目标, as the plan's; batch 21's
  // 昆山 readers read it, appended under 附件 or 附表, as the year's results.)
  const table = ["指标名称\t单位\t2023年目标\t完成情况\t2024年目标", "地区生产总值增速\t%\t6左右\t5.6\t5.5左右", "固定资产投资增速\t%\t8\t6.1\t5"];
  const kinds = (lines: string[]) => analyzeReport(lines.join("\n"), { fileName: "x-2024.txt" }).sentences.filter((s) => s.flags.includes("table-row")).map((s) => s.kind);

  it("reads a row that sets a year's target against its result and the next year's target in an appendix as a result (附件)", () => {
    expect(kinds(["二、2024年工作安排", "今年全市地区生产总值增长5.5%左右。", "附件", "2023年主要指标完成情况及2024年主要预期目标", ...table])).toEqual(["achievement", "achievement"]);
  });

  it("reads the same row inside the plan, after its targets, as the plan's", () => {
    expect(kinds(["二、2024年工作安排", "今年全市地区生产总值增长5.5%左右。", ...table])).toEqual(["goal", "goal"]);
  });
});

describe("a WeChat account's copy of a report (batch 67's 赤峰)", () => {
  const copy = [
    "一、2020年工作回顾",
    "全年地区生产总值增长1.8%。",
    "二、2021年工作安排",
    "【1】坚定不移扩大有效投资",
    "全年实施重点项目500个。",
    "【2】推动产业转型升级",
    "新增规上工业企业80家。",
    "让我们为全面建设社会主义现代化而努力奋斗！",
    "",
    "END",
    "来源：某市发布",
    "责编：其木格　审核：张卫东",
    "往期推荐｜2020年全市GDP增长1.8%，高于全区1.6个百分点",
    "[图片]",
    "长按识别二维码关注我们",
  ].join("\n");

  it("reads a bracketed number before a plan's sub-heading as the sub-heading's number", () => {
    const { sentences } = analyzeReport(copy, { fileName: "x-2021.txt" });
    expect(sentences.find((s) => s.text.startsWith("【1】"))?.kind).toBe("goal");
    expect(sentences.find((s) => s.text.startsWith("【2】"))?.kind).toBe("goal");
  });

  it("reads the account's closing (END, its editors, the links to earlier posts) as no part of the report", () => {
    const texts = analyzeReport(copy, { fileName: "x-2021.txt" }).sentences.map((s) => s.text);
    expect(texts.some((t) => /END|责编|往期推荐|二维码/.test(t))).toBe(false);
  });
});

describe("an editor's note set in brackets inside a sentence (a yearbook's reprint)", () => {
  it("leaves the figure the name before the note", () => {
    const named = achieved("全市国内生产总值（编者注：1996年起本市以国内生产总值替代国民生产总值作为反映经济总量的主要指标）达到872.5亿元，比上年增长13.6％。");
    expect(named.map((i) => [i.metric, i.value])).toEqual([["gdp", 87250000000], ["gdp", 13.6]]);
  });
});

describe("a review's five-year sentence whose first item is dated (五年来，…由2011年的…增加到2016年的…；累计减少…)", () => {
  it("reads a total over the years as no answer to one year's target, and the year's own figure as the answer", () => {
    const plan = analyzeReport("一、2015年工作回顾\n全年地区生产总值增长8%。\n二、2016年工作安排\n今年全市经济社会发展的主要预期目标是：地区生产总值增长9%，减少农村贫困人口20万人。\n", { fileName: "x-2016.txt" });
    const review = analyzeReport(
      "一、过去五年和2016年工作回顾\n五年来，全市地区生产总值由2011年的1045.1亿元增加到2016年的1748.3亿元，年均增长9.8%；累计减少农村贫困人口83.6万人，贫困发生率下降到9.1%。\n2016年，全市地区生产总值增长8.2%。全年减少农村贫困人口21.36万人。\n",
      { fileName: "x-2017.txt" },
    );
    const poor = compareSides(sideInput(plan, "goal"), sideInput(review, "achievement")).indicators.find((p) => p.left?.text === "20万人");
    expect(poor?.right?.text).toBe("21.36万人");
  });
});
