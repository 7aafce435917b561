// The thirty-second round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, planned } from "./test-readers";

const named = (list: { label: string; value: number; unit: string }[]) => list.map((i) => `${i.label}=${i.value}${i.unit}`);

const SUBTITLES = [
  "宜宾新闻　字幕",
  "[00:00:05]",
  "一 2018年工作回顾",
  "城镇居民人均可支配收入32100元",
  "农村居民人均可支配收入14800元",
  "分别增长8.4%和9.6%",
  "[00:00:40]",
  "二 2019年工作安排",
  "全市经济社会发展的主要预期目标是",
  "地区生产总值增长8%左右",
  "一般公共预算收入增长7%",
  "[00:01:10]",
  "城乡居民人均可支配收入",
  "分别增长8%和9%左右",
].join("\n");

describe("subtitle lines and 分别", () => {
  const report = analyzeReport(SUBTITLES, { fileName: "yibin-2019.txt" });
  const find = (part: string) => report.sentences.find((s) => s.text.includes(part))!;

  it("gives a 分别 line's two values to the two named figures on the lines before it", () => {
    const incomes = find("分别增长8.4%");
    expect(incomes.text.startsWith("城镇居民人均可支配收入32100元")).toBe(true);
    expect(named(incomes.indicators)).toEqual(["城镇居民人均可支配收入=32100元", "农村居民人均可支配收入=14800元", "城镇居民人均可支配收入=8.4%", "农村居民人均可支配收入=9.6%"]);
  });

  it("joins a 分别 line to the name before it, and no further back when that line names both", () => {
    const incomes = find("分别增长8%");
    expect(incomes.text).toBe("城乡居民人均可支配收入分别增长8%和9%左右");
    expect(named(incomes.indicators)).toEqual(["城镇居民人均可支配收入=8%", "农村居民人均可支配收入=9%"]);
    expect(named(find("一般公共预算收入增长7%").indicators)).toEqual(["一般公共预算收入=7%"]);
  });

  it("keeps the lead 主要预期目标是 out of the name of the figure its line runs into", () => {
    expect(named(find("主要预期目标是").indicators)).toEqual(["地区生产总值=8%"]);
  });
});

describe("the plan's lead without its colon", () => {
  it("names the figure, not the plan (主要预期目标是地区生产总值增长…)", () => {
    expect(named(planned("全县经济社会发展的主要预期目标是地区生产总值增长7%左右"))).toEqual(["地区生产总值=7%"]);
    expect(named(planned("今年的预期目标为城镇新增就业3万人以上"))).toEqual(["城镇新增就业=30000人"]);
  });
});

describe("a 1950s review's list of products (batch 59's 武汉 1957)", () => {
  it("names no product by the group it is one of, and gives the list the output the first one's verb says", () => {
    expect(named(achieved("主要产品中，棉纱生产十四万六千件，机制砖三亿零六百万块，都完成了计划。"))).toEqual(["棉纱生产=146000件", "机制砖产量=306000000块"]);
    // (A scope that is the whole a part is counted in still names it: 国民收入中，用于积累的部分.)
    expect(named(achieved("国民收入中，用于积累的部分为1120亿元。"))[0]).toBe("国民收入中用于积累的部分=112000000000元");
  });

  it("keeps 要保证 out of a product's name, as 要确保 is", () => {
    expect(named(planned("机制砖要保证生产二亿八千万块。"))[0]).toMatch(/^机制砖(?:产量)?=280000000块$/);
  });
});

const CSV_APPENDIX = [
  "一、2018年工作回顾",
  "全年地区生产总值增长5.5%。",
  "二、2019年工作安排",
  "今年地区生产总值预期增长6%左右。",
  "附件：某区2019年国民经济和社会发展主要指标,,,,,,",
  "序号,指标名称,单位,2018年完成,2019年预期目标,增长（%）,备注",
  "一、经济发展,,,,,,",
  '1,地区生产总值,亿元,"1,126.5","1,194.1",6左右,',
  "2,一般公共预算收入,亿元,118.6,125.7,6,",
  "二、生态环境,,,,,,",
  "3,森林覆盖率,%,24.1,25,,约束性",
  '4,耕地保有量,万亩,128.6,128.5,,"约束性,国家考核"',
].join("\n");

