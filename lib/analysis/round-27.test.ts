// The twenty-seventh round's patterns (batch 45's 株洲 2011/12 on 人民网 and 宁波前湾新区's 管委会 reports, with their news
// articles), each on the sentence that showed it.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { classifySentence } from "./classify-sentence";
import { achieved, planned, said } from "./test-readers";

const named = (list: ReturnType<typeof achieved>) => list.map((i) => `${i.label} ${i.value}${i.unit} ${i.type}`);

describe("a count cut from one level to another", () => {
  it("names both figures by the thing cut, whatever verb of cutting is used (精简到, 压减到, 压缩至)", () => {
    for (const verb of ["精简到", "压减到", "压缩至"]) {
      expect(named(achieved(`行政审批事项由586项${verb}312项。`))).toEqual(["行政审批事项 586项 count", "行政审批事项 312项 count"]);
    }
  });

  it("keeps 调整 as the start of a thing counted when no 为/到 follows (197个调整改造项目)", () => {
    expect(achieved("国家支持启动197个调整改造项目。")[0].label).toBe("调整改造项目");
  });

  it("reads a time shortened (缩短, 平均缩短) as a fall", () => {
    expect(named(achieved("政务服务中心承诺办结时限平均缩短40%。"))).toEqual(["政务服务中心承诺办结时限 -40% growth"]);
  });
});

describe("a target restated after the result that answers it", () => {
  it("is the result's metric, and a fall's target a fall (超额完成省下达的20%的目标任务)", () => {
    const [result, target] = achieved("单位地区生产总值能耗五年累计下降22.6%，超额完成省下达的20%的目标任务。");
    expect(result).toMatchObject({ metric: "energy-intensity", value: -22.6, modality: "actual" });
    expect(target).toMatchObject({ metric: "energy-intensity", value: -20, type: "growth", modality: "target" });
  });

  it("is the result's metric when named by its purpose (22%的节能目标)", () => {
    const target = achieved("单位生产总值能耗五年累计下降22.7%，超额完成国家下达的22%的节能目标。")[1];
    expect(target).toMatchObject({ metric: "energy-intensity", value: -22, modality: "target" });
  });

  it("is the metric just named when only 顺利 is left before it (顺利实现突破3500亿元的年度目标)", () => {
    const list = achieved("规上工业总产值3576亿元，增长12.9%，顺利实现突破3500亿元的年度目标。");
    expect(list[2]).toMatchObject({ metric: "industrial-output", value: 350000000000, scale: "亿", modality: "target" });
  });
});

describe("the lexicon", () => {
  it("knows 新农合参合率 and 参合率 alone", () => {
    expect(achieved("新农合参合率达到97.2%。")[0].metric).toBe("rural-coop-medical-rate");
    expect(planned("巩固新型农村合作医疗制度，参合率稳定在95%以上。")[0].metric).toBe("rural-coop-medical-rate");
  });

  it("knows 招商引资到位资金 by its wordings (内外资实际到位资金)", () => {
    const target = planned("招商引资到位资金400亿元以上。")[0];
    const result = achieved("全年举办专题招商活动26场，内外资实际到位资金412亿元。")[1];
    expect(result.metric).toBe(target.metric);
    expect(target.metric).toBe("investment-funds-in-place");
  });
});

describe("projects named by the size they pass (超…亿元项目)", () => {
  it("reads the amount as the size and keeps it in the count's name, with the list's verb after a comma", () => {
    const list = achieved("新引进亿元以上项目108个，其中10亿元以上项目31个，超百亿元项目3个。");
    expect(list.map((i) => i.label)).toEqual(["新引进亿元以上项目", "单个项目投资规模", "新引进10亿元以上项目", "单个项目投资规模", "新引进超百亿元项目"]);
    expect(list[3].qualifiers).not.toContain("超过");
  });

  it("passes the commitment over the size to the count (力争…，新引进投资超10亿元项目100个)", () => {
    const count = planned("力争新增规上工业企业1500家以上，新引进投资超10亿元项目100个。").at(-1)!;
    expect(count).toMatchObject({ label: "新引进投资超10亿元项目", value: 100 });
    expect(count.qualifiers).toContain("力争");
  });
});

