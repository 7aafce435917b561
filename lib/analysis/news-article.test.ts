// A district paper's article on the report (batch 12's 萧山 article is the pattern): the session's business, the
// reporter's attributions and a section that gives the floor to deputies are framing and comment, not the report's
// goals or results.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { extractIndicators } from "./extract-indicators";

const ARTICLE = [
  "扛起大区担当 全力拼经济促发展",
  "某区今年GDP预期增长6%左右",
  "2024-01-10 07:35:12　来源：某区日报",
  "本报讯 1月9日上午，某区第十八届人民代表大会第三次会议在区行政中心开幕。",
  "大会应到代表389名，实到372名，符合法定人数。",
  "区长代表区人民政府作政府工作报告，全面回顾2023年工作，部署2024年重点任务。",
  "【2023年成绩单】",
  "【去年成绩单：增速领跑全市】",
  "报告显示，2023年某区实现地区生产总值2386.4亿元，同比增长6.2%。",
  "【今年目标：稳中求进、以进促稳】",
  "报告提出，2024年某区经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
  "区长在接受记者采访时表示。",
  "他说，今年某区将实施重大项目380个。",
  "记者注意到，某区今年的增长目标比全市高出0.5个百分点。",
  "【代表声音】",
  "区人大代表、一家汽车零部件企业董事长王某说：“报告把先进制造业摆在突出位置。”",
  "“去年我们企业产值增长了18%，今年计划研发投入增长20%以上。”",
  "区人大代表、某镇镇长李某说，报告让人振奋。",
  "市人大代表、某县县长张某说，今年某县将力争地区生产总值增长6.5%左右。",
  "据悉，本次大会会期3天，将审议区人民法院、区人民检察院工作报告等。",
].join("\n");

describe("a news article on the report", () => {
  const report = analyzeReport(ARTICLE);
  const kindOf = (start: string) => report.sentences.find((s) => s.text.startsWith(start))?.kind;

  it("reads the session's business and the reporter's attributions as framing", () => {
    expect(["大会应到代表", "区长代表区人民政府", "区长在接受记者采访时表示", "据悉，本次大会会期", "记者注意到"].map(kindOf)).toEqual(["other", "other", "other", "other", "other"]);
  });

  it("keeps 【…】 subheads, reads one that states results or names the report card as a result, and reads the results and targets under them", () => {
    expect(kindOf("【去年成绩单")).toBe("achievement");
    // (A bare 【2023年成绩单】 too: 25 labels of 34 read the report card as its results, decision 043b.)
    expect(kindOf("【2023年成绩单】")).toBe("achievement");
    expect(kindOf("【今年目标")).toBe("other");
    expect(kindOf("报告显示，2023年")).toBe("achievement");
    expect(kindOf("报告提出，2024年")).toBe("goal");
    expect(kindOf("他说，今年某区将实施")).toBe("goal");
  });

  it("reads a deputy's words, and the quote after them, as comment", () => {
    expect(kindOf("区人大代表、一家")).toBe("other");
    expect(kindOf("“去年我们企业产值")).toBe("other");
    expect(kindOf("区人大代表、某镇镇长")).toBe("other");
  });

  it("reads a head of government's word on the plan of the place they run as that place's goal (batches 20–31: 9 labels of 10)", () => {
    expect(kindOf("市人大代表、某县县长")).toBe("goal");
  });
});

describe("a news article's headline with an exclamation (batches 12, 14)", () => {
  it("splits there as any sentence does: the target before it is a goal, the rest of the title is no claim", () => {
    const report = analyzeReport("今年GDP目标增长6%左右！某区政府工作报告出炉\n2025-01-16 08:30　某区发布\n报告提出，2025年地区生产总值增长6%左右。\n");
    const [target, rest] = report.sentences;
    expect([target.text, target.kind, target.indicators.map((i) => i.metric)]).toEqual(["今年GDP目标增长6%左右！", "goal", ["gdp"]]);
    expect([rest.text, rest.kind]).toEqual(["某区政府工作报告出炉", "other"]);
  });
});

