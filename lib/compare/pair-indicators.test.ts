import { describe, expect, it } from "vitest";
import { actual, goal, ind, sentence } from "@/tests/support/make-indicator";
import { pairIndicators } from "./pair-indicators";
import type { Indicator } from "@/lib/analysis/types";

const G = { leftKinds: "goal", rightKinds: "achievement" } as const;
const one = (left: Indicator[], right: Indicator[], opts: Parameters<typeof pairIndicators>[2] = G) =>
  pairIndicators([sentence(0, "左", left)], [sentence(0, "右", right)], opts);
const status = (t: Indicator, a: Indicator) => one([t], [a])[0];

describe("goal vs achievement", () => {
  it("以上: met when actual ≥ target, with a reason in Chinese", () => {
    const p = status(goal("gdp", "8%", ["以上"]), actual("gdp", "8.3%"));
    expect(p.status).toBe("met");
    expect(p.reason).toBe("目标 8%以上，实绩 8.3%，8.3% ≥ 8% → 完成");
    expect(p.delta).toBe(0.3);
    expect(p.unit).toBe("个百分点");
  });
  it("以上: exceeded by ≥ 0.5 个百分点, missed below", () => {
    expect(status(goal("gdp", "8%", ["以上"]), actual("gdp", "8.5%")).status).toBe("exceeded");
    expect(status(goal("gdp", "8%", ["以上"]), actual("gdp", "7.9%")).status).toBe("missed");
    expect(status(goal("gdp", "8%", ["不低于"]), actual("gdp", "8%")).status).toBe("met");
  });
  it("levels: exceeded by ≥ 10% of the target", () => {
    expect(status(goal("tourism", "140亿元", ["超过"]), actual("tourism", "150亿元")).status).toBe("met");
    expect(status(goal("tourism", "140亿元", ["超过"]), actual("tourism", "154亿元")).status).toBe("exceeded");
    expect(status(goal("tourism", "140亿元", ["突破"]), actual("tourism", "139亿元")).status).toBe("missed");
  });
  it("左右: met within ±0.5 个百分点, exceeded above, missed below", () => {
    expect(status(goal("gdp", "7.5%", ["左右"]), actual("gdp", "7.1%")).status).toBe("met");
    expect(status(goal("gdp", "7.5%", ["左右"]), actual("gdp", "8%")).status).toBe("met");
    expect(status(goal("gdp", "7.5%", ["左右"]), actual("gdp", "8.1%")).status).toBe("exceeded");
    expect(status(goal("gdp", "7.5%", ["左右"]), actual("gdp", "6.9%")).status).toBe("missed");
  });
  it("左右 on a level: ±5% of the target", () => {
    expect(status(goal("fiscal", "100亿元", ["约"]), actual("fiscal", "96亿元")).status).toBe("met");
    expect(status(goal("fiscal", "100亿元", ["约"]), actual("fiscal", "94亿元")).status).toBe("missed");
  });
  it("以内 / 控制在: met when actual ≤ target, never exceeded", () => {
    const cap = goal("unemployment", "3.5%", ["控制在", "以内"], "rate");
    expect(status(cap, actual("unemployment", "1.7%", [], "rate")).status).toBe("met");
    expect(status(cap, actual("unemployment", "3.6%", [], "rate")).status).toBe("missed");
    expect(status(cap, actual("unemployment", "1.7%", [], "rate")).reason).toContain("1.7% ≤ 3.5%");
  });
  it("plain target: lower is better for unemployment and energy intensity", () => {
    const t = goal("unemployment", "4%", [], "rate");
    expect(status(t, actual("unemployment", "3.9%", [], "rate")).status).toBe("met");
    expect(status(t, actual("unemployment", "4.2%", [], "rate")).status).toBe("missed");
    expect(status(t, actual("unemployment", "3.2%", [], "rate")).status).toBe("exceeded");
  });
  it("plain target, higher is better: met at or above, missed below", () => {
    expect(status(goal("rd", "4.14%", ["达到"], "share"), actual("rd", "4.14%", [], "share")).status).toBe("met");
    expect(status(goal("rd", "4.14%", ["达到"], "share"), actual("rd", "4%", [], "share")).status).toBe("missed");
  });
  it("力争: a miss is still missed, with a note that the target was aspirational", () => {
    const p = status(goal("industry", "5%", ["力争"]), actual("industry", "4.2%"));
    expect(p.status).toBe("missed");
    expect(p.reason).toContain("力争目标");
    expect(p.reason).toContain("目标 力争5%");
  });
  it("a goal never reported back is dropped", () => {
    const [p] = one([goal("rd", "4.14%", [], "share")], []);
    expect(p).toMatchObject({ status: "dropped", right: null, delta: null });
    expect(p.reason).toContain("未报告");
  });
  it("a target takes the body's result before the headline's that repeats it, and the headline's when the body has none (batch 15's 2019 news)", () => {
    const headline = { ...sentence(0, "去年主要预期目标较好完成　城镇新增就业1348万人", [actual("new-jobs", "1348万人")]), headline: true as const };
    const body = sentence(3, "城镇新增就业1348万人，城镇调查失业率稳定在5%左右", [actual("new-jobs", "1348万人")]);
    const target = [sentence(0, "城镇新增就业1100万人以上", [goal("new-jobs", "1100万人", ["以上"])])];
    const pairs = pairIndicators(target, [headline, body], G);
    expect(pairs.map((p) => [p.status, p.right?.sentenceId])).toEqual([["exceeded", "s-3"], ["right-only", "s-0"]]);
    expect(pairIndicators(target, [headline], G)[0].right?.sentenceId).toBe("s-0");
  });
  it("a target takes the prose's result before a table row's equal one, and the row's when the prose has none (batch 8's 许昌, batch 16's 滨江)", () => {
    const row = { ...sentence(2, "单位生产总值能耗下降（%）\t3\t3.2", [actual("energy-intensity", "3.2%")]), tableRow: true as const };
    const prose = sentence(9, "单位生产总值能耗下降3.2%，", [actual("energy-intensity", "3.2%")]);
    const target = [sentence(0, "单位生产总值能耗下降3%", [goal("energy-intensity", "3%")])];
    expect(pairIndicators(target, [row, prose], G).map((p) => p.right?.sentenceId)).toEqual(["s-9", "s-2"]);
    expect(pairIndicators(target, [row], G)[0].right?.sentenceId).toBe("s-2");
  });
  it("a target stated twice (a summary, then the 主要预期目标 paragraph) takes one result, the prose's, both times (batch 19's 长沙)", () => {
    const row = { ...sentence(2, "14.76万人——城镇新增就业", [actual("new-jobs", "14.76万人")]), tableRow: true as const };
    const prose = sentence(9, "全年新增城镇就业147,600人", [actual("new-jobs", "147600人")]);
    const summary = sentence(0, "城镇新增就业14万人以上", [goal("new-jobs", "14万人", ["以上"])]);
    const paragraph = sentence(5, "主要预期目标是：…城镇新增就业14万人以上", [goal("new-jobs", "14万人", ["以上"])]);
    const pairs = pairIndicators([summary, paragraph], [row, prose], G);
    expect(pairs.filter((p) => p.left).map((p) => [p.left?.sentenceId, p.right?.sentenceId])).toEqual([["s-0", "s-9"], ["s-5", "s-9"]]);
    // Two different targets of one metric still take a result each.
    const other = sentence(5, "城镇新增就业15万人", [goal("new-jobs", "15万人")]);
    expect(pairIndicators([summary, other], [row, prose], G).filter((p) => p.left).map((p) => p.right?.sentenceId)).toEqual(["s-9", "s-2"]);
  });
  it("a weight in 斤 is answered by one in 吨, read in tonnes (batch 17's 浙江 grain target)", () => {
    const [p] = one([goal("grain-output", "124亿斤", ["以上"])], [actual("grain-output", "621.5万吨")]);
    expect(p).toMatchObject({ status: "met" });
    expect(p.reason).toContain("斤 换算为 吨：124亿斤 = 620万吨");
    expect(one([goal("grain-output", "124亿斤", ["以上"])], [actual("grain-output", "615万吨")])[0].status).toBe("missed");
  });
  it("a target takes the like-for-like (同口径) result before the unadjusted one (自然口径) of the same sentence (batch 18's 郑州; 26 pairs)", () => {
    const text = "地方一般公共预算收入1126.4亿元，自然口径下降3.3%，剔除一次性特殊因素后同口径增长5.3%。";
    const natural = { ...actual("general-budget-revenue", "3.3%"), value: -3.3, start: text.indexOf("3.3%"), end: text.indexOf("3.3%") + 4 };
    const like = { ...actual("general-budget-revenue", "5.3%"), start: text.indexOf("5.3%"), end: text.indexOf("5.3%") + 4 };
    const [p] = pairIndicators([sentence(0, "一般公共预算收入增长5%以上", [goal("general-budget-revenue", "5%", ["以上"])])], [sentence(4, text, [natural, like])], G);
    expect(p).toMatchObject({ status: "met", right: { text: "5.3%" } });
  });
  it("a target takes the figure itself before the threshold it crossed in the same sentence (首次突破9000亿元，达到9218.4亿元; batches 16 and 18)", () => {
    const text = "社会消费品零售总额突破9000亿元，达到9062.4亿元。";
    const threshold = { ...actual("retail-sales", "9000亿元", ["突破"]), start: 10, end: 17 };
    const exact = { ...actual("retail-sales", "9062.4亿元"), start: 20, end: 29 };
    const [p] = pairIndicators([sentence(0, "社会消费品零售总额力争突破9000亿元", [goal("retail-sales", "9000亿元", ["力争", "突破"])])], [sentence(3, text, [threshold, exact])], G);
    expect(p.right?.text).toBe("9062.4亿元");
  });
  it("an achievement without goal is right-only", () => {
    expect(one([], [actual("gdp", "8%")])[0].status).toBe("right-only");
  });
  it("pairs only compatible type and unit: a growth target never meets a level", () => {
    const pairs = one([goal("fiscal", "12%", ["以上"])], [actual("fiscal", "726.47亿元"), actual("fiscal", "16.5%")]);
    expect(pairs.map((p) => [p.status, p.right?.text])).toEqual([
      ["exceeded", "16.5%"],
      ["right-only", "726.47亿元"],
    ]);
  });
  it("related metrics pair with a note and never count as identical", () => {
    const pairs = one([goal("rural-net-income", "12%", ["以上"])], [actual("rural-income", "13.8%")]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ status: "exceeded", related: true, rightMetric: "rural-income" });
    expect(pairs[0].reason).toContain("related metric, not identical");
  });
});

