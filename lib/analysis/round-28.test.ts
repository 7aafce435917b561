// The twenty-eighth round's patterns (batch 49's 百色 2020/21 from the gazette PDF and 锡林郭勒盟's 行政公署 reports from
// WeChat, with their news articles), each on the sentence that showed it.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { classifySentence } from "./classify-sentence";
import { achieved, planned, problem, said } from "./test-readers";

const named = (list: ReturnType<typeof achieved>) => list.map((i) => `${i.label} ${i.value}${i.unit} ${i.modality}`);

describe("a WeChat copy's emoji before a heading", () => {
  const heading = (text: string, part: "plan" | "review") =>
    classifySentence({ text, part, role: "heading" }, { section: { heading: "📌二、2022年工作安排", part } });

  it("is no word of a part's heading worded as a task (📌三、全面加强政府自身建设 is a goal)", () => {
    expect(heading("📌三、全面加强政府自身建设", "plan").kind).toBe("goal");
  });

  it("makes no sub-heading of a news card's group name (📌划重点｜今年这些事要办 stays a title)", () => {
    expect(heading("📌划重点｜今年这些事要办", "plan").kind).toBe("other");
  });
});

describe("a news article's words about the report and about its readers", () => {
  const news = (text: string) => classifySentence({ text, part: "other", role: "body" }, { metadata: { kind: "news" } as never });

  it("reads the report's reception and its longest part as description (报告在代表中引起热烈反响, 着墨最多)", () => {
    expect(news("报告在代表中引起热烈反响。").kind).toBe("other");
    expect(news("脱贫攻坚是报告中着墨最多的内容。").kind).toBe("other");
  });

  it("reads a herder's or a cooperative head's words as someone else's comment, with the quote before them", () => {
    const report = analyzeReport(
      [
        "锡林郭勒日报",
        "本报讯（记者　张三）2月15日，盟人大工委全体会议开幕。",
        "一、牧区发展同样交出亮眼答卷",
        "全盟牧业年度牲畜存栏1647万头只。",
        "“去年我家出栏肉羊420只，纯收入比上年多了3万多元。”",
        "西乌珠穆沁旗牧民额尔敦毕力格说，今年他打算再建一座300平方米的暖棚。",
        "市人大代表、田东县一家芒果种植专业合作社理事长黄建新告诉记者，去年合作社销售芒果1.2万吨。",
      ].join("\n"),
      { fileName: "xilingol-2023-news.txt" },
    );
    const kindOf = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!.kind;
    expect(kindOf("“去年我家出栏肉羊")).toBe("other");
    expect(kindOf("西乌珠穆沁旗牧民")).toBe("other");
    expect(kindOf("市人大代表、田东县")).toBe("other");
  });
});

describe("closing and reviewing words", () => {
  it("reads a horn of the campaign sounded as a closing slogan, however long its campaign's name", () => {
    const plan = classifySentence({ text: "决胜全面小康、决战脱贫攻坚的号角已经吹响。", part: "plan", role: "body" }, { section: { heading: "（八）加强政府自身建设。", part: "plan" } });
    expect(plan.kind).toBe("other");
  });

  it("reads difficulties solved for firms as work done, not as a problem (协调解决企业用工、融资、物流等困难和问题)", () => {
    const review = classifySentence(
      { text: "开展“企业服务月”活动，协调解决企业用工、融资、物流等困难和问题，市场主体活力逐步恢复。", part: "review", role: "body" },
      { section: { heading: "（二）疫情防控和复工复产统筹推进", part: "review" } },
    );
    expect(review.kind).toBe("achievement");
  });
});

