// The twenty-ninth round's patterns (batch 53's 孝感 2020, delivered after the lockdown, and 平阳's reports pasted into
// a local forum thread with a table drawn in box-drawing characters), each on the sentence or the lines that showed it.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, planned } from "./test-readers";

/** The kind of a text's last sentence, the text analysed whole (a heading line, then the sentence). */
const lastKind = (text: string, fileName: string) => analyzeReport(text, { fileName }).sentences.at(-1)!.kind;

const FORUM_THREAD = [
  "平阳论坛 » 平阳时事 » 2013年县政府工作报告全文（附主要指标完成表）",
  "查看: 3519 | 回复: 2",
  "楼主　阿岩老张　发表于 2013-2-27 08:52:36 | 只看该作者 | 倒序浏览",
  "本帖最后由 阿岩老张 于 2013-2-27 09:20 编辑 ",
  "平阳县人民政府工作报告",
  "各位代表：",
  "一、2012年工作回顾",
  "　　过去的一年，全县地区生产总值增长7.6%。",
  "二、2013年工作安排",
  "　　今年全县地区生产总值增长8.5%左右。",
  "附表：2012年全县主要经济指标完成情况",
  "┌────────────┬────┬──────┬─────┬────┐",
  "│指标　　　　　　　　　　│单位　　│2012年目标　│完成　　　│增长%　 │",
  "├────────────┼────┼──────┼─────┼────┤",
  "│地区生产总值　　　　　　│亿元　　│9.5%左右　　│301.2　　 │7.6　　 │",
  "├────────────┼────┼──────┼─────┼────┤",
  "│地方财政收入　　　　　　│亿元　　│10%　　　　 │24.1　　　│7.1　　 │",
  "├────────────┼────┼──────┼─────┼────┤",
  "│城镇登记失业率　　　　　│%　　　 │4以内　　　 │3.12　　　│—　　　 │",
  "└────────────┴────┴──────┴─────┴────┘",
  "",
  "沙发　海西过客　发表于 2013-2-27 09:41 | 只看该作者",
  "回复 1# 阿岩老张 的帖子",
  "去年GDP目标是9.5%左右，实际只有7.6%，金融风波这一年真是伤筋动骨。",
].join("\n");

describe("a forum thread that pastes the report", () => {
  const report = analyzeReport(FORUM_THREAD, { fileName: "pingyang-2013.txt" });
  const find = (start: string) => report.sentences.find((s) => s.text.startsWith(start));

  it("reads the thread's breadcrumb, counter, floor heads, edit stamp and quote line as no sentence", () => {
    for (const furniture of ["平阳论坛", "查看:", "楼主", "本帖最后由", "沙发", "回复 1#"]) expect(find(furniture)).toBeUndefined();
  });

  it("reads a box-drawn table's rows as table rows: the rules between them are no unit, and 2012年目标 against 完成 is a result", () => {
    expect(report.sentences.some((s) => /^[┌├└]/.test(s.text))).toBe(false);
    const row = find("│地区生产总值")!;
    expect(row.kind).toBe("achievement");
    expect(row.indicators.map((i) => `${i.value}${i.unit} ${i.type} ${i.modality}`)).toEqual([
      "9.5% growth target",
      "30120000000元 level actual",
      "7.6% growth actual",
    ]);
    expect(find("│指标")!.kind).toBe("other");
  });

  it("reads a per cent under the target column of a row in 亿元 as the amount's growth (地方财政收入 | 亿元 | 10%)", () => {
    expect(find("│地方财政收入")!.indicators[0]).toMatchObject({ value: 10, unit: "%", type: "growth", modality: "target" });
  });

  it("reads a reader's reply under the post as no government's word, its figures still read", () => {
    const reply = find("去年GDP目标是9.5%左右")!;
    expect(reply.kind).toBe("other");
    expect(reply.indicators.map((i) => `${i.value} ${i.modality}`)).toEqual(["9.5 target", "7.6 actual"]);
  });
});