describe("news", () => {
  it("dates every clause of a sentence opening on an attribution and 去年 (报告指出，去年…；…增长23.8%)", () => {
    const list = said("报告指出，去年全市居民消费价格总水平上涨5.3%，高于年初预期；全社会固定资产投资增长23.8%，没有完成年初确定的25%的目标。");
    expect(list.map((i) => `${i.value} ${i.modality}`)).toEqual(["5.3 actual", "23.8 actual", "25 target"]);
  });

  it("reads a per cent of GDP named as the target as its growth (全省今年12%的预期目标)", () => {
    const list = said("记者注意到，今年的GDP增长预期目标比去年下调了1个百分点，与全省今年12%的预期目标一致。");
    expect(list[1]).toMatchObject({ value: 12, type: "growth", metric: "gdp" });
  });

  it("reads a speech tag naming an occupation as someone else's comment, and the quote before it too", () => {
    const report = analyzeReport(
      ["前湾新区2024年工作报告解读", "本报讯 记者 张三", "今年新区将实施重点项目190个，完成年度投资470亿元。", "“孩子上学近了，看病也方便了，新区越来越像一座城了。”在新区工作了8年的吉利杭州湾基地工程师王磊说。"].join("\n"),
    );
    const kinds = report.sentences.filter((s) => s.role !== "heading").map((s) => [s.text.slice(0, 6), s.kind]);
    expect(kinds.slice(-2)).toEqual([["“孩子上学近", "other"], ["在新区工作了", "other"]]);
  });
});

describe("a region's short name inside a place of its own", () => {
  it("keeps 台州 in 台州湾新区 in a 台州 article", () => {
    const report = analyzeReport(["台州市2025年政府工作报告解读", "本报讯 台州市第六届人民代表大会第五次会议开幕。", "去年规模以上工业增加值增长9.3%，台州湾新区规上工业总产值突破千亿元。"].join("\n"));
    const figure = report.sentences.flatMap((s) => s.indicators).find((i) => i.unit === "元")!;
    expect(figure.label).toBe("台州湾新区规上工业总产值");
  });
});

describe("slogans that close a report", () => {
  const plan = (text: string) => classifySentence({ text, part: "plan", role: "body" }, { section: { heading: "五、全面加强政府自身建设", part: "plan" } });
  it("are other, not tasks (任务艰巨，使命光荣; 宏伟蓝图已经绘就)", () => {
    expect(plan("新的一年，任务艰巨，使命光荣。").kind).toBe("other");
    expect(plan("“十二五”的宏伟蓝图已经绘就。").kind).toBe("other");
  });
});

// Batches 46 and 47 (唐山 1997/98 from the yearbook, 烟台 2025/26 from a news app, 三亚 from the e-paper, 克拉玛依 a Word export).
describe("news articles on the year's targets", () => {
  const ARTICLE = [
    "烟台日报",
    "2026年1月15日　星期四　第A01版：要闻",
    "烟台今年GDP预期增长5%以上",
    "本报记者　王晓彤",
    "1月14日上午，烟台市第十八届人民代表大会第五次会议在市会议中心开幕。",
    "【成绩单】“十四五”圆满收官",
    "报告显示，2025年全市地区生产总值增长5.6%。",
    "【新目标】稳中求进开新局",
    "今年，全市将实施省市重点项目500个。",
    "今年的经济增长目标比去年低1个百分点。",
    "市发展改革委主要负责同志在会后接受记者采访时说。",
    "从周边城市看，2025年青岛地区生产总值增长5.8%，青岛今年提出增长5.5%左右。",
    "据悉，本次会议将持续至1月17日。",
    "（本版编辑　周立新）",
  ].join("\n");
  const report = analyzeReport(ARTICLE);
  const kindOf = (start: string) => report.sentences.find((s) => s.text.startsWith(start))?.kind;

  it("takes the plan year from the page date when the article says 今年 rather than the year", () => {
    expect(report.metadata).toMatchObject({ kind: "news", planYear: 2026, reviewYear: 2025 });
  });

  it("opens the plan at a 【新目标】 subhead and keeps the results under 【成绩单】…", () => {
    expect(kindOf("【成绩单】")).toBe("achievement");
    expect(kindOf("今年，全市将实施")).toBe("goal");
  });

  it("reads a target set beside last year's, other places' targets, the timetable and a speech tag as other", () => {
    expect(kindOf("今年的经济增长目标比去年低")).toBe("other");
    expect(kindOf("从周边城市看")).toBe("other");
    expect(kindOf("据悉，本次会议")).toBe("other");
    expect(kindOf("市发展改革委")).toBe("other");
  });

  it("keeps other places' targets targets and their results results in a sentence read as other", () => {
    const figures = report.sentences.find((s) => s.text.startsWith("从周边城市看"))!.indicators;
    expect(figures.map((i) => `${i.value} ${i.modality}`)).toEqual(["5.8 actual", "5.5 target"]);
  });

  it("drops a paper's editor line", () => {
    expect(report.sentences.some((s) => s.text.includes("本版编辑"))).toBe(false);
  });

  it("reads a target moved against last year's as a target", () => {
    expect(said("今年的经济增长目标比去年低1个百分点。")[0].modality).toBe("target");
  });
});

