// The thirty-first round's patterns (batch 59's 1950s city report typed in from the paper and its 分解方案 of a report's
// tasks; batch 60's county reports transcribed from mimeographed copies and the online encyclopedia's entries), each on
// lines shaped as those copies write them. The lines are made for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { processText } from "@/lib/text/process-text";
import { achieved, planned, read } from "./test-readers";

const named = (list: { label: string; text: string }[]) => list.map((i) => `${i.label} ${i.text}`);

const REPORT_OF_THE_1950S = [
  "（据《某市日报》一九五六年三月二日第一版录入）",
  "某市人民委员会工作报告",
  "（一九五六年二月二十八日在某市第一届人民代表大会第四次会议上）",
  "同志们：",
  "一、一九五五年的工作",
  "　　一九五五年是我市执行第一个五年计划的第三年。",
  "（一）工业生产方面",
  "　　全年工业总产值达到六亿三千万元，完成了年计划的百分之一〇四点五，比一九五四年增长百分之十六点二。",
  "（二）城市建设和交通",
  "　　新修道路二十六公里，新建职工宿舍八万四千平方公尺。",
  "（三）商业工作稳步发展",
  "　　全年社会商品零售额四亿二千万元。",
  "　　但是，我们的工作中还存在着不少缺点和错误。",
  "二、一九五六年的工作任务",
  "　　一九五六年工业总产值要达到七亿元，比一九五五年增长百分之十一。",
].join("\n");

describe("a report of the 1950s typed in from the paper", () => {
  const report = analyzeReport(REPORT_OF_THE_1950S, { fileName: "city-1956.txt" });
  const find = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a part heading whose year is written in numerals, and the year of the title block's date", () => {
    expect(report.metadata.planYear).toBe(1956);
    expect(report.metadata.reviewYear).toBe(1955);
    expect(find("一、一九五五年的工作").role).toBe("heading");
    expect(find("全年工业总产值达到").part).toBe("review");
    expect(find("一九五六年工业总产值要达到").part).toBe("plan");
  });

  it("reads a review sub-heading that only names its field as other, and one that says how the field went as a result", () => {
    expect(find("（一）工业生产方面").kind).toBe("other");
    expect(find("（二）城市建设和交通").kind).toBe("other");
    expect(find("（三）商业工作稳步发展").kind).toBe("achievement");
  });

  it("reads the 1950s' admission of shortcomings (缺点和错误) as a problem", () => {
    expect(find("但是，我们的工作中").subtype).toBe("problem");
  });

  it("reads a plan done written digit by digit and the growth after it as the metric's, with no five-year span in 比一九五四年", () => {
    const figures = find("全年工业总产值达到").indicators;
    expect(named(figures)).toEqual(["工业总产值 六亿三千万元", "工业总产值计划完成率 百分之一〇四点五", "工业总产值 百分之十六点二"]);
    expect(figures[1].value).toBe(104.5);
    expect(figures[2].qualifiers).not.toContain("累计");
  });
});