describe("a share of a base year's level come back (the year after the epidemic)", () => {
  it("reads 固定资产投资恢复到上年的90%以上 as a share, a target in the plan", () => {
    expect(planned("固定资产投资恢复到上年的90%以上。")[0]).toMatchObject({ label: "固定资产投资恢复到上年的比例", type: "share", modality: "target", value: 90 });
  });

  it("names the base as written: 常年, 2019年 (生猪出栏量恢复到常年的85%, 接待游客恢复到2019年的90%以上)", () => {
    expect(achieved("生猪出栏量恢复到常年的85%。")[0]).toMatchObject({ label: "生猪出栏量恢复到常年的比例", type: "share", modality: "actual" });
    expect(planned("全年接待游客恢复到2019年的90%以上。")[0]).toMatchObject({ label: "接待游客恢复到2019年的比例", type: "share" });
  });

  it("still reads a growth back to a level (回升到8%) as the metric's own figure", () => {
    expect(achieved("工业增加值增速回升到8%。")[0].type).toBe("growth");
  });
});

describe("a reader's 才 before a figure", () => {
  it("is no part of the name (外贸出口才增长3.2%), and 人才 keeps its 才", () => {
    expect(achieved("外贸出口才增长3.2%。")[0].label).toBe("外贸出口");
    expect(achieved("引进高层次人才120名。")[0].label).toContain("人才");
  });
});

describe("batch 54: an explainer's cards (一图读懂 as text)", () => {
  const CARDS = [
    "【图解】一图读懂2017年黔东南州政府工作报告",
    "▍2016年成绩单",
    "过去一年，全州上下守底线、走新路、奔小康。",
    "",
    "📈 经济运行稳中向好",
    "地区生产总值",
    "973.8亿元（预计）",
    "🎯 脱贫攻坚首战告捷",
    "贫困发生率",
    "降至12.4%",
    "贫困村退出",
    "312个",
    "",
    "▍2017年目标",
    "💡 主要预期目标",
    "CPI涨幅",
    "控制在3%左右",
    "",
    "📝 报告高频词",
    "脱贫攻坚　出现7次",
  ].join("\n");
  const report = analyzeReport(CARDS, { fileName: "qiandongnan-2017-news.txt" });
  const find = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a pictograph-marked card title of the review as a sub-heading that sums up results (📈 经济运行稳中向好)", () => {
    expect(find("📈 经济运行稳中向好").kind).toBe("achievement");
  });

  it("names a figure line that says where the figure moved or is held (降至12.4%, 控制在3%左右) by the name line above", () => {
    expect(find("降至12.4%").indicators[0]).toMatchObject({ label: "贫困发生率", value: 12.4, modality: "actual" });
    expect(find("控制在3%左右").indicators[0]).toMatchObject({ metric: "cpi", type: "growth", modality: "target" });
  });

  it("reads the report's counted words as no part of the plan (📝 报告高频词)", () => {
    expect(find("脱贫攻坚　出现7次").kind).toBe("other");
  });
});