describe("a news article's two-line headline and the session's business (batch 15)", () => {
  const ARTICLE = [
    "区十七届人大五次会议隆重开幕",
    "某某作政府工作报告　今年地区生产总值预期增长6%左右",
    "",
    "本报讯（记者 某某）1月10日上午，某区第十七届人民代表大会第五次会议开幕。",
    "报告回顾了2024年工作。过去一年，全区实现地区生产总值1018.6亿元，增长6.4%。",
    "会上，代表们认真聆听报告，纷纷表示报告实事求是、催人奋进。",
    "区人大代表、某村党委书记某某说：“报告提出今年新建未来乡村8个，让我们更有盼头了。”",
    "大会还书面审查了某区2024年国民经济和社会发展计划执行情况的报告。",
  ].join("\n");
  const report = analyzeReport(ARTICLE);
  const kindOf = (start: string) => report.sentences.find((s) => s.text.startsWith(start))?.kind;

  it("reads the line above the one that names the report as part of the headline, not a heading over the article", () => {
    expect(report.sentences.some((s) => s.role === "heading")).toBe(false);
    expect(kindOf("过去一年")).toBe("achievement");
  });

  it("reads the account of the report, the deputies' reactions and the session's other business as framing", () => {
    expect(["报告回顾了2024年工作", "会上，代表们", "区人大代表、某村党委书记", "大会还书面审查"].map(kindOf)).toEqual(["other", "other", "other", "other"]);
  });
});

describe("a news article's run-in leads and its masthead (batches 17 and 18)", () => {
  const ARTICLE = [
    "宁波日报　2025年1月16日　第1版",
    "宁波今年GDP预期增长5.5%左右",
    "本报记者 陈敏　通讯员 甬府宣",
    "",
    "　　本报讯 1月15日上午，宁波市第十六届人民代表大会第四次会议开幕。",
    "　　创新动能加快集聚。去年该市全社会研发经费投入强度预计达到3.3%，新认定高新技术企业1260家。",
    "　　“今年要奋力争先。”沈立新说。",
  ].join("\n");
  const report = analyzeReport(ARTICLE);
  const sentence = (start: string) => report.sentences.find((s) => s.text.startsWith(start));

  it("reads the masthead and the byline as furniture, not as a heading that dates the article", () => {
    expect(report.sentences.some((s) => s.text.includes("宁波日报") || s.text.includes("本报记者"))).toBe(false);
    expect(report.sentences.some((s) => s.role === "heading")).toBe(false);
  });

  it("reads a lead that opens a paragraph of results as their summary; an attribution stays framing", () => {
    expect(sentence("创新动能加快集聚")).toMatchObject({ kind: "achievement", reason: "小标题(随段落:成绩)" });
    expect(sentence("去年该市")?.indicators[0]).toMatchObject({ metric: "rd-intensity", label: "全社会研发经费投入强度" });
    expect(sentence("沈立新说")?.kind).toBe("other");
  });
});

describe("last year's target quoted in an article on this year's (湖南, 河南, 滨江 and national articles)", () => {
  const other = (text: string) => extractIndicators(text, { kind: "other", part: "review" });
  it("is a target of the metric the sentence is about, and a target moved is a target", () => {
    const [last, moved] = other("记者注意到，今年的经济增长目标比去年的6%左右下调了0.5个百分点，与长沙、株洲等市设定的目标基本衔接。");
    expect(last).toMatchObject({ metric: "gdp", value: 6, type: "growth", modality: "target" });
    expect(moved).toMatchObject({ value: -0.5, modality: "target" });
    expect(other("与去年的5.5%左右相比，今年的增长目标下调了0.5个百分点。")[0]).toMatchObject({ metric: "gdp", type: "growth", modality: "target" });
    expect(other("今年的经济增长目标与去年的5.5%左右持平。")[0]).toMatchObject({ metric: "gdp", modality: "target" });
  });
  it("last year's result is no target", () => {
    expect(other("全省地区生产总值比去年增长5.8%。")[0].modality).toBe("actual");
  });
});

describe("a year that opens a quoted account dates its figures (batch 20's 黑龙江 article)", () => {
  const plan = (text: string) => extractIndicators(text, { kind: "other", part: "plan", planYear: 2024 });
  it("after a reporter's attribution, or written straight before the subject, a past year makes its figures results", () => {
    expect(plan("他介绍，2023年哈尔滨地区生产总值增长5.2%，全年接待游客1.35亿人次。").map((i) => i.modality)).toEqual(["actual", "actual"]);
    expect(plan("记者从大庆代表团了解到，2023年大庆原油产量稳定在3000万吨以上。")[0].modality).toBe("actual");
    expect(plan("2024年全市地区生产总值预期增长5.5%左右。")[0].modality).toBe("target");
  });
});

