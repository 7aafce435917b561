import { describe, expect, it } from "vitest";
import { compareSides } from "./compare-sides";
import { actual, goal, sentence } from "@/tests/support/make-indicator";

/**
 * Yuhang's 2020 goals (seed 000, verbatim) against a synthetic 2020 review (tests/fixtures/yuhang-2020-results.txt),
 * with the indicators written out by hand so that the status rules are tested apart from extraction.
 */
const goals = [
  sentence(41, "建议2020年全区经济社会发展主要预期目标为:地区生产总值增长7.5%;财政总收入及地方财政收入均增长12%以上;研究与试验发展经费支出相当于生产总值比例达到4.14%;城镇登记失业率控制在3.5%以内;城乡居民人均可支配收入分别增长8%和8.5%;完成省市下达平安建设和节能减排任务。", [
    goal("gdp", "7.5%"),
    goal("fiscal-total-revenue", "12%", ["以上"]),
    goal("general-budget-revenue", "12%", ["以上"]),
    goal("rd-intensity", "4.14%", ["达到"], "share"),
    goal("unemployment", "3.5%", ["控制在", "以内"], "rate"),
    goal("urban-income", "8%"),
    goal("rural-income", "8.5%"),
  ], "goal"),
  sentence(46, "争创国家新一代人工智能创新发展试验区核心区,确保数字经济核心产业增加值增长15%以上。", [goal("digital-economy-core", "15%", ["确保", "以上"])], "goal"),
  sentence(47, "推动现代服务业与先进制造业深度融合,确保服务业增加值增长8.5%。", [goal("services-value-added", "8.5%", ["确保"])], "goal"),
  sentence(49, "巩固工业互联网先发优势,实施工业互联网试点项目300个。", [goal("x-工业互联网试点项目", "300个", [], "count")], "goal"),
  sentence(51, "大力培育高端装备、生物经济、节能环保、新材料等战略性新兴产业,力争规上工业增加值增长5%,完成工业投入120亿元。", [
    goal("industrial-value-added", "5%", ["力争"]),
    goal("industrial-investment", "120亿元"),
  ], "goal"),
];

const results = [
  sentence(5, "全年实现地区生产总值增长7.6%;财政总收入增长12.3%,地方财政收入增长10.2%;研究与试验发展经费支出相当于生产总值比例达到4.2%;城镇登记失业率为1.9%;城乡居民人均可支配收入分别增长8.1%和7.9%。", [
    actual("gdp", "7.6%"),
    actual("fiscal-total-revenue", "12.3%"),
    actual("general-budget-revenue", "10.2%"),
    actual("rd-intensity", "4.2%", [], "share"),
    actual("unemployment", "1.9%", [], "rate"),
    actual("urban-income", "8.1%"),
    actual("rural-income", "7.9%"),
  ], "achievement"),
  sentence(7, "巩固提升电子商务、大数据、云计算等优势产业,数字经济核心产业增加值增长18.5%。", [actual("digital-economy-core", "18.5%")], "achievement"),
  sentence(8, "服务业增加值增长8.2%。", [actual("services-value-added", "8.2%")], "achievement"),
  sentence(9, "实施工业互联网试点项目320个。", [actual("x-工业互联网试点项目", "320个", [], "count")], "achievement"),
  sentence(11, "规上工业增加值增长4.1%,实施“机器换人”项目100个。", [actual("industrial-value-added", "4.1%")], "achievement"),
];

describe("2020 goals against 2020 results", () => {
  const result = compareSides({ kinds: "goal", sentences: goals }, { kinds: "achievement", sentences: results });
  const byMetric = Object.fromEntries(result.indicators.map((p) => [p.metric, p]));

  it("judges each goal", () => {
    expect(Object.fromEntries(result.indicators.map((p) => [p.metric, p.status]))).toEqual({
      gdp: "met",
      "fiscal-total-revenue": "met",
      "general-budget-revenue": "missed",
      "rd-intensity": "met",
      unemployment: "met",
      "urban-income": "met",
      "rural-income": "missed",
      "digital-economy-core": "exceeded",
      "services-value-added": "missed",
      "x-工业互联网试点项目": "met",
      "industrial-value-added": "missed",
      "industrial-investment": "dropped",
    });
  });

  it("explains the verdicts in Chinese", () => {
    expect(byMetric["fiscal-total-revenue"].reason).toBe("目标 12%以上，实绩 12.3%，12.3% ≥ 12% → 完成");
    expect(byMetric.unemployment.reason).toContain("1.9% ≤ 3.5% → 完成");
    expect(byMetric["services-value-added"].reason).toContain("确保目标未达成");
    expect(byMetric["industrial-value-added"].reason).toContain("力争目标");
    expect(byMetric["industrial-investment"].reason).toContain("未报告");
    expect(byMetric["digital-economy-core"].delta).toBe(3.5);
  });

  it("counts the verdicts in the summary", () => {
    expect(result.summary).toMatchObject({ met: 6, missed: 4, exceeded: 1, dropped: 1 });
  });

  it("pairs the sentences although the review reorders and splits them", () => {
    const pairsOf = (id: string) => result.rows.find((r) => r.left?.id === id)?.right?.id ?? null;
    expect(pairsOf("s-41")).toBe("s-5");
    expect(pairsOf("s-47")).toBe("s-8");
    expect(pairsOf("s-49")).toBe("s-9");
    expect(result.rows.find((r) => r.left?.id === "s-47")?.changes).toContainEqual({ type: "qualifier", left: "确保", right: null });
    expect(result.summary.weakened).toBe(0);
  });
});