describe("amounts and units of the 1950s", () => {
  it("reads 一倍半, bolts of cloth, bricks, square and cubic metres as named then (公尺, 公方)", () => {
    expect(read("增长一倍半")).toEqual(["一倍半=1.5倍"]);
    expect(read("棉布二百一十万匹，机制砖二亿一千万块")).toEqual(["二百一十万匹=2100000匹", "二亿一千万块=210000000块"]);
    expect(read("新建宿舍十六万五千平方公尺，完成土方二百八十万公方，人均三点二平方公尺。")).toEqual([
      "十六万五千平方公尺=165000平方公尺",
      "二百八十万公方=2800000公方",
      "三点二平方公尺=3.2平方公尺",
    ]);
  });

  it("reads a count a change starts from (由六十三个发展到三百二十九个), and counts of 张 and 种", () => {
    expect(read("合作社由六十三个发展到三百二十九个。")).toEqual(["六十三个=63个", "三百二十九个=329个"]);
    expect(read("全年试制成功新产品二百一十四种。")).toEqual(["二百一十四种=214种"]);
    expect(read("全年病床增加六百张。")).toEqual(["六百张=600张"]);
    // (Not a count after 有, which counts what the clause names elsewhere.)
    expect(read("1979年有一千六百二十二个，比上年增加。")).toEqual([]);
    expect(read("要求基本消灭的病虫害有十一种。")).toEqual([]);
  });

  it("names a tally after 等 by the kind the sentence's scope counts (在三十二种主要工业产品中，…等十七种)", () => {
    const figures = planned("在二十四种主要农产品中，产量将增长两成以上的有棉花、油料、糖料等十二种。");
    expect(figures.find((i) => i.text === "十二种")).toMatchObject({ label: "主要农产品", type: "count" });
  });

  it("reads a figure quoted as the plan's 指标 as a target, and takes 要求 out of a name", () => {
    const [figure] = achieved("提前完成了第一个五年计划规定的十三亿元的指标。");
    expect(figure.modality).toBe("target");
    expect(planned("地方国营工业劳动生产率要求提高百分之十二。")[0].label).toBe("地方国营工业劳动生产率");
  });

  it("names people, money and rates after a list of products by their own words, and a change past a semicolon by the clause before", () => {
    const figures = planned("粮食产量一亿二千万斤；全年安排就业二万五千人；副食品零售价格保持稳定，上涨幅度控制在百分之二以内。");
    expect(named(figures)).toEqual(["粮食产量 一亿二千万斤", "就业 二万五千人", "副食品零售价格 百分之二"]);
  });
});

describe("a 分解方案 of a report's tasks", () => {
  const TASKS = [
    "一、主要预期目标",
    "1.地区生产总值增长7%左右（牵头单位：市发展改革委）",
    "二、持续扩大有效投资",
    "12.全力推进炼化一体化项目前期工作（牵头单位：市发展改革委；完成时限：2019年12月底）",
    "13.新开工亿元以上项目120个（牵头单位：市重点工程局；责任单位：各县（市、区）人民政府）",
    "38.2019年6月底前完成沿江1公里范围内3家化工企业搬迁改造（牵头单位：市生态环境局）",
  ].join("\n");
  const processed = processText(TASKS);
  const find = (start: string) => processed.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a numbered task with the offices that answer for it as an item, never a heading, and 持续 as opening a task heading", () => {
    expect(find("12.全力推进").role).toBe("body");
    expect(find("13.新开工").role).toBe("body");
    const report = analyzeReport(TASKS);
    expect(report.sentences.find((s) => s.text.startsWith("二、持续扩大"))!.kind).toBe("goal");
  });

  it("reads a list number run into a year (38.2019年) as no decimal, and 6月底前 as when", () => {
    expect(read("38.2019年6月底前完成")).toEqual([]);
    expect(named(planned("38.2019年6月底前完成沿江1公里范围内3家化工企业搬迁改造。"))[0]).toBe("沿江 1公里");
  });
});