describe("a paper's masthead over two lines (batch 21's 云南日报 article)", () => {
  const report = analyzeReport([
    "云南日报", "2025年1月20日　星期一　　第01版：要闻", "凝心聚力抓发展　实干担当开新局", "省十四届人大三次会议在昆开幕", "今年全省经济增长预期目标定为5%左右",
    "陈立诚作政府工作报告", "本报记者　李晓雯　张锐", "本报讯　1月19日上午，云南省第十四届人民代表大会第三次会议在昆明海埂会堂开幕。", "报告回顾了过去一年的工作。",
    "初步核算，2024年全省地区生产总值达到3.17万亿元，增长4.1%。",
  ].join("\n"));
  it("leaves the headline block a headline, so the article's results stay results", () => {
    expect(report.sentences.find((s) => s.text.startsWith("初步核算"))?.kind).toBe("achievement");
    expect(report.sentences.some((s) => s.text === "云南日报")).toBe(false);
  });
});

describe("a deputy's words in quotes (batch 21's 重庆 article)", () => {
  it("hold figures when the quote is speech, not a name; 这一增长目标 points back to the growth target", () => {
    const said = extractIndicators("“6%左右的目标，是跳一跳够得着的目标。”", { kind: "other", part: "plan" });
    expect(said.map((i) => [i.metric, i.value])).toEqual([["gdp", 6]]);
    expect(extractIndicators("实施“152”工程。", { kind: "goal", part: "plan" })).toEqual([]);
    expect(extractIndicators("这一增长目标与去年的6%左右持平。", { kind: "other", part: "plan" })[0].metric).toBe("gdp");
  });
});

describe("a 南方日报 front page (batch 22's 广东 article)", () => {
  const report = analyzeReport([
    "南方日报｜2025年1月15日｜A01版：要闻", "扛牢经济大省责任　奋力走在前列", "省十四届人大三次会议开幕", "政府工作报告提出今年经济增长预期目标5%左右",
    "南方日报讯（记者/林晓、黄思敏）1月14日上午，广东省第十四届人民代表大会第三次会议在广州开幕。", "省长王伟中作政府工作报告。",
    "报告显示，2024年全省地区生产总值达14.1万亿元、增长3.6%，经济总量连续36年居全国首位。",
    "记者注意到，与去年相比，今年经济增长目标仍为5%左右，社会消费品零售总额增速目标则由5%调整为4%，城镇调查失业率目标由“5.5%以内”改为“5.5%左右”。",
  ].join("\n"));
  const on = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;
  it("reads a masthead parted by bars as a masthead, and the headline block down to a dateline that names its reporters", () => {
    expect(report.sentences.some((s) => s.text.startsWith("南方日报｜"))).toBe(false);
    expect(on("报告显示").kind).toBe("achievement");
  });
  it("reads the targets the reporter compares, quoted figures included, as targets of their metrics", () => {
    expect(on("记者注意到").indicators.map((i) => [i.metric, i.value, i.modality])).toEqual([
      ["gdp", 5, "target"], ["retail-sales", 5, "target"], ["retail-sales", 4, "target"],
      ["surveyed-unemployment", 5.5, "target"], ["surveyed-unemployment", 5.5, "target"],
    ]);
  });
});

describe("a news article whose only subhead is its plan's (batch 24's 东莞日报 article)", () => {
  it("carries the results before that subhead as a text without parts does", () => {
    const article = [
      "东莞日报",
      "东莞今年GDP预期增长5%左右",
      "本报记者　陈晓岚　李嘉铭",
      "本报讯 1月15日上午，东莞市第十七届人民代表大会第五次会议开幕。",
      "报告显示，2024年全市地区生产总值达到12265.9亿元，增长4.6%。全年新增规上工业企业1800家以上，总数突破1.4万家。",
      "【今年目标】",
      "报告提出，2025年全市主要预期目标是：地区生产总值增长5%左右。",
    ].join("\n");
    const sentences = analyzeReport(article).sentences;
    expect(sentences.find((s) => s.text.startsWith("全年新增"))).toMatchObject({ kind: "achievement" });
    expect(sentences.find((s) => s.text.startsWith("报告提出"))).toMatchObject({ kind: "goal" });
  });
});
