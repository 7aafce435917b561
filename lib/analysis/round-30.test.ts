// The thirtieth round's patterns (batch 56's 南阳 stenographic record (速记稿) with its figures spoken in Chinese
// numerals, and 漳州's report read by OCR from stitched phone screenshots), each on lines shaped as those copies write them.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, planned, read } from "./test-readers";

const STENOGRAPHIC_RECORD = [
  "速记稿　未经本人审阅",
  "在南阳市第五届人民代表大会第一次会议上的政府工作报告",
  "各位代表，同志们：",
  "　　我的报告讲两个部分。第一部分，2011年的工作回顾；第二部分，2012年的主要任务。",
  "　　先讲第一部分。",
  "　　一年来，我们团结拼搏，较好地完成了全年目标任务。",
  "　　全市生产总值达到两千三百五十亿元，增长百分之十一点三。地方财政一般预算收入，这个，一百一十一点二亿元，增长百分之十九。",
  "　　全年实施市级重点项目四百二十六个。移民搬迁全部完成，做到了不伤、不亡、不漏一人。（热烈掌声）总干渠征迁任务全面完成。",
  "　　产业集聚区完成投资五百八十二亿元，增长百分之十六点九，没有完成年初计划。",
  "　　下面，讲第二部分，2012年的主要任务。",
  "　　今年全市生产总值增长百分之十一左右。",
  "　　烟叶收购九十万担。",
].join("\n");

describe("a stenographic record (速记稿)", () => {
  const report = analyzeReport(STENOGRAPHIC_RECORD, { fileName: "nanyang-2012.txt" });
  const find = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads the report's plan said aloud as no result (我的报告讲两个部分。 第一部分，…；第二部分，…)", () => {
    expect(find("我的报告讲两个部分").kind).toBe("other");
    expect(find("第一部分，2011年").kind).toBe("other");
    expect(find("先讲第一部分").kind).toBe("other");
  });

  it("reads a part announced aloud with its name (下面，讲第二部分，2012年的主要任务。) as the plan's heading", () => {
    const heading = find("下面，讲第二部分");
    expect(heading.role).toBe("heading");
    expect(find("今年全市生产总值增长").part).toBe("plan");
  });

  it("reads what comes before the plan's heading, once the review has begun, as the review (no heading named it)", () => {
    const result = find("全市生产总值达到两千三百五十亿元");
    expect(result.kind).toBe("achievement");
    expect(result.reason).toContain("计划标题之前(推断为回顾部分)");
  });

  it("keeps a stage remark in mid-paragraph with the sentence it answers (…不漏一人。（热烈掌声）总干渠…)", () => {
    expect(find("移民搬迁全部完成").text.endsWith("（热烈掌声）")).toBe(true);
    expect(find("总干渠征迁任务").kind).toBe("achievement");
  });

  it("reads a short sentence with an amount in Chinese numerals as a sentence, not a run-in lead (烟叶收购九十万担。)", () => {
    const tobacco = find("烟叶收购九十万担");
    expect(tobacco.role).toBe("body");
    expect(tobacco.kind).toBe("goal");
    expect(tobacco.indicators[0]).toMatchObject({ value: 900000, unit: "担" });
  });

  it("reads an investment done, its figure in spoken numerals, that fell short as a result, not a problem", () => {
    expect(find("产业集聚区完成投资").kind).toBe("achievement");
  });
});