describe("same kind on both sides", () => {
  const S = { leftKinds: "all", rightKinds: "all" } as const;
  it("equal values are same, different ones changed with right − left", () => {
    const pairs = one(
      [actual("fiscal", "726.47亿元"), actual("jobs", "4.3万人")],
      [actual("fiscal", "723.2亿元"), actual("jobs", "4.3万人")],
      S,
    );
    expect(pairs.map((p) => p.status)).toEqual(["changed", "same"]);
    expect(pairs[0].delta).toBe(-327000000);
    expect(pairs[0].reason).toContain("差 -3.27亿元");
  });
  it("% deltas are in 个百分点", () => {
    const [p] = one([actual("fiscal", "16.5%")], [actual("fiscal", "15.9%")], S);
    expect(p).toMatchObject({ status: "changed", delta: -0.6, unit: "个百分点" });
  });
  it("a weakened qualifier between two targets makes an equal value changed and weakened", () => {
    const [p] = one([goal("gdp", "8%", ["以上"])], [goal("gdp", "8%", ["左右"])], S);
    expect(p).toMatchObject({ status: "changed", delta: 0, qualifierChange: "weakened" });
  });
  it("between two results 以上 → 左右 is only different wording, never a weaker promise", () => {
    const [p] = one([actual("gdp", "8%", ["以上"])], [actual("gdp", "8%", ["左右"])], S);
    expect(p).toMatchObject({ status: "changed", delta: 0, qualifierChange: "qualifier" });
  });
  it("between reports that are no commitments of one government (two regions, news), targets are not weakened", () => {
    const [p] = one([goal("gdp", "8%", ["以上"])], [goal("gdp", "8%", ["左右"])], { ...S, commitment: false });
    expect(p).toMatchObject({ status: "changed", qualifierChange: "qualifier" });
    expect(p.reason).not.toContain("减弱");
  });
  it("no-verdict mode (a target against another year's result) never yields met, exceeded, missed or dropped", () => {
    const pairs = one([goal("gdp", "7.5%"), goal("cpi", "3%", ["左右"])], [actual("gdp", "8%", ["以上"])], { ...S, mode: "no-verdict" });
    expect(pairs.map((p) => p.status)).toEqual(["changed", "left-only"]);
    expect(pairs[0].reason).toContain("不判断完成");
    expect(pairs[0].delta).toBe(0.5);
  });
  it("related metrics are changed even with equal values", () => {
    const [p] = one([actual("rural-net-income", "9%")], [actual("rural-income", "9%")], S);
    expect(p).toMatchObject({ status: "changed", related: true, delta: 0 });
  });
  it("unrelated metrics never pair", () => {
    const pairs = one([actual("gdp", "9%")], [actual("rural-income", "9%")], S);
    expect(pairs.map((p) => p.status)).toEqual(["left-only", "right-only"]);
  });
  it("a target never answers a result when kinds are mixed", () => {
    const pairs = one([actual("gdp", "8%", ["以上"])], [goal("gdp", "7.5%")], S);
    expect(pairs.map((p) => p.status)).toEqual(["left-only", "right-only"]);
  });
  it("pairs an agreeing repeat first", () => {
    const pairs = one([actual("gdp", "8%")], [actual("gdp", "7%"), actual("gdp", "8%")], S);
    expect(pairs.map((p) => p.status)).toEqual(["same", "right-only"]);
  });
});