describe("batch 54: reports of the mid-1990s (开封)", () => {
  it("reads where the targets came from as their explanation (确定上述目标，主要是从我市实际出发)", () => {
    expect(lastKind("二、一九九五年的主要任务\n确定上述目标，主要是从我市实际出发，既积极又稳妥。", "kaifeng-1995.txt")).toBe("other");
  });

  it("gives a bare 总产 and 总产值 to the crop or the sector the sentence opens on, and adds no 产量 to 棉花总产", () => {
    expect(achieved("棉花生产先后遭受伏旱和棉铃虫危害，总产81万担。")[0].label).toBe("棉花总产");
    expect(achieved("乡镇企业发展势头强劲，总产值达到112.6亿元。")[0].label).toBe("乡镇企业总产值");
    expect(achieved("粮食总产量达到168.4万吨；棉花总产76万担。").map((i) => i.label)).toEqual(["粮食总产量", "棉花总产"]);
  });

  it("reads a result after a calamity that fell short of the plan as the result (…遭受伏旱…，总产81万担，没有完成年初计划)", () => {
    expect(lastKind("一、1995年工作回顾\n　　棉花生产先后遭受伏旱和棉铃虫危害，总产81万担，没有完成年初计划。", "kaifeng-1996.txt")).toBe("achievement");
  });

  it("keeps 预计 over a growth given at comparable prices (预计完成123.6亿元，按可比价格计算增长12.1%)", () => {
    expect(achieved("全市国内生产总值预计完成123.6亿元，按可比价格计算增长12.1%。").map((i) => i.modality)).toEqual(["estimate", "estimate"]);
  });

  it("reads the old names of retail sales and of goods supplied for export as the lexicon's", () => {
    expect(achieved("社会商品零售总额43.5亿元。")[0].metric).toBe("retail-sales");
    expect(achieved("外贸出口供货额4.3亿元。")[0].metric).toBe("export-procurement");
  });
});

describe("batch 54: portal copies (黔东南, 宜宾)", () => {
  it("drops a long adjustment before 同口径 from the name (剔除“营改增”等政策性减收因素后同口径增长8.3%)", () => {
    const list = achieved("一般公共预算收入80.9亿元，自然口径增长2.9%，剔除“营改增”等政策性减收因素后同口径增长8.3%。");
    expect(list.map((i) => i.label)).toEqual(["一般公共预算收入", "一般公共预算收入", "一般公共预算收入"]);
  });

  it("reads 载重吨 as a ship's capacity unit (新增船舶运力5.8万载重吨)", () => {
    expect(achieved("新增船舶运力5.8万载重吨。")[0]).toMatchObject({ label: "新增船舶运力", unit: "载重吨", value: 58000 });
  });
});

describe("batch 54: a news article on how the report was received", () => {
  it("reads applause interrupting the report as its reception, not a target (周立诚的报告多次被代表们的掌声打断)", () => {
    const report = analyzeReport(
      ["开封日报", "本报讯　今年全市国内生产总值增长12%。", "周立诚的报告多次被代表们的掌声打断。"].join("\n"),
      { fileName: "kaifeng-1996-news.txt" },
    );
    expect(report.sentences.find((s) => s.text.startsWith("周立诚"))!.kind).toBe("other");
  });
});

describe("batch 55: 呼伦贝尔 from a document-sharing site", () => {
  it("reads the things added, counted first, that fell short as the result (新增规模以上工业企业36户，没有完成…40户目标)", () => {
    expect(lastKind("一、2009年工作回顾\n　　新增规模以上工业企业36户，没有完成年初确定的40户目标。", "hulunbuir-2010.txt")).toBe("achievement");
  });

  it("adds no 产量 to a capacity after an output (原煤产量7240万吨，电力总装机588万千瓦)", () => {
    expect(achieved("全年原煤产量7240万吨，电力总装机达到588万千瓦。").map((i) => i.label)).toEqual(["原煤产量", "电力总装机"]);
  });

  it("reads 接待国内外旅游者 as the lexicon's tourists", () => {
    expect(planned("接待国内外旅游者700万人次。")[0].metric).toBe("tourists");
  });
});

describe("batch 53–55: units and a plan said by a village", () => {
  it("reads 重量箱 (flat glass) and 眼 (wells) as units", () => {
    expect(achieved("全年压减平板玻璃产能720万重量箱。")[0]).toMatchObject({ label: "平板玻璃产能", unit: "重量箱", value: -7200000 });
    expect(planned("今年嘎查准备新打抗旱机电井12眼。")[0]).toMatchObject({ label: "新打抗旱机电井", unit: "眼", value: 12, type: "count" });
  });
});