describe("figures spoken in Chinese numerals", () => {
  it("reads a compound count that closes or opens its clause (三百八十六个, 十五个产业集聚区), not a single numeral (两个文明)", () => {
    expect(read("全年实施市级重点项目三百八十六个。")).toEqual(["三百八十六个=386个"]);
    expect(read("十五个产业集聚区完成投资")).toEqual(["十五个=15个"]);
    expect(read("坚持两个文明一起抓")).toEqual([]);
  });

  it("leaves a count inside a clause (占全国一千七百八十六个县的), after 有, or a span of months (前十一个月) unread", () => {
    expect(read("1979年有一千六百二十二个，")).toEqual([]);
    expect(read("根据前十一个月的实绩")).toEqual([]);
    expect(read("占全国一千七百八十六个县的百分之二十八")).toEqual(["百分之二十八=28%"]);
  });

  it("reads a count only once where the clause-end pattern reads it too (新增龙头企业二十余个)", () => {
    expect(read("新增龙头企业二十余个，")).toEqual(["二十余个=20个"]);
  });

  it("reads a compound count before a numeral that starts a unit elsewhere (廉租住房三千套, 三千万元)", () => {
    expect(read("其中廉租住房三千套，")).toEqual(["三千套=3000套"]);
    expect(read("投资三千万元")).toEqual(["三千万元=30000000元"]);
  });

  it("reads 平方公里 after a numeral in words (一百三十二平方公里)", () => {
    expect(read("建成区面积扩大到一百三十二平方公里")).toEqual(["一百三十二平方公里=132平方公里"]);
  });

  it("takes a figure's name across the speaker's filler (收入，这个，九十三点六亿元)", () => {
    const [level, growth] = achieved("地方财政一般预算收入，这个，九十三点六亿元，增长百分之二十一点二。");
    expect(level).toMatchObject({ label: "地方财政一般预算收入", value: 9360000000 });
    expect(growth).toMatchObject({ label: "地方财政一般预算收入", value: 21.2, type: "growth" });
    expect(planned("新建乡镇污水处理设施十三个。")[0]).toMatchObject({ value: 13, unit: "个" });
  });
});

const SCREENSHOTS = [
  "21:11 ⚙ 📶 5G 45%▢",
  "<  漳州发布  ···",
  "漳州市政府工作报告",
  "各位代表：",
  "一、2021年工作回顾",
  "一年来，全市地区生产总值增长8.1%，规上工",
  "业增加值增长10.2%，城镇新增就业4.38万人，",
  "城镇登记失业率控制在3.6%。",
  "21:11 ⚙ 📶 5G 44%▢",
  "<  漳州发布  ···",
  "城镇登记失业率控制在3.6%。",
  "新建改造农村公路528公里，改造老旧小区285个。",
  "21:12 ⚙ 📶 5G 44%▢",
  "<  漳州发布  ···",
  "区285个。",
  "二、2022年工作安排",
  "今年全市地区生产总值增长7.5%左右。",
].join("\n");

describe("a report read by OCR from stitched phone screenshots", () => {
  const report = analyzeReport(SCREENSHOTS, { fileName: "zhangzhou-2022.txt" });

  it("reads the status bar and the app's top bar as no sentence, and no battery level as a figure", () => {
    expect(report.sentences.some((s) => /^21:1\d|^</.test(s.text))).toBe(false);
    expect(report.sentences.flatMap((s) => s.indicators).some((i) => i.value === 45 || i.value === 44)).toBe(false);
  });

  it("drops the line or half-line a screenshot repeats from the one before, so no sentence is read twice", () => {
    expect(report.sentences.filter((s) => s.text.includes("城镇登记失业率控制在3.6%")).length).toBe(1);
    expect(report.sentences.some((s) => s.text.startsWith("区285个"))).toBe(false);
    const review = report.sentences.find((s) => s.text.startsWith("一年来"))!;
    expect(review.indicators.map((i) => i.label)).toEqual(["地区生产总值", "规上工业增加值", "城镇新增就业", "城镇登记失业率"]);
  });
});

describe("a news article on a stenographic session", () => {
  it("reads the hall's applause and a speaker's attribution line as no claim of the report", () => {
    const text = ["本报讯（记者 李明）1月10日，市五届人大一次会议开幕。", "会场响起了热烈的掌声。", "“这个目标实事求是。”", "市发改委主任孙建国告诉记者。"].join("\n");
    const report = analyzeReport(text, { fileName: "nanyang-2012-news.txt" });
    const kindOf = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!.kind;
    expect(kindOf("会场响起")).toBe("other");
    expect(kindOf("市发改委主任")).toBe("other");
  });
});