describe("achievement vs goal", () => {
  it("reports how ambition moved", () => {
    const pairs = one([actual("gdp", "8%", ["以上"])], [goal("gdp", "7.5%")], { leftKinds: "achievement", rightKinds: "goal" });
    expect(pairs[0]).toMatchObject({ status: "changed", delta: -0.5 });
    expect(pairs[0].reason).toContain("实绩 8%以上，新目标 7.5%");
  });
});

describe("ids", () => {
  it("are i-<metric>-<type>-l<left sentence> (or -r<right sentence> when right-only), suffixed for repeats in one sentence", () => {
    const pairs = one([ind("gdp", "8%"), ind("gdp", "9%"), ind("gdp", "10亿元")], [ind("cpi", "3%")], { leftKinds: "all", rightKinds: "all" });
    expect(pairs.map((p) => p.id)).toEqual(["i-gdp-growth-l0", "i-gdp-growth-l0-2", "i-gdp-level-l0", "i-cpi-growth-r0"]);
  });
  it("stay put when other sentences come and go", () => {
    const S = { leftKinds: "all", rightKinds: "all" } as const;
    const gdp = [sentence(4, "增长8%", [ind("gdp", "8%")])];
    const before = pairIndicators([sentence(2, "财政", [ind("fiscal", "9%")]), ...gdp], [], S).map((p) => p.id);
    const after = pairIndicators(gdp, [], S).map((p) => p.id);
    expect(before).toEqual(["i-fiscal-growth-l2", "i-gdp-growth-l4"]);
    expect(after).toEqual(["i-gdp-growth-l4"]);
  });
});