describe("a paper's undated dateline (本报讯（记者…）)", () => {
  it("makes the text news, and 他说，… after a deputy's speech tag is still the deputy's", () => {
    const report = analyzeReport(
      ["唐山劳动日报", "市十届人大六次会议隆重开幕", "本报讯（记者　孙建华）唐山市第十届人民代表大会第六次会议昨天上午在市人民会堂隆重开幕。",
        "“去年唐钢顶住了钢材价格下滑的压力。”来自唐钢的市人大代表王德明说。", "他说，今年唐钢将通过技术改造使钢产量达到320万吨以上，比去年增长10%。"].join("\n"),
    );
    expect(report.metadata.kind).toBe("news");
    const said = report.sentences.find((s) => s.text.startsWith("他说"))!;
    expect(said.kind).toBe("other");
    expect(said.indicators.map((i) => i.modality)).toEqual(["target", "target"]);
  });
});

describe("a report's review", () => {
  const review = (text: string) => classifySentence({ text, part: "review", role: "heading" }, { section: { heading: "一、2025年工作回顾", part: "review" } });
  it("reads a bracketed line worded as a result as a sub-heading summing up results, not one naming a kind of section", () => {
    expect(review("【项目建设提质增效】").kind).toBe("achievement");
    expect(review("【数说2024】").kind).toBe("other");
    expect(review("【报告摘要】").kind).toBe("other");
  });

  it("reads 在困难中…增长 and enterprises described as loss-making as no problem", () => {
    const body = (text: string) => classifySentence({ text, part: "review", role: "body" }, { section: { heading: "一、1997年工作回顾", part: "review" } });
    expect(body("工业生产在困难中稳定增长。")).toMatchObject({ kind: "achievement", subtype: null });
    expect(body("对17户长期亏损、扭亏无望的企业实施了兼并和破产。").subtype).toBeNull();
  });
});

describe("names and units of batches 46 and 47", () => {
  it("counts voyages (航次)", () => {
    expect(achieved("全年接待邮轮86航次、旅客17.6万人次。")[0]).toMatchObject({ value: 86, unit: "航次", type: "count" });
  });

  it("drops 不足, 只 and 相邻的 from a name", () => {
    expect(achieved("入境过夜游客占过夜游客总数的比重不足4%。")[0].label).toBe("入境过夜游客占过夜游客总数的比重");
    expect(said("报告也指出，去年全社会固定资产投资只增长9.5%。")[0].metric).toBe("fixed-asset-investment");
    expect(achieved("全市国内生产总值增长11.4%，相邻的秦皇岛市国内生产总值增长10.8%。")[1].label).toBe("秦皇岛市国内生产总值");
  });

  it("keeps 人才 whole (才 is no word to drop)", () => {
    expect(planned("新引进各类人才2万人以上。")[0].label).toBe("新引进各类人才");
  });

  it("names places counted by the 普九 test they passed, one metric under both wordings", () => {
    const target = planned("今年再有15个县（市、区）基本普及九年义务教育。")[0];
    const result = achieved("全市又有6个县（市）区通过省“普九”验收。")[0];
    expect(result.label).toBe("通过“普九”验收的县（市）区");
    expect(target.metric).toBe(result.metric);
    expect(target.metric).toBe("compulsory-education-counties");
  });

  it("names the size an enterprise group must pass by the group and the measure, never a commitment", () => {
    const [, count, size] = planned("年内完成50户国有大中型企业的公司制改造，组建和发展5个销售收入超10亿元的企业集团。");
    expect(count.label).toBe("销售收入超10亿元的企业集团");
    expect(size).toMatchObject({ label: "企业集团销售收入规模", metric: "size-threshold" });
    expect(planned("年内新增产值超亿元的乡镇企业20家。").map((i) => i.value)).toEqual([20]);
  });
});