const NEWSPAPER_PAGES = [
  "伊春日报",
  "2014年1月17日　星期五　第1版　要闻",
  "政府工作报告",
  "各位代表：",
  "一、2013年工作回顾",
  "　　预计全年实现地区生产总值265.3亿元，增长7.4%；规模以上工业增加值（下转第二版）",
  "责任编辑　周晓燕　美术编辑　孙立新",
  "",
  "2014年1月17日　星期五　第2版　要闻",
  "（上接第一版）增长8.1%；固定资产投资完成212.6亿元，增长16.2%。",
  "图为1月14日，市长在市十三届人大三次会议上作报告　　本报记者　刘海波　摄",
  "　　一年来，林下经济总产值完成86.5亿元。",
].join("\n");

describe("a report typed in from a paper's pages", () => {
  const report = analyzeReport(NEWSPAPER_PAGES, { fileName: "yichun-2014.txt" });

  it("reads a sentence the paper broke off (（下转第二版） … （上接第一版）) as one, without the jump lines", () => {
    const joined = report.sentences.find((s) => s.text.startsWith("预计全年实现地区生产总值"))!;
    expect(joined.text).toContain("规模以上工业增加值增长8.1%");
    expect(joined.text).not.toMatch(/下转|上接/);
    expect(joined.indicators.find((i) => i.label === "规模以上工业增加值")).toMatchObject({ value: 8.1, type: "growth" });
  });

  it("reads the page head, the editors' line and a photo caption as no sentence", () => {
    for (const furniture of ["2014年1月17日", "责任编辑", "图为1月14日"]) expect(report.sentences.some((s) => s.text.startsWith(furniture))).toBe(false);
  });
});

describe("more of the thirtieth round's names and figures", () => {
  it("reads a figure OCR took a letter for (7l个, 1O.6%, 3.l万个) with its digit, shown as written", () => {
    const [projects, cut, places] = achieved("全市新批台资项目7l个，一般性支出压减1O.6%，新增学位3.l万个。");
    expect(projects).toMatchObject({ value: 71, text: "7l个" });
    expect(cut).toMatchObject({ value: -10.6, text: "1O.6%" });
    expect(places).toMatchObject({ value: 31000, text: "3.l万个" });
    expect(achieved("H2O含量下降。")).toEqual([]);
  });

  it("counts spindles and bags (新增纺纱产能20万锭, 栽培黑木耳10亿袋)", () => {
    expect(planned("新增纺纱产能20万锭。")[0]).toMatchObject({ unit: "锭", type: "count", value: 200000 });
    expect(planned("栽培黑木耳10亿袋。")[0]).toMatchObject({ unit: "袋", type: "count" });
  });

  it("leaves a news article's 报告说 and a manner (多渠道, 多方筹资) out of the name", () => {
    expect(planned("“报告里说机采率今年要达到98%。")[0].label).toBe("机采率");
    expect(planned("多方筹资改造中小学危房6.2万平方米。")[0].label).toBe("改造中小学危房");
    expect(planned("多方面的收入增长5%。")[0].label).toBe("多方面的收入");
  });

  it("leaves a shortfall said plainly out of the name (营业收入没有突破650亿元, 平均浓度未控制在…, 营业收入距离650亿元)", () => {
    expect(planned("食品产业营业收入没有突破650亿元。")[0].label).toBe("食品产业营业收入");
    expect(planned("PM2.5平均浓度未控制在56微克/立方米以内。")[0].label).toBe("PM2.5平均浓度");
    expect(planned("食品产业营业收入距离650亿元还有差距。")[0].label).toBe("食品产业营业收入");
  });

  it("reads the figure said again after a self-correction (是二百三十六，不对，是二百三十八个)", () => {
    expect(achieved("新开工亿元以上项目，是二百三十六，不对，是二百三十八个。")).toMatchObject([{ label: "新开工亿元以上项目", value: 238 }]);
  });

  it("leaves a count unread that closes a clause naming nothing (1980年增加到五千五百六十九个)", () => {
    expect(read("1979年有一千六百二十二个，1980年增加到五千五百六十九个，")).toEqual([]);
  });
});

