// The thirty-third round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { classifySentence } from "./classify-sentence";
import { achieved, planned } from "./test-readers";

const inReview = (text: string) => classifySentence({ text, part: "review", role: "body" });

describe("a chart's labels copied with a deck's or an explainer's text", () => {
  it("reads a line of years or of figures apart by blanks, and a unit on a line of its own, as no statement", () => {
    for (const line of ["2016 2017 2018 2019 2020", "24.1 26.3 28.6 31.2 29.4", "8 -5.8 10", "2019年　2020年　2021年", "单位：亿元", "（单位：%）"]) {
      expect(inReview(line).kind, line).toBe("other");
    }
  });

  it("leaves a result that opens on a figure a result", () => {
    expect(inReview("2020年全区地区生产总值29.4亿元。").kind).toBe("achievement");
    expect(inReview("单位产值能耗下降3.2%。").kind).toBe("achievement");
  });
});

describe("困难村, a village so designated, names no difficulty", () => {
  it("reads the villages' results as results, and a difficulty as a problem", () => {
    expect(inReview("困难村帮扶成果持续巩固，村级集体经济收入全部达到50万元以上。").kind).toBe("achievement");
    expect(inReview("部分企业生产经营困难，投资后劲不足。").subtype).toBe("problem");
  });
});

describe("households and people counted together (有3260户、1.18万人脱贫)", () => {
  it("names the households by what their people did", () => {
    const named = achieved("全年有3260户、1.18万人脱贫。").map((i) => `${i.label}=${i.value}${i.unit}`);
    expect(named).toEqual(["脱贫户数=3260户", "脱贫人口=11800人"]);
  });

  it("leaves two things counted in a list to their own names", () => {
    const named = planned("确保全年减少贫困人口6万人、60个贫困村脱贫出列。").map((i) => i.label);
    expect(named[0]).toBe("贫困人口");
    expect(named[1]).not.toBe(named[0]);
  });
});

describe("a statistics bulletin (统计公报)", () => {
  const BULLETIN = [
    "某市2019年国民经济和社会发展统计公报",
    "发布时间：2020-03-27 09:30　　来源：市统计局",
    "某市统计局",
    "2020年3月27日",
    "2019年，全市经济运行总体平稳。",
    "一、综合",
    "初步核算，全年全市实现地区生产总值2664.15亿元，比上年增长7.7%。",
    "注：",
    "1.本公报中2019年数据为初步统计数。部分数据因四舍五入的原因，存在总计与分项合计不等的情况。",
    "2.地区生产总值、各产业增加值绝对数按现价计算，增长速度按可比价格计算。",
    "3.规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人企业。",
    "4.受疫情影响，本公报发布时间较往年有所推迟。",
  ].join("\n");

  it("is of the year it counts, published the year after", () => {
    const { metadata } = analyzeReport(BULLETIN, { fileName: "bulletin.txt" });
    expect([metadata.reviewYear, metadata.planYear]).toEqual([2019, 2020]);
  });

  it("states results, and its notes on how the figures are counted state none", () => {
    const sentences = analyzeReport(BULLETIN, { fileName: "bulletin.txt" }).sentences;
    const kindOf = (start: string) => sentences.find((s) => s.text.startsWith(start))?.kind;
    expect(kindOf("2019年，全市经济")).toBe("achievement");
    expect(kindOf("初步核算，全年全市")).toBe("achievement");
    for (const note of ["注：", "1.本公报中", "部分数据因四舍五入", "2.地区生产总值、", "3.规模以上工业统计", "4.受疫情影响"]) expect(kindOf(note), note).toBe("other");
  });
});

describe("a planning report's sub-heading over the shortfalls (部分指标未完成的主要原因)", () => {
  const PLAN_REPORT = [
    "一、2019年计划执行情况",
    "（一）主要指标完成情况",
    "地区生产总值增长7.5%，完成年度目标。",
    "（二）部分指标未完成的主要原因",
    "一是外部需求收缩。",
    "受经贸摩擦影响，电子信息产业产值1218亿元，仅完成年度目标的93.7%。",
    "二是投资后劲不足。",
    "房地产开发投资下降5.4%，固定资产投资增速比上年回落2.3个百分点。",
    "二、2020年计划",
    "（一）主要预期目标",
    "地区生产总值增长7%左右。",
  ].join("\n");
  const sentences = analyzeReport(PLAN_REPORT, { fileName: "plan-2020.txt" }).sentences;
  const of = (start: string) => sentences.find((s) => s.text.startsWith(start))!;

  it("reads the heading, its reasons and the figures told as reasons as problems", () => {
    for (const start of ["（二）部分指标未完成", "一是外部需求收缩", "受经贸摩擦影响", "二是投资后劲不足", "房地产开发投资下降"]) {
      expect([of(start).kind, of(start).subtype], start).toEqual(["other", "problem"]);
    }
  });

  it("leaves the results before it and the plan after it as they are", () => {
    expect(of("地区生产总值增长7.5%").kind).toBe("achievement");
    expect(of("地区生产总值增长7%左右").kind).toBe("goal");
  });
});

