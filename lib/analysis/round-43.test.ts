// The forty-third round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, planned, read } from "./test-readers";
import { classifySentence } from "./classify-sentence";
import { documentTypeOfTitle } from "@/lib/text/related-document";

const kindOf = (text: string, part: "review" | "plan" | "other" = "other") => classifySentence({ text, part, role: "body" });
const sentenceOf = (analysis: ReturnType<typeof analyzeReport>, start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;
const names = (found: { label: string; text: string }[]) => found.map((i) => `${i.label}=${i.text}`);

describe("statements about the targets and the results, which set nothing", () => {
  it("reads the targets tied to a plan's figures as their explanation, however long the plan's words", () => {
    const text = "这些目标与“十三五”规划确定的到2020年生产总值突破1800亿元、年均增长8%的要求相衔接，体现了追赶超越的导向。";
    expect(kindOf(text, "plan").kind).toBe("other");
  });

  it("reads a target set against last year's result named by its year as its explanation", () => {
    expect(kindOf("其中，地区生产总值增长7%左右，比2021年实际增速高出2.5个百分点，体现了积极进取的导向。", "plan").kind).toBe("other");
  });

  it("reads the credit for the year's results as thanks, not a result", () => {
    expect(kindOf("过去一年的成绩，是市委统揽全局、科学决策的结果，是全市人民团结一心、奋力拼搏的结果。", "review").kind).toBe("other");
  });

  it("reads a database's note on the year's figures as a note on the figures", () => {
    expect(kindOf("文中2019年统计数据为初步核算数，以统计年鉴为准。", "review").kind).toBe("other");
  });

  it("reads a quoted admission of a problem without a figure as a problem", () => {
    const decision = kindOf("“文旅消费恢复慢，是我们必须正视的问题。”某某在报告中说。");
    expect([decision.kind, decision.subtype]).toEqual(["other", "problem"]);
  });

  it("reads a census's revision of last year's figures as a note on the figures", () => {
    expect(kindOf("按照第四次全国经济普查结果，2018年全市地区生产总值修订为600.5亿元，各项增速均按可比口径计算。", "review").kind).toBe("other");
  });

  it("reads a news article's account of the parts the report reviews as an account of the report", () => {
    expect(kindOf("报告从八个方面回顾了过去一年的工作。").kind).toBe("other");
  });

  it("reads the congress's resolution approving the report as the session's business", () => {
    expect(kindOf("会议充分肯定市人民政府过去一年的工作，认为报告实事求是、措施有力，同意这个报告。").kind).toBe("other");
  });

  it("reads a task said with a cheer as the task, a call as a call", () => {
    expect(kindOf("坚决防止数字脱贫、虚假脱贫！", "plan").kind).toBe("goal");
    expect(kindOf("十件民生实事继续办！", "plan").kind).toBe("goal");
    expect(kindOf("我们的目标一定要达到！", "plan").kind).toBe("other");
  });

  it("reads the lessons of the year and how the targets were set as neither goal nor result (the 1980s' words)", () => {
    expect(kindOf("回顾一年来的工作，我们深深体会到，只有坚持改革、开放、搞活，才能使经济保持活力。", "review").kind).toBe("other");
    expect(kindOf("一年来的实践使我们体会到，坚持改革是振兴经济的根本出路。", "review").kind).toBe("other");
    expect(kindOf("这些指标，是在全面分析了有利条件和不利因素之后确定的，既积极又留有余地。", "plan").kind).toBe("other");
  });

  it("reads a fall said without a figure after 但是…由于, and a state not yet changed, as problems", () => {
    expect(kindOf("但是，由于物价上涨较多，有一部分职工家庭的实际生活水平有所下降。", "review").subtype).toBe("problem");
    expect(kindOf("报告指出，去年生产总值增速低于年初预期目标2.8个百分点，一业独大的格局没有根本改变。").subtype).toBe("problem");
  });

  it("reads a briefing outline's notes to its speakers as theirs", () => {
    expect(kindOf("宣讲提示：宣讲时可结合本地实际，用群众身边的新变化讲清一年来的发展成绩。", "review").kind).toBe("other");
    expect(kindOf("要点解读：今年是建市20周年，全市经济总量已是建市之初的14倍多。", "review").kind).toBe("other");
  });

  it("reads what a deputy pays attention to as the deputy's, not the report's", () => {
    expect(kindOf("市人大代表、某某镇民宿经营者王某则格外关注文旅振兴。", "plan").kind).toBe("other");
  });
});

describe("a report with a glossary of terms after its closing", () => {
  const report = analyzeReport(
    [
      "某某市2022年政府工作报告",
      "一、2021年工作回顾",
      "全市地区生产总值增长8.4%。全面推行林长制①。",
      "二、2022年工作安排",
      "地区生产总值增长7.5%左右。",
      "让我们团结一心，奋勇前进！",
      "",
      "名词解释",
      "①林长制：由各级党政主要负责同志担任林长，对森林资源保护发展负总责的制度。截至2021年底，全市共设立各级林长2300名。",
    ].join("\n"),
    { fileName: "city-2022.txt" },
  );

  it("reads a note's fact as of the end of the review year as a result, its definition as neither", () => {
    expect(sentenceOf(report, "截至2021年底").kind).toBe("achievement");
    expect(sentenceOf(report, "①林长制").kind).toBe("other");
  });
});

describe("names", () => {
  it("gives each zone of a list before a metric named once all of the metric", () => {
    expect(names(planned("力争高新区、经开区工业总产值分别突破500亿元和120亿元。"))).toEqual(["高新区工业总产值=500亿元", "经开区工业总产值=120亿元"]);
    // (Townships as before.)
    expect(names(planned("甲镇、乙镇一般公共预算收入分别增长10%和12%。"))).toEqual(["甲镇一般公共预算收入=10%", "乙镇一般公共预算收入=12%"]);
  });

  it("reads rural migrants who became townspeople (实现市民化) as migrants settled in towns", () => {
    const [settled] = achieved("4.8万农业转移人口实现市民化。").filter((i) => i.unit === "人");
    expect([settled.label, settled.metric]).toEqual(["农业转移人口实现市民化", "urban-settlement"]);
  });

  it("gives the figures after a concession's 虽然…分别 to the metrics named before it", () => {
    const found = achieved("全年接待游客5000万人次、实现旅游综合收入500亿元，虽然分别增长11%和14%，但与年初目标仍有差距。");
    expect(found.filter((i) => i.unit === "%").map((i) => i.metric)).toEqual(["tourists", "tourism-revenue"]);
  });

  it("gives a list's later item the work its first names, whatever each is counted in (改造棚户区…套、老旧小区…个)", () => {
    expect(names(planned("改造棚户区3000套、老旧小区40个。"))).toEqual(["改造棚户区=3000套", "改造老旧小区=40个"]);
    // (An item with its own verb keeps it: 加装电梯.)
    expect(names(planned("改造城镇老旧小区100个、加装电梯200部。"))).toEqual(["改造城镇老旧小区=100个", "加装电梯=200部"]);
  });

  it("names Inner Mongolia's villages by their leaving poverty, and a count's word before it with what the people reached", () => {
    expect(names(planned("确保8个贫困嘎查村全部出列。"))).toEqual(["贫困嘎查村出列=8个"]);
    expect(names(planned("确保剩余2316名建档立卡贫困人口实现脱贫。"))).toEqual(["剩余建档立卡贫困人口脱贫=2316名"]);
  });

  it("keeps the region's name in a scenic area named after it", () => {
    const report = analyzeReport(["黄山市2021年政府工作报告", "一、2020年工作回顾", "全市地区生产总值增长4%。", "二、2021年工作安排", "黄山风景区接待游客力争达到300万人次。"].join("\n"), {
      fileName: "huangshan-2021.txt",
    });
    expect(sentenceOf(report, "黄山风景区").indicators.map((i) => i.label)).toEqual(["黄山风景区接待游客"]);
  });
});

describe("a city's microblog thread", () => {
  const thread = analyzeReport(
    [
      "某某发布",
      "关注 386　粉丝 41.2万　微博 15827",
      "",
      "@某某发布",
      "1月9日 11:02 来自 微博 weibo.com",
      "#2017某某两会# 【划重点：2017年预期目标】地区生产总值增长8%左右，固定资产投资增长15%。",
      "转发 112　评论 23　赞 96",
      "网友甲：8%左右，稳字当头！",
      "1月9日 11:09　回复　赞 7",
    ].join("\n"),
    { fileName: "city-2017-weibo.txt" },
  );

  it("reads the account's counts, a post's counters without bars and a reply's time line as the page's furniture", () => {
    const texts = thread.sentences.map((s) => s.text);
    for (const furniture of ["关注 386", "转发 112", "1月9日 11:09"]) expect(texts.some((t) => t.startsWith(furniture))).toBe(false);
    expect(texts.some((t) => t.includes("地区生产总值增长8%左右"))).toBe(true);
  });

  it("carries the post's targets on into its next sentence, metric first (分别增长)", () => {
    const post = analyzeReport(["#2017某某两会# 【划重点：2017年预期目标】地区生产总值增长8%左右，固定资产投资增长15%。城乡居民人均可支配收入分别增长8%和9%，城镇新增就业4.5万人。"].join("\n"), { fileName: "city-2017-weibo.txt" });
    expect(sentenceOf(post, "城乡居民人均可支配收入").kind).toBe("goal");
  });

  it("reads a post's lead closed by a pointing emoji as no text cut off", () => {
    const post = analyzeReport(["@某某发布", "1月9日 09:50 来自 微博 weibo.com", "#2017某某两会# 【直播】市长作政府工作报告。小编带您一起划重点👇"].join("\n"), { fileName: "city-2017-weibo.txt" });
    expect(post.metadata.warnings.map((w) => w.code)).not.toContain("truncated");
  });

  it("reads a reply above its time line as a reader's words, in no part", () => {
    const reply = sentenceOf(thread, "网友甲");
    expect([reply.kind, reply.flags]).toEqual(["other", ["reply"]]);
  });
});

describe("a portal's footer", () => {
  it("reads the address and postcode line as the page's furniture, never a figure", () => {
    const report = analyzeReport(
      ["某某市2021年政府工作报告", "一、2020年工作回顾", "全市地区生产总值增长4%。", "主办：某某市人民政府办公室", "地址：某某市某某区某某大街126号　　邮编：714000"].join("\n"),
      { fileName: "city-2021.txt" },
    );
    expect(report.sentences.flatMap((s) => s.indicators).map((i) => i.text)).toEqual(["4%"]);
  });
});

describe("a briefing outline on the report (宣讲提纲)", () => {
  it("is a document about the report, not the report", () => {
    const outline = analyzeReport(
      ["2024年市政府工作报告宣讲提纲", "（供全市各级宣讲团成员使用）", "宣讲要点如下：", "一、2023年工作回顾", "全市地区生产总值增长6.6%。", "中共中卫市委宣传部　2024年1月22日"].join("\n"),
      { fileName: "city-2024-outline.txt" },
    );
    expect(outline.metadata.kind).toBe("document");
    // (Its title names no place; the office that signs it does.)
    expect(outline.metadata.region).toBe("中卫市");
    expect(documentTypeOfTitle("2024年市政府工作报告宣讲提纲")).toBe("outline");
  });
});

describe("a legal database's record page", () => {
  const record = analyzeReport(
    [
      "某某市2018年政府工作报告",
      "发布部门：某某市人民政府",
      "发布日期：2018.02.12",
      "时效性：现行有效",
      "效力级别：地方工作文件",
      "法规类别：政府工作报告",
      "",
      "【1】一、2017年工作回顾",
      "【2】（一）经济运行稳中向好",
      "全市生产总值增长8.1%。",
      "【11】二、2018年工作安排",
      "【12】（一）聚焦项目建设",
      "生产总值增长8%左右。",
      "相关资料",
      "某某市2017年国民经济和社会发展统计公报",
      "本篇法规中的统计数据仅供参考，引用时请以原发布机关公布的文本为准。",
      "某某法宝　版权所有　© 2003-2018",
    ].join("\n"),
    { fileName: "city-2018.txt" },
  );

  it("reads the catalogue fields and the page's footer as furniture", () => {
    const texts = record.sentences.map((s) => s.text);
    for (const furniture of ["时效性", "效力级别", "法规类别", "相关资料", "本篇法规", "某某法宝"]) expect(texts.some((t) => t.startsWith(furniture))).toBe(false);
  });

  it("reads a paragraph anchor before a part's number as no part of the heading's level", () => {
    expect(sentenceOf(record, "全市生产总值增长8.1%").part).toBe("review");
    expect(sentenceOf(record, "生产总值增长8%左右").part).toBe("plan");
  });
});

describe("a report typed in from a yearbook", () => {
  const report = analyzeReport(
    [
      "政府工作报告",
      "——1988年4月5日在某某市第八届人民代表大会第一次会议上",
      "一、1987年工作回顾",
      "工业总产值完成52亿元，比上年增长12%。",
      "二、1988年的主要任务",
      "·文献·　·21·",
      "要稳定粮食生产，粮食总产达到150万吨。",
      "〔本文有删节〕",
    ].join("\n"),
    { fileName: "city-1988.txt" },
  );

  it("reads the yearbook's running head as page furniture, no heading over what follows", () => {
    expect(report.sentences.some((s) => s.text.includes("文献"))).toBe(false);
    expect(sentenceOf(report, "要稳定粮食生产").kind).toBe("goal");
  });

  it("reads an editor's note wholly in 〔〕 as the editor's", () => {
    expect(sentenceOf(report, "〔本文有删节〕").kind).toBe("other");
  });
});

describe("a notice's postcode", () => {
  it("is never a quantity", () => {
    expect(read("二、信函：邮寄至某某市某某区朔方路2号（邮编：015000）。")).toEqual([]);
    expect(read("邮政编码714000，新增岗位1500个。")).toEqual(["1500个=1500个"]);
  });
});