describe("2019 results against 2020 goals: ambition", () => {
  it("shows GDP growth 8%以上 achieved → 7.5% targeted", () => {
    const result = compareSides(
      { kinds: "achievement", sentences: [sentence(8, "预计生产总值增长8%以上;", [actual("gdp", "8%", ["以上"])], "achievement")] },
      { kinds: "goal", sentences: [sentence(41, "地区生产总值增长7.5%;", [goal("gdp", "7.5%")], "goal")] },
    );
    expect(result.indicators[0]).toMatchObject({ status: "changed", delta: -0.5, unit: "个百分点" });
    expect(result.indicators[0].qualifierChange).toBeUndefined();
    expect(result.indicators[0].reason).toBe("实绩 8%以上，新目标 7.5%，差 -0.5个百分点 → 变化");
  });
});

describe("what never answers a year's target", () => {
  it("the base of a change (由…转为…) and a five-year total are passed over for the year's own figure", () => {
    const targets = [
      sentence(1, "单位国内生产总值能耗降低4%左右，城镇新增就业900万人以上。", [
        { ...goal("energy-intensity", "4%", ["左右"]), value: -4 },
        goal("new-jobs", "900万人", ["以上"], "count"),
      ], "goal"),
    ];
    const before = { ...actual("energy-intensity", "4.9%"), phase: "before" as const };
    const after = { ...actual("energy-intensity", "1.2%"), value: -1.2, phase: "after" as const };
    const fiveYears = { ...actual("new-jobs", "5771万人", [], "count"), qualifiers: ["累计"] };
    const results = [
      sentence(2, "城镇新增就业5771万人。", [fiveYears], "achievement"),
      sentence(3, "单位国内生产总值能耗由上升4.9%转为下降1.2%。", [before, after], "achievement"),
      sentence(4, "城镇新增就业1168万人。", [actual("new-jobs", "1168万人", [], "count")], "achievement"),
    ];
    const { indicators } = compareSides({ sentences: targets, kinds: "goal" }, { sentences: results, kinds: "achievement" });
    expect(indicators.find((p) => p.metric === "energy-intensity")?.right?.value).toBe(-1.2);
    expect(indicators.find((p) => p.metric === "new-jobs")?.right?.sentenceId).toBe("s-4");
  });
});

describe("a change against last year restates a level", () => {
  it("比上年增加1500亿元 is neither kept nor dropped", () => {
    const targets = [sentence(1, "拟安排财政赤字9000亿元，比上年增加1500亿元。", [
      goal("deficit", "9000亿元"),
      { ...goal("deficit", "1500亿元"), increment: true },
    ], "goal")];
    const results = [sentence(2, "财政赤字9000亿元。", [actual("deficit", "9000亿元")], "achievement")];
    const { indicators } = compareSides({ sentences: targets, kinds: "goal" }, { sentences: results, kinds: "achievement" });
    expect(indicators.map((p) => [p.left?.value, p.status])).toEqual([[900000000000, "met"]]);
  });
});

describe("which figures are targets and results", () => {
  it("a result quoted in the plan is not a target, and a target restated twice is answered once for both", () => {
    const targets = [
      sentence(1, "国内生产总值增长7.5%左右。", [goal("gdp", "7.5%", ["左右"])], "goal"),
      sentence(2, "去年居民消费价格涨幅回落到2.6%。", [actual("cpi", "2.6%")], "goal"),
      sentence(3, "经济增长预期目标定为7.5%左右。", [goal("gdp", "7.5%", ["左右"])], "goal"),
    ];
    const results = [sentence(4, "国内生产总值增长7.7%。", [actual("gdp", "7.7%")], "achievement")];
    const { indicators } = compareSides({ sentences: targets, kinds: "goal" }, { sentences: results, kinds: "achievement" });
    expect(indicators.map((p) => [p.left?.sentenceId, p.status, p.right?.sentenceId])).toEqual([["s-1", "met", "s-4"], ["s-3", "met", "s-4"]]);
  });
});