describe("a target the review says was not reached", () => {
  it("names the metric before 未能实现 and is the target's figure (社会消费品零售总额未能实现增长7%左右的目标)", () => {
    expect(problem("社会消费品零售总额未能实现增长7%左右的目标。")[0]).toMatchObject({ metric: "retail-sales", value: 7, modality: "target" });
  });

  it("reads each figure of a list named as the year's targets as a target (…等年初预期目标未能实现)", () => {
    const [gdp, investment] = problem("受疫情冲击，地区生产总值增长7%左右、固定资产投资增长12%等年初预期目标未能实现。");
    expect(gdp).toMatchObject({ metric: "gdp", value: 7, modality: "target" });
    expect(investment).toMatchObject({ metric: "fixed-asset-investment", value: 12, modality: "target" });
  });

  it("reads a level not passed as the target's (港口货物吞吐量未能突破5亿吨)", () => {
    expect(problem("港口货物吞吐量未能突破5亿吨。")[0]).toMatchObject({ label: "港口货物吞吐量", modality: "target" });
  });

  it("reads a target quoted as the year's expectation as a target of the result's metric (低于年初5%左右的预期)", () => {
    const [result, target] = achieved("固定资产投资增长3.2%，低于年初5%左右的预期。");
    expect(result.modality).toBe("actual");
    expect(target).toMatchObject({ metric: "fixed-asset-investment", value: 5, type: "growth", modality: "target" });
  });

  it("reads last year's target quoted in marks as last year's growth target (与去年“7%左右”的目标相比)", () => {
    expect(said("与去年“7%左右”的目标相比，今年的增长目标提高了1个百分点。")[0]).toMatchObject({ label: "增长目标", value: 7, type: "growth", modality: "target" });
  });
});

describe("names and places", () => {
  it("leaves a hope and a causative verb out of the name (产值有望增长三成, 让果农人均增收1000元)", () => {
    expect(said("企业今年产值有望增长三成以上。")[0].label).toBe("企业产值");
    expect(planned("力争让果农人均增收1000元以上。")[0].label).toBe("果农人均增收");
  });

  it("gives a place after the whole's metric that metric (全区地区生产总值增长3.7%，首府南宁市增长3.2%)", () => {
    const [, capital] = achieved("全区地区生产总值增长3.7%，首府南宁市增长3.2%。");
    expect(capital).toMatchObject({ label: "南宁市地区生产总值", value: 3.2 });
  });

  it("reads no voltage grade as a figure (1000千伏特高压交流, 110千伏变电站), and 千伏安 as a unit", () => {
    expect(achieved("锡盟—山东1000千伏特高压交流、锡盟—泰州±800千伏特高压直流通道配套电源项目全部建成。")).toEqual([]);
    expect(achieved("新建110千伏变电站3座，新增变电容量120万千伏安。").map((i) => i.text)).toEqual(["3座", "120万千伏安"]);
  });

  it("lets 预计 reach a clause that goes on with the same figures (预计分别达到…，分别增长4.3%和7.2%)", () => {
    const figures = achieved("城镇、农村牧区常住居民人均可支配收入预计分别达到47200元和23560元，分别增长4.3%和7.2%。");
    expect(named(figures)).toEqual([
      "城镇常住居民人均可支配收入 47200元 estimate",
      "农村牧区常住居民人均可支配收入 23560元 estimate",
      "城镇常住居民人均可支配收入 4.3% estimate",
      "农村牧区常住居民人均可支配收入 7.2% estimate",
    ]);
  });
});