describe("goal vs achievement: a target over several years is not yet due in a year pair (national-2006 → 2007)", () => {
  const at = (i: Indicator, text: string): Indicator => ({ ...i, start: text.indexOf(i.text), end: text.indexOf(i.text) + i.text.length });
  const T = "“十一五”期间单位国内生产总值能源消耗降低20%左右。";
  const R = "单位国内生产总值能耗下降1.2%。";

  it("a 十一五 target against one year's result gives the values and no verdict", () => {
    const [p] = pairIndicators(
      [sentence(0, T, [at(goal("energy-intensity", "20%", ["左右"]), T)])],
      [sentence(0, R, [at(actual("energy-intensity", "1.2%"), R)])],
      G,
    );
    expect(p.status).toBe("changed");
    expect(p.reason).toContain("多年目标：十一五期间，一年的实绩不判断完成");
  });

  it("a 年均 target with no answer is not dropped but not yet due; a one-year target still is dropped", () => {
    const pairs = one([goal("gdp", "7.5%", ["年均"]), goal("cpi", "3%", ["控制在"])], []);
    expect(pairs.map((p) => p.status)).toEqual(["left-only", "dropped"]);
    expect(pairs[0].reason).toContain("未到期");
  });

  it("a target under a heading that sets a plan period's targets is not yet due, and leaves the result to this year's (2016 → 2017)", () => {
    const five = { ...sentence(0, "城镇新增就业5000万人以上。", [at(goal("new-jobs", "5000万人", ["以上"]), "城镇新增就业5000万人以上。")]), headings: ["——人民生活水平和质量普遍提高", "二、“十三五”时期主要目标任务和重大举措"] };
    const year = sentence(1, "城镇新增就业1000万人以上。", [at(goal("new-jobs", "1000万人", ["以上"]), "城镇新增就业1000万人以上。")]);
    const pairs = pairIndicators([five, year], [sentence(0, "全年城镇新增就业1314万人。", [at(actual("new-jobs", "1314万人"), "全年城镇新增就业1314万人。")])], G);
    expect(pairs.map((p) => [p.left?.text, p.status])).toEqual([["5000万人", "left-only"], ["1000万人", "exceeded"]]);
    expect(pairs[0].reason).toContain("十三五时期");
  });

  it("under a heading over the period and the year, the year's targets are judged and the period's end is not yet due (batch 25's 四川 1998)", () => {
    const heading = ["二、今后五年的奋斗目标和1998年的主要任务"];
    const Y = "1998年全省经济和社会发展的主要预期目标是：国内生产总值增长9%左右。";
    const E = "到2000年，全省国内生产总值年均增长9%左右。";
    const year = { ...sentence(0, Y, [at(goal("gdp", "9%", ["左右"]), Y)]), headings: heading };
    const end = { ...sentence(1, E, [at(goal("x-到期国内生产总值", "9%", ["左右"]), E)]), headings: heading };
    const pairs = pairIndicators([year, end], [sentence(0, "全年国内生产总值增长9.1%。", [at(actual("gdp", "9.1%"), "全年国内生产总值增长9.1%。")])], G);
    expect(pairs.map((p) => [p.left?.text, p.status])).toEqual([["9%", "met"], ["9%", "left-only"]]);
  });

  it("a plan period's 年均 target against the past five years' 年均 result gives the values and no verdict (batch 99's 乌海)", () => {
    const T = "“十三五”时期全市经济社会发展的主要目标是：到2020年，地区生产总值年均增长7%左右。";
    const R = "五年来，全市地区生产总值年均增长8.9%。";
    const [p] = pairIndicators(
      [sentence(0, T, [at(goal("gdp", "7%", ["年均", "左右"]), T)])],
      [sentence(0, R, [at(actual("gdp", "8.9%", ["年均"]), R)])],
      G,
    );
    expect(p.status).toBe("changed");
    expect(p.reason).toContain("多年目标：十三五时期，实绩是另一段时期的，不判断完成");
  });

  it("this year's target in the same report is judged as before", () => {
    const S = "今年单位国内生产总值能源消耗降低4%左右。";
    const [p] = pairIndicators([sentence(0, S, [at(goal("energy-intensity", "4%", ["左右"]), S)])], [sentence(0, R, [at(actual("energy-intensity", "1.2%"), R)])], G);
    expect(["met", "missed", "exceeded"]).toContain(p.status);
  });
});