describe("a county report transcribed from a mimeographed copy", () => {
  it("reads the figure a handwritten change put in place of the printed one", () => {
    const [figure] = planned("外贸出口收购额力争达到7500万元（此处有手写修改：改为8000万元）。");
    expect(figure.value).toBe(80000000);
    expect(figure.text).toBe("8000万元");
  });

  it("reads no figure holding a character the transcriber could not read, and warns of them", () => {
    expect(achieved("冬春农田水利投工86万□，新修塘堰120处。").map((i) => i.text)).toEqual(["120处"]);
    const processed = processText("一、工作回顾\n　　新增小水电装机□□□□千瓦（原件此处字迹模糊）。\n　　全年新建公路53公里。");
    expect(processed.warnings.map((w) => w.code)).toContain("illegible");
  });

  it("leaves a transcriber's [?] out of the sentence, so the figure it sits in is read", () => {
    const processed = processText("一、工作回顾\n　　新种山核桃1.3[?]万亩，比上年增加。");
    const sentence = processed.sentences.find((s) => s.text.startsWith("新种"))!;
    expect(sentence.text).toBe("新种山核桃1.3万亩，比上年增加。");
    expect(named(achieved(sentence.text))).toEqual(["新种山核桃 1.3万亩"]);
  });

  it("names figures as the county's readers do: a measuring note in brackets, 计划生育率, 实现利税, 脱贫 by households and people", () => {
    expect(named(achieved("全县工农业总产值（按1990年不变价计算，下同）完成6.82亿元。"))).toEqual(["工农业总产值 6.82亿元"]);
    expect(named(achieved("计划生育率达到94.5%。"))).toEqual(["计划生育率 94.5%"]);
    expect(named(achieved("预算内工业企业实现利税1280万元。"))).toEqual(["预算内工业企业利税 1280万元"]);
    expect(named(planned("确保脱贫3000户、1.1万人。"))).toEqual(["脱贫户数 3000户", "脱贫人口 1.1万人"]);
    expect(named(planned("年内建成2000门程控电话工程并投入使用。"))).toEqual(["程控电话工程 2000门"]);
  });

  it("reads a result that opens after 其中 and falls short of its plan as a result", () => {
    const report = analyzeReport("一、1992年工作回顾\n　　其中，工业总产值4.90亿元，增长24.1%；农业总产值2.96亿元，只增长3.1%，没有完成年初计划。");
    expect(report.sentences.find((s) => s.text.startsWith("其中"))!.kind).toBe("achievement");
  });
});

describe("an online encyclopedia's entry on a report", () => {
  const ENTRY = [
    "2020年某市人民政府工作报告",
    "播报讨论上传视频",
    "2020年某市人民政府工作报告，是2020年1月9日在某市人民代表大会上所作的政府工作报告。[1] 报告回顾了2019年的工作。",
    "中文名",
    "2020年某市人民政府工作报告",
    "发布时间",
    "2020年1月9日",
    "目录",
    "1 报告全文",
    "1.1 一、2019年工作回顾",
    "报告全文",
    "播报",
    "编辑",
    "一、2019年工作回顾",
    "播报",
    "编辑",
    "全市地区生产总值1320.5亿元，增长7.6%[2]，规模以上工业增加值增长8.4%。[3]",
    "二、2020年主要预期目标",
    "地区生产总值增长7.5%左右。",
    "参考资料",
    "1.  2020年某市政府工作报告．某市人民政府网．2020-01-10[引用日期2020-02-01]",
    "词条标签：政府报告",
  ].join("\n");
  const processed = processText(ENTRY);
  const texts = processed.sentences.map((s) => s.text);

  it("keeps a citation mark with the sentence it cites and out of its text, so the next sentence does not open on it", () => {
    expect(texts).toContain("报告回顾了2019年的工作。");
    expect(texts.some((t) => t.startsWith("[1]") || t === "[3]")).toBe(false);
    const result = texts.find((t) => t.startsWith("全市地区生产总值"))!;
    expect(result).not.toContain("[2]");
    expect(named(achieved(result))).toEqual(["地区生产总值 1320.5亿元", "地区生产总值 7.6%", "规模以上工业增加值 8.4%"]);
  });

  it("reads the site's link words, info box, contents, references and foot as furniture", () => {
    for (const furniture of ["播报", "编辑", "中文名", "发布时间", "2020年1月9日", "1.1 一、2019年工作回顾", "参考资料", "词条标签：政府报告"]) {
      expect(texts).not.toContain(furniture);
    }
    expect(texts.some((t) => t.includes("引用日期"))).toBe(false);
    expect(processed.sections.find((s) => s.heading.startsWith("一、2019年"))!.part).toBe("review");
  });
});