describe("old websites, Weibo threads and live text streams (batches 50 and 51)", () => {
  const heading = (text: string) => classifySentence({ text, part: "plan", role: "heading" }, { section: { heading: "二、今年工作安排", part: "plan" } });
  const body = (text: string, heading = "【图文直播】市十二届人大二次会议隆重开幕") =>
    classifySentence({ text, part: "other", role: "body" }, { section: { heading, part: "other" }, metadata: { kind: "news" } as never });

  it("reads a news article's bracketed subhead over the targets as a title, figures or not (11 readers of 14)", () => {
    expect(heading("【今年目标：GDP增长12%左右】").kind).toBe("other");
    expect(heading("【今年目标：稳中求进　提质增效】").kind).toBe("other");
  });

  it("reads a live stream's scene, host, correction and background entries as the coverage's own words", () => {
    for (const entry of ["8:52 【现场】会场内庄严隆重。", "10:02【更正】9:15条中“出口创汇6210万美元”有误，应为“6120万美元”。", "10:33【背景】记者了解到，郑州市今年提出的目标为13%以上。", "09:31 [图] 会场一角（本网记者 周静 摄）"]) {
      expect(body(entry).kind).toBe("other");
    }
  });

  it("reads what the report says in a live entry by its own words, not by the stream's headline (09:12【报告】…完成176.8亿元)", () => {
    expect(body("09:12【报告】据初步统计，2003年全市生产总值完成176.8亿元，增长12.4%。").kind).toBe("achievement");
  });

  it("lets 预计 after a live entry's stamp and tag estimate the whole entry", () => {
    const figures = achieved("      【报告】预计全年农民人均纯收入3702元，增长5.4%；城镇居民人均可支配收入6685元，增长7.3%。");
    expect(figures.map((i) => i.modality)).toEqual(["estimate", "estimate", "estimate", "estimate"]);
  });

  it("reads a Weibo post by what it says, past its hashtags and number (#双流两会# 【政府工作报告】（11/18）2015年是…之年)", () => {
    const post = classifySentence({ text: "#双流两会# 【政府工作报告】（11/18）2015年是全面深化改革的关键之年。", part: "other", role: "body" }, {});
    expect(post.kind).toBe("other");
  });

  it("reads a glossary after the report (附：名词解释) as context, not as tasks", () => {
    const report = analyzeReport(
      ["鞍山市政府工作报告", "一、2009年工作回顾", "全市地区生产总值增长15%。", "二、2010年工作安排", "全年实施亿元以上项目400个。", "附：名词解释", "1．沈阳经济区：以沈阳为中心，由沈阳、鞍山等8个城市组成的城市群。"].join("\n"),
      { fileName: "anshan-2010.txt" },
    );
    expect(report.sentences.find((s) => s.text.includes("沈阳经济区"))!.kind).toBe("other");
  });

  it("reads difficulties solved in the same clause as work done or a task, not as a problem", () => {
    const plan = classifySentence({ text: "解决4万农村人口饮水困难。", part: "plan", role: "body" }, { section: { heading: "（五）着力解决群众关心的问题", part: "plan" } });
    expect(plan.kind).toBe("goal");
  });

  it("reads a result that fell short, opening on its figures, as the result (…33.9亿元，仅增长8.7%，没有完成…; 全年引进…16.2亿元，…没有完成计划)", () => {
    const review = (text: string) => classifySentence({ text, part: "review", role: "body" }, { section: { heading: "一、2003年工作回顾", part: "review" } });
    expect(review("受非典疫情影响，社会消费品零售总额33.9亿元，仅增长8.7%，没有完成年初预期目标。").kind).toBe("achievement");
    expect(review("全年引进市外资金16.2亿元，实际利用外资1380万美元，没有完成计划。").kind).toBe("achievement");
  });

  it("reads no figure in a size class written as a bare power of ten (引进投资千万美元以上外资项目30个)", () => {
    expect(planned("引进投资千万美元以上外资项目30个。").map((i) => i.text)).toEqual(["30个"]);
  });

  it("leaves sameness with last year out of a target's name (今年的经济增长目标与去年相同，仍定在12%左右)", () => {
    expect(said("记者注意到，今年的经济增长目标与去年相同，仍定在12%左右。")[0]).toMatchObject({ label: "经济增长目标", type: "growth", modality: "target" });
  });

  it("knows energy intensity written 综合能耗 (万元GDP综合能耗, 万元生产总值综合能耗)", () => {
    expect(planned("万元GDP综合能耗下降4%。")[0].metric).toBe("energy-intensity");
    expect(achieved("万元生产总值综合能耗预计下降3.1%。")[0].metric).toBe("energy-intensity");
  });
});

describe("a PDF report's boxes and the units of batch 52", () => {
  it("reads a box's title as a caption and a pointer to a box as no figure (专栏1　2020年主要指标完成情况, 见专栏2)", () => {
    const title = classifySentence({ text: "专栏1　2020年主要指标完成情况", part: "review", role: "body" }, { section: { heading: "一、2020年工作回顾", part: "review" } });
    expect(title.kind).toBe("other");
    expect(planned("全面完成市本级十方面民生实事（见专栏2）。")).toEqual([]);
  });

  it("reads 千升 as a unit of volume (新增产能3000千升)", () => {
    expect(planned("今年计划新增产能3000千升。")[0]).toMatchObject({ value: 3000, unit: "千升", scale: null });
  });

  it("measures a sector alone after the output of the sectors together (其中工业增长百分之九，农业增长百分之三)", () => {
    const labels = planned("工农业总产值２３１亿元，比上年增长百分之八点五，其中工业增长百分之九，农业增长百分之三。").map((i) => i.label);
    expect(labels).toEqual(["工农业总产值", "工农业总产值", "工业总产值", "农业总产值"]);
  });

  it("knows the 1980s' exports bought by the trade companies under both its names (外贸收购总值, 外贸出口收购额)", () => {
    expect(planned("外贸收购总值１１．５亿元。")[0].metric).toBe("export-procurement");
    expect(achieved("外贸出口收购额１１．２亿元。")[0].metric).toBe("export-procurement");
  });
});