describe("a figure about the report itself", () => {
  it("how many parts the year's work has (重点抓好以下六个方面工作) is never a commitment kept or dropped", () => {
    const areas = { ...goal("work-areas", "6个"), label: "方面工作" };
    expect(one([areas], [])).toEqual([]);
    expect(one([areas], [{ ...actual("work-areas", "6个"), label: "方面工作" }])).toEqual([]);
    // A count the lexicon does not know is still set against its result, or reported dropped.
    expect(one([goal("x-新建5G基站", "1000个")], []).map((p) => p.status)).toEqual(["dropped"]);
  });
});

describe("the time to open a business is lower-is-better", () => {
  it("a day and a half against a target of 2 days is met; 3 days missed", () => {
    const target = { ...goal("business-startup-time", "2工作日", ["以内"]), label: "企业开办时间" };
    expect(status(target, { ...actual("business-startup-time", "1.5工作日"), label: "企业开办" }).status).toBe("met");
    expect(status({ ...goal("business-startup-time", "2工作日"), label: "企业开办时间" }, { ...actual("business-startup-time", "3工作日"), label: "企业开办" }).status).toBe("missed");
  });
});

describe("a threshold inside a name", () => {
  it("the size of the projects counted (新引进10亿元以上重大产业项目12个) is never paired as a commitment", () => {
    const size = { ...goal("project-size", "10亿元", ["以上"]), label: "单个项目投资规模" };
    expect(one([size], [])).toEqual([]);
  });
});