describe("an indicator table exported from a spreadsheet as CSV lines (batch 62's 武清)", () => {
  const report = analyzeReport(CSV_APPENDIX, { fileName: "wuqing-2019.txt" });
  const find = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads each data row as a table row, its figures under their columns, the row's number none of them", () => {
    const gdp = find("1,地区生产总值");
    expect(gdp.kind).toBe("goal");
    expect(gdp.indicators.map((i) => `${i.label}=${i.value}${i.unit} ${i.modality}`)).toEqual([
      "地区生产总值=112650000000元 actual",
      "地区生产总值=119410000000元 target",
      "地区生产总值=6% target",
    ]);
    expect(find("4,耕地保有量").indicators.map((i) => `${i.value} ${i.modality}`)).toEqual(["1286000 actual", "1285000 target"]);
  });

  it("keeps the header, a group's name and the sheet's title out of the figures", () => {
    expect(find("序号,指标名称").kind).toBe("other");
    expect(find("一、经济发展").indicators).toEqual([]);
    expect(find("二、生态环境").kind).toBe("other");
  });

  it("reads a line that fills one field as its words alone: the sheet's title is an appendix's, the commas no text", () => {
    const title = find("附件：某区");
    expect(title.text).toBe("附件：某区2019年国民经济和社会发展主要指标");
    expect(title.kind).toBe("other");
    expect(CSV_APPENDIX.slice(title.start, title.end)).toBe(title.text);
    expect(find("一、经济发展").text).toBe("一、经济发展");
  });

  it("reads a quoted note row without its quotes, and leaves a line of prose with commas alone", () => {
    const noted = analyzeReport(`${CSV_APPENDIX}\n"注：1.地区生产总值增长按可比价格计算,2.收入按同口径计算",,,,,,`, { fileName: "wuqing-2019.txt" });
    expect(noted.sentences.at(-1)!.text).toBe("注：1.地区生产总值增长按可比价格计算,2.收入按同口径计算");
    expect(noted.sentences.at(-1)!.kind).toBe("other");
    const prose = analyzeReport("二、2019年工作安排\n新建道路,桥梁,,,", { fileName: "x-2019.txt" });
    expect(prose.sentences.some((s) => s.text.includes(",,,"))).toBe(true);
  });
});

describe("a plan table's column of last year's results answers last year's targets", () => {
  it("offers the table row's results, not its targets, to the results side", async () => {
    const { sideInput } = await import("@/lib/compare/side-from-analyzed");
    const side = sideInput(analyzeReport(CSV_APPENDIX, { fileName: "wuqing-2019.txt" }), "achievement");
    const row = side.sentences.find((s) => s.text.startsWith("3,森林覆盖率"))!;
    expect(row.indicators.map((i) => `${i.value} ${i.modality}`)).toEqual(["24.1 actual"]);
  });
});

const DECK = [
  "幻灯片 1",
  "2021年某林区政府工作报告解读",
  "",
  "幻灯片 2",
  "2020年：极不平凡的一年",
  "疫情防控取得重大战略成果",
  "城镇登记失业率2.9%",
  "备注：",
  "报告用“极不平凡”概括这一年。",
  "",
  "幻灯片 3",
  "2021年主要预期目标",
  "地区生产总值增长10%",
  "游客接待量恢复到1500万人次",
  "",
  "幻灯片 4",
  "谢谢！",
].join("\n");

describe("a slide deck saved as an outline (batch 62's 神农架 解读 deck)", () => {
  const report = analyzeReport(DECK, { fileName: "shennongjia-2021-deck.txt" });
  const find = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads each slide's first line as the heading of its part, by its words or its year against the deck's", () => {
    expect(report.sentences.some((s) => s.text.startsWith("幻灯片"))).toBe(false);
    expect(find("2020年：极不平凡的一年")).toMatchObject({ role: "heading", part: "review" });
    expect(find("2021年主要预期目标")).toMatchObject({ role: "heading", part: "plan" });
  });

  it("says it read the text as a deck", () => {
    expect((report.warnings ?? []).map((w) => w.code)).toContain("slides");
    expect((analyzeReport("一、2020年工作回顾\n全年地区生产总值增长5%。", { fileName: "x-2021.txt" }).warnings ?? []).map((w) => w.code)).not.toContain("slides");
  });

  it("reads the bullets as units of the slide's part, never headings, and the speaker's notes as the slide's", () => {
    expect(find("疫情防控取得重大战略成果")).toMatchObject({ role: "body", part: "review" });
    expect(find("城镇登记失业率2.9%").kind).toBe("achievement");
    expect(find("报告用“极不平凡”").part).toBe("review");
    expect(find("游客接待量恢复到1500万人次")).toMatchObject({ role: "body", kind: "goal" });
    expect(find("地区生产总值增长10%").kind).toBe("goal");
  });
});

const PRINTED_WITH_FOOTNOTES = [
  "一、2018年工作回顾",
  "　　初步核算，全地区实现地区生产总值321.4亿元，增长8.1%①；深入实施“七个一批”②脱贫",
  "措施，新建“卫星工厂”③263个。",
  "①按可比价格计算，下同。",
  "②“七个一批”：转移就业扶持一批、发展产业扶持一批。",
  "③“卫星工厂”：在乡镇、村设立的加工生产点，一般吸纳当地劳动力就业20人以上。",
  "—2—",
  "　　全年接待游客503.6万人次，增长36.7%。",
].join("\n");