// Batch 48 (满洲里's abridged reports in a regional paper, 海淀 with a one-cell-a-line table).
describe("batch 48's patterns", () => {
  it("names a part by where it comes from with the whole's measure (其中铁路口岸2610万吨、公路口岸470万吨)", () => {
    const list = achieved("口岸过货量完成3080万吨，其中铁路口岸2610万吨、公路口岸470万吨。");
    expect(list.map((i) => i.label)).toEqual(["口岸过货量", "铁路口岸过货量", "公路口岸过货量"]);
    expect(achieved("铁路营业里程达到9.8万公里，其中高速铁路8951公里。")[1].label).toBe("高速铁路");
  });

  it("reads a headline's aim (剑指) as a target, not part of the name", () => {
    expect(said("技术合同成交额剑指3000亿元")[0]).toMatchObject({ metric: "tech-contract-turnover", modality: "target" });
  });

  it("drops a byline with a paper's mark before it (□本报记者), so the headline opens no section", () => {
    const report = analyzeReport(["呼伦贝尔日报", "稳通道　强口岸　兴旅游", "满洲里今年口岸过货量目标3300万吨以上", "□本报记者　韩雪松",
      "本报满洲里1月15日讯　15日，满洲里市第十四届人民代表大会第四次会议开幕。", "报告显示，2018年满洲里口岸过货量完成3261.4万吨，增长5.9%。"].join("\n"));
    expect(report.sentences.some((s) => s.text.includes("韩雪松"))).toBe(false);
    const result = report.sentences.find((s) => s.text.startsWith("报告显示"))!;
    expect(result.kind).toBe("achievement");
    expect(result.indicators.map((i) => i.modality)).toEqual(["actual", "actual"]);
  });
});

describe("a review's table typed one cell a line (batch 48's 海淀)", () => {
  const report = analyzeReport(["海淀区政府工作报告", "一、2022年工作回顾", "表：2022年海淀区主要经济社会发展指标完成情况", "指标名称", "年度目标", "完成情况",
    "地区生产总值增速", "6%左右", "3.6%", "全社会研发投入强度", "12%以上", "12.6%（预计）", "技术合同成交总额", "突破2700亿元", "2783.4亿元",
    "居民消费价格涨幅", "3%左右", "控制在目标以内", "细颗粒物年均浓度", "33微克/立方米以内", "30微克/立方米", "这些成绩的取得，是全区人民团结奋斗的结果。"].join("\n"));
  const row = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads rows whose cells carry a bound before the figure, an estimate mark or a concentration", () => {
    expect(row("全社会研发投入强度").indicators.map((i) => `${i.value} ${i.modality}`)).toEqual(["12 target", "12.6 estimate"]);
    expect(row("技术合同成交总额").indicators.map((i) => i.modality)).toEqual(["target", "actual"]);
    expect(row("细颗粒物年均浓度").indicators.map((i) => `${i.value}${i.unit}`)).toEqual(["33微克/立方米", "30微克/立方米"]);
  });

  it("reads a row whose result is said in words as a result", () => {
    expect(row("居民消费价格涨幅").kind).toBe("achievement");
  });
});

describe("lexicon wordings of batches 46–47", () => {
  it("knows 安置下岗职工 as re-employment of the laid-off and 新增造林绿化面积 as afforestation", () => {
    expect(planned("抓好再就业工程，全年安置下岗职工2万人以上。")[0].metric).toBe(achieved("全年有2.36万名下岗职工实现再就业。")[0].metric);
    expect(planned("新增造林绿化面积2万亩。")[0].metric).toBe("afforestation");
  });
});