describe("names near each other", () => {
  it("a name the lexicon lacks pairs with a fuller wording of it, and the reason says so (batch 22's 兰州: 中欧班列稳定开行)", () => {
    const target = { ...goal("x-中欧班列稳定开行", "300列"), label: "中欧班列稳定开行" };
    const result = { ...actual("x-中欧班列开行", "286列"), label: "中欧班列开行" };
    const [p] = one([target], [result]);
    expect(p.status).toBe("missed");
    expect(p.reason).toContain("名称相近，视作同一指标：中欧班列稳定开行 ≈ 中欧班列开行");
  });
  it("a lexicon metric is looked up by the name it was written with (batch 28's 沈阳: 规上工业企业新增452家)", () => {
    const target = { ...goal("new-above-scale-industrial-firms", "400家", ["以上"]), label: "新增规上工业企业" };
    const result = { ...actual("x-规上工业企业", "452家"), label: "规上工业企业" };
    const [p] = one([target], [result]);
    expect(p.status).toBe("exceeded");
    expect(p.reason).toContain("新增规上工业企业 ≈ 规上工业企业");
    // A name written otherwise stays unanswered.
    expect(one([target], [{ ...actual("x-规上服务业企业", "452家"), label: "规上服务业企业" }])[0].status).toBe("dropped");
  });
});

describe("a target dated to a later year", () => {
  it("is not yet due a year on (到2025年… in 2024's plan: batch 31's 雄安), and is judged when no plan year is known or the year is the plan's", () => {
    const text = "完成植树造林8万亩，到2025年新区森林覆盖率达到40%。";
    const target = { ...goal("forest-coverage", "40%", ["达到"], "share"), start: text.indexOf("40%"), end: text.indexOf("40%") + 3 };
    const result = actual("forest-coverage", "36.2%", ["达到"], "share");
    const pair = (leftPlanYear?: number) =>
      pairIndicators([sentence(0, text, [target])], [sentence(0, "森林覆盖率达到36.2%。", [result])], { ...G, ...(leftPlanYear ? { leftPlanYear } : {}) })[0];
    expect(pair(2024).status).not.toBe("missed");
    expect(pair(2024).reason).toContain("多年目标：到2025年");
    expect(pair(2025).status).toBe("missed");
    expect(pair().status).toBe("missed");
  });
});

describe("a target dated to a later year in numerals (batch 59's 武汉 1956: 第一个五年计划规定我市一九五七年的…)", () => {
  it("is not yet due in the plan year's pair, with no 到 before the year", () => {
    const text = "第一个五年计划规定我市一九五七年的工业总产值达到十三亿元。";
    const target = { ...goal("industrial-output", "13亿元", ["达到"]), start: text.indexOf("十三亿元"), end: text.indexOf("十三亿元") + 4 };
    const pair = pairIndicators([sentence(0, text, [target])], [sentence(0, "全年工业总产值达到十三亿一千八百万元。", [actual("industrial-output", "13.18亿元")])], { ...G, leftPlanYear: 1956 })[0];
    expect(pair.status).not.toBe("met");
    expect(pair.reason).toContain("多年目标：1957年");
  });
});

describe("a weight in 担 (batch 60's 淳安: 茶叶4.3万担 answered by 2180吨)", () => {
  it("is read in tonnes, fifty kilograms a 担", () => {
    const p = one([goal("x-茶叶总产量", "4.3万担")], [actual("x-茶叶总产量", "2180吨")])[0];
    expect(p.status).toBe("met");
    expect(p.reason).toContain("4.3万担 = 2150吨");
  });
});

describe("people counted in 人 and in 名 (batch 35's 湖州: 新引进大学生6万人 answered by 6.3万名)", () => {
  it("pairs them as one unit", () => {
    const p = status(goal("x-新引进大学生", "6万人", [], "count"), actual("x-新引进大学生", "6.3万名", [], "count"));
    expect(p.status).toBe("met");
    expect(p.right?.value).toBe(63000);
  });
});