describe("a printed document's footnotes at the page's foot (batch 61's 和田)", () => {
  const report = analyzeReport(PRINTED_WITH_FOOTNOTES, { fileName: "hotan-2019.txt" });
  const find = (part: string) => report.sentences.find((s) => s.text.includes(part))!;

  it("reads a paragraph opening on a mark the body carried as a footnote: other, in no part", () => {
    expect(find("按可比价格计算")).toMatchObject({ kind: "other", part: "other" });
    expect(find("卫星工厂”：")).toMatchObject({ kind: "other", part: "other" });
    expect(find("全年接待游客")).toMatchObject({ kind: "achievement", part: "review" });
  });

  it("leaves a list numbered with the same marks in the body alone when no body line carried them", () => {
    const list = analyzeReport("二、2019年工作安排\n①新建学校10所。\n②新增病床200张。", { fileName: "x-2019.txt" });
    expect(list.sentences.find((s) => s.text.includes("新建学校"))).toMatchObject({ kind: "goal", part: "plan" });
  });
});

describe("names and places of a 地区's report (batch 61's 和田)", () => {
  it("keeps 全地区 and 积极 out of the name, as 全市 and 争取 are", () => {
    expect(named(achieved("全地区大芸种植面积达到28.6万亩。"))).toEqual(["大芸种植面积=286000亩"]);
    expect(named(planned("积极争取和落实北京援疆资金18.5亿元。"))).toEqual(["北京援疆资金=1850000000元"]);
    expect(named(achieved("积极分子达到120人。"))).toEqual(["积极分子=120人"]);
  });

  it("reads the region's own units counted after their names as the region's, and so the clauses after them", () => {
    const report = analyzeReport("和田地区行政公署工作报告\n一、2019年工作回顾\n和田县、策勒县、民丰县3个县经自治区批准退出贫困县序列，贫困发生率由8.0%降至3.2%。", { fileName: "hotan-2020.txt" });
    expect(report.metadata.regionCode).toBe("653200");
    const rate = report.sentences.flatMap((s) => s.indicators).filter((i) => i.label === "贫困发生率");
    expect(rate.map((i) => i.place ?? "")).toEqual(["", ""]);
  });
});

describe("a serial post's 编者按 (batch 61's 恩施 WeChat posts)", () => {
  const text = ["一、2018年工作回顾", "全州地区生产总值增长7.8%。", "编者按：2019年，全州地区生产总值预期增长7.5%左右。一起来看报告第二部分。", "编者按：七个方面工作，今天先学前三个。", "二、2019年工作安排", "加快建设硒产业园。"].join("\n");
  const report = analyzeReport(text, { fileName: "enshi-2019.txt" });
  const find = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads the editors' lead in no part of the report, by its own words", () => {
    expect(find("编者按：2019年")).toMatchObject({ part: "other", kind: "goal" });
    expect(find("编者按：七个方面工作")).toMatchObject({ part: "other", kind: "other" });
    expect(find("加快建设硒产业园")).toMatchObject({ part: "plan", kind: "goal" });
  });
});

describe("the closing's slogan before 让我们 (batches 59, 61, 62)", () => {
  const text = ["二、2019年工作安排", "（八）全面加强政府自身建设", "坚持依法行政。", "各位代表！使命呼唤担当，实干铸就辉煌。让我们更加紧密地团结在党中央周围，为全面建成小康社会而努力奋斗！", "加强内地与港澳合作。让我们共同努力。"].join("\n");
  const report = analyzeReport(text, { fileName: "enshi-2019.txt" });
  const find = (part: string) => report.sentences.find((s) => s.text.includes(part))!;

  it("is the closing too, not a task of the last section", () => {
    expect(find("使命呼唤担当").kind).toBe("other");
    expect(find("坚持依法行政").kind).toBe("goal");
  });

  it("leaves a task before 让我们 a task", () => {
    expect(find("加强内地与港澳合作").kind).toBe("goal");
  });
});

describe("a result said in no part of a text with parts, and again in its review (batch 60's 遂宁 encyclopedia entry)", () => {
  it("pairs the target with the review's sentence, not the entry's summary before it", async () => {
    const { compareSides } = await import("@/lib/compare/compare-sides");
    const { sideInput } = await import("@/lib/compare/side-from-analyzed");
    const { areRelatedMetrics } = await import("@/lib/analysis/related-metrics");
    const target = analyzeReport("一、2018年工作回顾\n全年地区生产总值增长8.1%。\n二、2019年工作安排\n全市地区生产总值增长8%左右。", { fileName: "suining-2019.txt" });
    const result = analyzeReport("词条摘要：报告称，遂宁市去年地区生产总值增长7.6%。\n一、2019年工作回顾\n预计全年地区生产总值增长7.6%。\n二、2020年工作安排\n加快锂电产业发展。", { fileName: "suining-2020.txt" });
    const summary = result.sentences.find((s) => s.text.startsWith("词条摘要"))!;
    expect(summary.part).toBe("other");
    const compared = compareSides(sideInput(target, "goal"), sideInput(result, "achievement"), { related: areRelatedMetrics });
    const gdp = compared.indicators.find((p) => p.metric === "gdp" && p.left)!;
    expect(gdp.right?.sentenceId).toBe(`s-${result.sentences.find((s) => s.text.startsWith("预计全年"))!.index}`);
  });
});

describe("the standard a count is made by (batch 62's 神农架)", () => {
  it("is no part of the count's name", () => {
    expect(named(achieved("现行标准下剩余86户217名贫困人口全部脱贫。"))[0]).toBe("剩余=86户");
  });
});