describe("a result that fell short, opening on its figure", () => {
  const REVIEW = [
    "一、2011年工作回顾",
    "　　总干渠两侧生态廊道造林七万二千亩，没有完成八万亩的年度任务，主要是部分地段征地滞后。",
    "　　新开工亿元以上项目，是二百三十六，不对，是二百三十八个。",
    "　　全市还有农村贫困人口3.2万人，脱贫任务依然艰巨。",
  ].join("\n");
  const report = analyzeReport(REVIEW, { fileName: "nanyang-2012.txt" });
  const kindOf = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a name and its figure, then the plan it fell short of, as a result", () => {
    expect(kindOf("总干渠两侧").kind).toBe("achievement");
  });

  it("reads a figure said after 是 as the name's figure, not a judgement", () => {
    expect(kindOf("新开工亿元以上项目").kind).toBe("achievement");
  });

  it("keeps a figure first with no plan missed a problem", () => {
    expect(kindOf("全市还有农村贫困人口").subtype).toBe("problem");
  });
});

describe("a screenshot's overlap inside a sentence, and a sum said the spoken way", () => {
  it("drops the repeated line only, not the line it repeats (…单位地区⏎生产总值能耗下降3%；…⏎[bars]⏎生产总值能耗下降3%；…)", () => {
    const text = [
      "二、2021年主要目标任务",
      "全市经济社会发展的主要预期目标是：城镇登记",
      "失业率控制在4.5%以内；单位地区",
      "生产总值能耗下降3%；空气质量优良天数比",
      "09:44 ⚙ 📶 5G 72%▢",
      "<  漳州发布  ···",
      "生产总值能耗下降3%；空气质量优良天数比",
      "例保持在98%以上。",
    ].join("\n");
    const target = analyzeReport(text, { fileName: "zhangzhou-2021.txt" }).sentences.find((s) => s.text.startsWith("全市经济社会发展"))!;
    expect(target.text).toContain("单位地区生产总值能耗下降3%；空气质量优良天数比例保持在98%以上");
    expect(target.indicators.map((i) => i.label)).toEqual(["城镇登记失业率", "单位地区生产总值能耗", "空气质量优良天数比例"]);
  });

  it("reads 2个亿 as 2亿元, and 3个亿元以上项目 as three projects", () => {
    expect(read("销售收入力争突破2个亿。")).toEqual(["2个亿=200000000元"]);
    expect(read("新建3个亿元以上项目")).toEqual(["3个=3个"]);
  });
});

const DRAFT_WITH_COMMENTS = [
  "（征求意见稿）",
  "鹤壁市政府工作报告",
  "二、2019年工作安排",
  "　　全市经济社会发展的主要预期目标是：生产总值增长7.5%左右[张伟4]；城镇新增就业3.2万人[李红5]以上。",
  "　　抢抓5G商用机遇，全年新建5G基站300[张伟6]个以上。",
  "",
  "批注 [张伟4]: 建议改为“增长7%—7.5%”，与省里口径一致。",
  "批注 [李红5]: 人社局建议按3.5万人安排。",
].join("\n");