describe("two amounts fivefold apart are not one figure (batch 37's 陕西: 西咸新区固定资产投资600亿元 against the province's 15935.1亿元)", () => {
  it("leaves the target unanswered rather than exceeded by 2,556%", () => {
    const [p] = one([goal("fixed-asset-investment", "600亿元")], [actual("fixed-asset-investment", "15935.1亿元")]);
    expect(p.status).toBe("dropped");
  });

  it("still pairs a weight read in tonnes (粮食产量124亿斤 against 621.5万吨)", () => {
    const [p] = one([goal("grain-output", "124亿斤")], [actual("grain-output", "621.5万吨")]);
    expect(p.status).toBe("met");
  });
});

describe("a floor and a stretch of one figure in one sentence (batch 40's 吉林: 确保…稳定在500亿斤以上，力争达到540亿斤)", () => {
  it("answers both with the one result the next report gives", () => {
    const floor = goal("grain-output", "500亿斤", ["确保", "稳定在", "以上"], "level");
    const stretch = goal("grain-output", "540亿斤", ["力争", "达到"], "level");
    const pairs = one([floor, stretch], [actual("grain-output", "510亿斤", [], "level")]);
    expect(pairs.map((p) => p.status)).toEqual(["met", "missed"]);
    expect(pairs[1].right?.value).toBe(pairs[0].right?.value);
  });

  it("leaves a second figure without 力争 to find its own result", () => {
    const pairs = one([goal("grain-output", "500亿斤", ["以上"], "level"), goal("grain-output", "540亿斤", [], "level")], [actual("grain-output", "510亿斤", [], "level")]);
    expect(pairs.filter((p) => p.left && p.right).length).toBe(1);
  });
});

describe("an age limit is never paired (batch 42's 横店: 65周岁以上老年人免费健康体检)", () => {
  it("leaves the age of those counted out of the pairs, and still pairs a life expectancy", () => {
    const age = { ...goal("x-老年人年龄", "65岁", ["以上"], "level"), label: "老年人年龄" };
    const ageResult = { ...actual("x-老年人年龄", "65岁", ["以上"], "level"), label: "老年人年龄" };
    expect(one([age], [ageResult]).filter((p) => p.left)).toEqual([]);
    const life = goal("life-expectancy", "79岁", [], "level");
    expect(one([life], [actual("life-expectancy", "79.2岁", [], "level")])[0].status).toBe("met");
  });
});

describe("firms counted in 家 and in 户 (batch 59's 安庆: 新增规模以上工业企业100家 answered by 净增…126户)", () => {
  it("pairs a count of firms across the two counters", () => {
    const p = status({ ...goal("new-above-scale-industrial-firms", "100家", ["以上"], "count"), label: "新增规模以上工业企业" }, { ...actual("new-above-scale-industrial-firms", "126户", [], "count"), label: "净增规模以上工业企业" });
    expect(p.status).toBe("exceeded");
    expect(p.right?.value).toBe(126);
  });

  it("keeps households in 户 apart from a count in 个 that names no firm", () => {
    const p = status(goal("x-农村危房改造", "1000个", [], "count"), actual("x-农村危房改造", "1200户", [], "count"));
    expect(p.status).toBe("dropped");
  });
});

describe("the poor's villages taken off and the poor trained are counted up (batch 61's 恩施)", () => {
  it("meets 确保出列贫困村160个 with 163 and 培训贫困劳动力3万人次 with 3.4万", () => {
    const villages = status({ ...goal("x-出列贫困村", "160个", ["确保"], "count"), label: "出列贫困村" }, { ...actual("x-出列贫困村", "163个", [], "count"), label: "出列贫困村" });
    expect(villages.status).toBe("met");
    const trained = status({ ...goal("x-培训贫困劳动力", "3万人次", [], "count"), label: "培训贫困劳动力" }, { ...actual("x-培训贫困劳动力", "3.4万人次", [], "count"), label: "培训贫困劳动力" });
    expect(trained.status).toBe("exceeded");
  });

  it("still reads the poor left as lower-is-better (贫困人口 under 1万 met by 0.8万)", () => {
    const left = status({ ...goal("x-贫困人口", "1万人", ["以下"], "count"), label: "贫困人口" }, { ...actual("x-贫困人口", "0.8万人", [], "count"), label: "贫困人口" });
    expect(left.status).not.toBe("missed");
  });
});