describe("figures of a justified PDF line, a numbered item, a bound with 及, a base to build on", () => {
  const line = (i: { label: string; value: number; unit: string; modality: string; qualifiers: string[] }) =>
    `${i.label}=${i.value}${i.unit} ${i.modality}${i.qualifiers.length ? ` ${i.qualifiers.join("、")}` : ""}`;

  it("keeps a unit that a justified line set apart by blanks on both sides of the number", () => {
    expect(achieved("拆除燃煤小锅炉 326 台，PM2.5平均浓度 43 微克/立方米。").map(line)).toEqual(["拆除燃煤小锅炉=326台 actual", "PM2.5平均浓度=43微克/立方米 actual"]);
    // (A number set apart on one side only is a list's: 第 1 项.)
    expect(achieved("其中 2019 年新建项目。").map(line)).toEqual([]);
  });

  it("drops a list's number before the name", () => {
    expect(achieved("2.规模以上工业增加值：预期目标为增长8%，实际增长9.2%。").map((i) => i.label)).toEqual(["规模以上工业增加值", "规模以上工业增加值"]);
  });

  it("reads 及以上 as a bound that holds the figure", () => {
    expect(achieved("规模以上工业企业指年主营业务收入2000万元及以上的工业企业。")[0].qualifiers).toEqual(["以上"]);
  });

  it("reads the base a plan builds on (在现有…的基础上) as what there is, named by what it counts", () => {
    expect(planned("在现有145家国家高新技术企业的基础上，新增国家高新技术企业30家。").map(line)).toEqual([
      "国家高新技术企业=145家 actual",
      "新增国家高新技术企业=30家 target",
    ]);
  });
});

describe("a bare measure after a clause that names its owner and what held it back", () => {
  it("is the owner's (机械装备产业受…影响，产值582亿元), not the figure's before it", () => {
    const named = achieved("有色金属产业产值948亿元，增长13.4%；机械装备产业受工程机械市场波动影响，产值582亿元，增长6.2%。").map((i) => `${i.label}=${i.value}${i.unit}`);
    expect(named).toEqual(["有色金属产业产值=94800000000元", "有色金属产业产值=13.4%", "机械装备产业产值=58200000000元", "机械装备产业产值=6.2%"]);
  });
});

describe("a session's document packet (大会文件汇编)", () => {
  const PACKET = [
    "目　录",
    "大会议程 ……………………………………………… 1",
    "某区人民政府工作报告 ……………………………… 3",
    "某区2023年预算执行情况和2024年预算草案的报告 ……… 45",
    "某区人民法院工作报告 ……………………………… 75",
    "关于某区2023年预算执行情况和2024年预算草案的报告",
    "一、2023年预算执行情况",
    "全区一般公共预算收入271.0亿元，增长5.3%。",
    "二、2024年预算草案",
    "2024年，全区一般公共预算收入预期增长5%。",
  ].join("\n");
  const sentences = analyzeReport(PACKET, { fileName: "packet-2024.txt" }).sentences;
  const of = (start: string) => sentences.find((s) => s.text.startsWith(start))!;

  it("reads each contents line alone, as no statement and no figure", () => {
    for (const start of ["大会议程", "某区人民政府工作报告", "某区2023年预算执行情况", "某区人民法院工作报告"]) {
      expect(of(start).text, start).toMatch(/\d{1,2}$/);
      expect(of(start).kind, start).toBe("other");
      expect(of(start).indicators, start).toEqual([]);
    }
  });

  it("reads a budget's draft for the coming year as its plan", () => {
    expect(of("全区一般公共预算收入271.0亿元").kind).toBe("achievement");
    expect(of("2024年，全区一般公共预算收入预期增长5%").kind).toBe("goal");
  });
});

describe("坚持把…作为…, a task", () => {
  it("sets the task in a plan; 作为 is no judgement's 为", () => {
    const plan = (text: string) => classifySentence({ text, part: "plan", role: "body" });
    expect(plan("坚持把水电开发作为富民强县的支柱产业，新增装机10万千瓦。").kind).toBe("goal");
    expect(plan("科技创新是发展的根本途径。").kind).toBe("other");
  });
});

describe("a result told among the review's problems answers last year's target", () => {
  it("is offered to the results side, after the review's own results", async () => {
    const { sideInput } = await import("@/lib/compare/side-from-analyzed");
    const review = analyzeReport(
      ["一、2008年工作回顾", "全县地区生产总值下降31.6%。", "在看到成绩的同时，我们也清醒地看到，居民消费价格上涨6.8%，超出年初预期。", "二、2009年工作安排", "地区生产总值增长25%左右。"].join("\n"),
      { fileName: "x-2009.txt" },
    );
    const side = sideInput(review, "achievement");
    const problem = side.sentences.find((s) => s.text.includes("居民消费价格上涨6.8%"))!;
    expect(problem.kind).toBe("other");
    expect(problem.unplaced).toBe(true);
    expect(side.sentences.some((s) => s.text.startsWith("地区生产总值增长25%"))).toBe(false);
  });
});

describe("orders counted in 单", () => {
  it("reads 12.6万单 as a count of orders, and 单位 as a unit of its own", () => {
    const orders = achieved("开通无人机配送航线28条，无人机配送订单12.6万单。").at(-1)!;
    expect([orders.value, orders.unit, orders.type]).toEqual([126000, "单", "count"]);
    expect(achieved("全年无偿献血8000单位。")[0].unit).toBe("单位");
  });
});