describe("a draft exported with its reviewers' comments (征求意见稿)", () => {
  const report = analyzeReport(DRAFT_WITH_COMMENTS, { fileName: "hebi-2019.txt" });
  const find = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads the text past the comment anchors: 300[张伟6]个以上 is 300个以上, 3.2万人[李红5]以上 keeps its 以上", () => {
    expect(find("抢抓5G商用机遇").indicators[0]).toMatchObject({ value: 300, unit: "个", qualifiers: expect.arrayContaining(["以上"]) });
    const targets = find("全市经济社会发展").indicators;
    expect(targets.map((i) => i.label)).toEqual(["生产总值", "城镇新增就业"]);
    expect(targets[1].qualifiers).toContain("以上");
  });

  it("reads the comments listed after the text as no goal and no result, their heads kept", () => {
    const comment = find("批注 [张伟4]");
    expect(comment.kind).toBe("other");
    expect(comment.reason).toBe("审阅批注(征求意见稿)");
    expect(comment.part).toBe("other");
  });
});

const SUBTITLES = [
  "泸州新闻联播　字幕",
  "[00:00:05]",
  "各位代表",
  "一 2015年工作回顾",
  "[00:00:50]",
  "2015年是极不平凡的一年",
  "全年实现",
  "地区生产总值1347.8亿元",
  "增长10.9% 规模以上工业增加值",
  "[00:01:30]",
  "增长11.6%",
  "泸州港集装箱吞吐量达到",
  "41.2万标箱 增长18.3%",
  "二 2016年工作安排",
  "[00:02:01]",
  "加快泸州港多用途码头建设",
].join("\n");

describe("a broadcast's automatic subtitles saved as text", () => {
  const report = analyzeReport(SUBTITLES, { fileName: "luzhou-2016.txt" });
  const find = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads the time codes as no sentence and a part's number line (一 2015年工作回顾) as its heading, no other line as one", () => {
    expect(report.sentences.some((s) => s.text.startsWith("[00"))).toBe(false);
    expect(find("一 2015年工作回顾").role).toBe("heading");
    expect(find("2015年是极不平凡").role).toBe("body");
    expect(find("加快泸州港多用途码头建设")).toMatchObject({ kind: "goal", part: "plan" });
  });

  it("joins a line that stops before its figure to the line that gives it, across a time code", () => {
    const port = find("泸州港集装箱吞吐量达到");
    expect(port.indicators.map((i) => `${i.label}=${i.value}${i.unit}`)).toEqual(["泸州港集装箱吞吐量=412000标箱", "泸州港集装箱吞吐量=18.3%"]);
    const gdp = find("全年实现");
    expect(gdp.indicators.map((i) => i.label)).toEqual(["地区生产总值", "地区生产总值", "规模以上工业增加值"]);
  });
});

describe("the import says how such copies were read", () => {
  const codes = (text: string, fileName: string) => (analyzeReport(text, { fileName }).warnings ?? []).map((w) => w.code);

  it("warns of subtitles read line by line, of reviewers' comments set apart and of letters read as digits", () => {
    expect(codes(SUBTITLES, "luzhou-2016.txt")).toContain("subtitles");
    expect(codes(DRAFT_WITH_COMMENTS, "hebi-2019.txt")).toContain("review-comments");
    expect(codes("一、2021年工作回顾\n全市新批台资项目7l个，一般性支出压减1O.6%。", "zhangzhou-2022.txt")).toContain("ocr-digits");
    expect(codes(NEWSPAPER_PAGES, "yichun-2014.txt")).not.toContain("ocr-digits");
  });

  it("counts a decimal point OCR read as a comma among the slips it warns of, never a thousands comma", () => {
    const warning = (text: string) => (analyzeReport(text, { fileName: "hengshui-2019.txt" }).warnings ?? []).find((w) => w.code === "ocr-digits");
    expect(warning("一、2018年工作回顾\n全市生产总值增长6，8%，粮食总产57，3亿斤。")?.count).toBe(2);
    expect(warning("一、2018年工作回顾\n全市生产总值1，120亿元，增长6.8%。")).toBeUndefined();
  });
});
