// Status rules for direction, ceilings and ranges (issue 11), on the national pairs of the development corpus.
import { describe, expect, it } from "vitest";
import { extractIndicators } from "@/lib/analysis/extract-indicators";
import { judgeGoal, lowerIsBetter } from "./indicator-status";
import { pairIndicators } from "./pair-indicators";
import type { CompareSentence } from "./types";

const target = (text: string) => extractIndicators(text, { kind: "goal", part: "plan" })[0];
const result = (text: string) => extractIndicators(text, { kind: "achievement", part: "review" })[0];

describe("judgeGoal: the metric's direction decides", () => {
  it("CPI 3.5%左右 against 2.6% is met: 左右 on a lower-is-better metric is a ceiling (2013 → 2014)", () => {
    expect(judgeGoal(target("居民消费价格涨幅3.5%左右"), result("居民消费价格涨幅控制在2.6%"), false).status).toBe("met");
  });
  it("CPI 3%左右 against 3.3% is missed (2010 → 2011)", () => {
    expect(judgeGoal(target("居民消费价格涨幅3%左右"), result("居民消费价格上涨3.3%"), false).status).toBe("missed");
  });
  it("a rise in 个百分点 is exceeded by 0.5 个百分点, as a percentage is (城镇化水平提高1.5个百分点: 1.7 met, 2.1 exceeded)", () => {
    const raise = target("城镇化水平提高1.5个百分点");
    expect(judgeGoal(raise, result("城镇化水平提高1.7个百分点"), false).status).toBe("met");
    expect(judgeGoal(raise, result("城镇化水平提高2.1个百分点"), false).status).toBe("exceeded");
  });
  it("unemployment 低于4.6% against 4.1% is met, never exceeded: 低于 is a ceiling", () => {
    expect(judgeGoal(target("城镇登记失业率低于4.6%"), result("城镇登记失业率4.1%"), false).status).toBe("met");
  });
  it("a fall target is met by a larger fall and missed by a smaller one", () => {
    const fall = target("单位国内生产总值能耗降低4%左右");
    expect(fall).toMatchObject({ metric: "energy-intensity", value: -4 });
    expect(judgeGoal(fall, result("单位国内生产总值能耗下降1.2%"), false).status).toBe("missed");
    expect(judgeGoal(fall, result("单位国内生产总值能耗下降4.5%"), false).status).toBe("met");
  });
  it("a bound on a fall bounds its size: 再减少1000万以上 is missed by a fall of 800万 (1999 → 2000), met by 1200万", () => {
    const cut = target("力争今年农村贫困人口再减少1000万以上");
    expect(cut).toMatchObject({ metric: "rural-poor", value: -1e7, unit: "人" });
    expect(judgeGoal(cut, result("贫困人口减少800万人"), false).status).toBe("missed");
    expect(judgeGoal(cut, result("贫困人口减少1050万人"), false).status).toBe("met");
  });
  it("a cut set with 左右 is met by cutting more, and an amount cut answers it (batch 10 of the eval, 2016 → 2017)", () => {
    const cut = target("煤炭行业退出产能2.5亿吨左右");
    expect(cut).toMatchObject({ label: "煤炭产能", value: -2.5e8 });
    expect(judgeGoal(cut, result("煤炭产能超过2.9亿吨"), false)).toMatchObject({ status: "met", reason: expect.stringContaining("削减量") });
  });
  it("a floor on a fall is exceeded by the margin beyond it: 减少1000万以上 against 1109万 (2019 → 2020)", () => {
    const cut = target("农村贫困人口减少1000万以上");
    expect(judgeGoal(cut, result("农村贫困人口减少1109万"), false).status).toBe("exceeded");
  });
  it("a falling range written from its smaller end (降低百分之二到百分之三) is met inside it", () => {
    const range = target("成本降低百分之二到百分之三");
    expect(range).toMatchObject({ value: -2, upper: -3 });
    expect(judgeGoal(range, result("成本降低2.5%"), false).status).toBe("met");
  });
  it("GDP 7.5%左右 against 7.7% is met within the band; 8%左右 against 10.3% is exceeded", () => {
    expect(judgeGoal(target("国内生产总值增长7.5%左右"), result("国内生产总值增长7.7%"), false).status).toBe("met");
    expect(judgeGoal(target("国内生产总值增长8%左右"), result("国内生产总值增长10.3%"), false).status).toBe("exceeded");
  });
  it("a range is met inside it", () => {
    const range = target("经济增长6%-6.5%");
    expect(range).toMatchObject({ metric: "gdp", value: 6, upper: 6.5 });
    expect(judgeGoal(range, result("经济增长6.1%"), false).status).toBe("met");
    expect(judgeGoal(range, result("经济增长5.8%"), false).status).toBe("missed");
    expect(judgeGoal(range, result("经济增长7.2%"), false).status).toBe("exceeded");
  });
});

describe("pairing: a multi-year figure never answers one year's target", () => {
  const sentence = (id: string, text: string, kind: "goal" | "achievement"): CompareSentence => ({
    id, index: 0, text, kind, indicators: extractIndicators(text, { kind, part: kind === "goal" ? "plan" : "review" }),
  });
  it("年均11.2% and 五年累计5771万人 are passed over for the year's own figures (2010 → 2011)", () => {
    const left = [sentence("s-1", "国内生产总值增长8%左右；城镇新增就业900万人以上。", "goal")];
    const right = [
      sentence("s-7", "国内生产总值年均增长11.2%。", "achievement"),
      sentence("s-12", "五年累计新增城镇就业5771万人。", "achievement"),
      sentence("s-188", "国内生产总值增长10.3%，城镇新增就业1168万人。", "achievement"),
    ];
    const pairs = pairIndicators(left, right, { leftKinds: "goal", rightKinds: "achievement" }).filter((p) => p.left);
    expect(pairs.map((p) => [p.metric, p.right?.text, p.status])).toEqual([
      ["gdp", "10.3%", "exceeded"],
      ["new-jobs", "1168万人", "exceeded"],
    ]);
  });
});

describe("pairing: ‰ against % on one scale (人口自然增长率, 1979 → 1980 and the later reports)", () => {
  const pair = (target: string, result: string) => targetAgainstResult(target, result).filter((p) => p.right);

  it("千分之十左右 against 1.17％ is missed: 1.17% = 11.7‰, and 左右 on population growth is a ceiling (1979 → 1980)", () => {
    const [p] = pair("今年我们要力争使全国人口增长率降到千分之十左右。", "1979年人口自然增长率由上年的1.2％下降到1.17％。");
    expect(p).toMatchObject({ metric: "population-growth", status: "missed", left: { value: 1, unit: "%" }, right: { value: 1.17, text: "1.17％" } });
    expect(p.delta).toBeCloseTo(0.17);
    expect(p.unit).toBe("个百分点");
  });

  it("a target in % answered in ‰ reads the result in per cent (百分之一以下 against 6.45‰: 0.645% → met)", () => {
    const [p] = pair("人口自然增长率降到百分之一以下。", "人口自然增长率降到6.45‰。");
    expect(p).toMatchObject({ status: "met", right: { value: 0.645, unit: "%", text: "6.45‰" } });
    expect(p.reason).toContain("6.45‰ = 0.645%");
  });

  it("a target in ‰ answered in % reads the target in per cent (8‰以内 against 1.17％: 1.17% > 0.8% → missed)", () => {
    const [p] = pair("人口自然增长率控制在8‰以内。", "人口自然增长率下降到1.17％。");
    expect(p).toMatchObject({ status: "missed", left: { value: 0.8, unit: "%", text: "8‰" } });
    expect(p.reason).toContain("1.17% > 0.8%");
  });

  it("two figures in ‰ stay in ‰", () => {
    const [p] = pair("人口自然增长率控制在8‰以内。", "人口自然增长率降到6.45‰。");
    expect(p).toMatchObject({ status: "met", left: { value: 8, unit: "‰" }, right: { value: 6.45, unit: "‰" } });
  });

  it("money supply (M2) is a level to keep to: 13%左右 is missed below the band as above it, and met inside it", () => {
    const m2 = target("广义货币M2预计增长13%左右");
    expect(judgeGoal(m2, result("广义货币M2余额增长11.3%"), false).status).toBe("missed");
    expect(judgeGoal(m2, result("广义货币M2增长13.6%"), false).status).toBe("missed");
    expect(judgeGoal(m2, result("广义货币M2增长13.2%"), false).status).toBe("met");
    expect(judgeGoal(m2, result("广义货币M2余额增长11.3%"), false).reason).toContain("偏高偏低都算未完成");
  });
});


describe("the poor lifted out are counted up (batch 25's 四川 1998 → 1999)", () => {
  it("再解决150万贫困人口的温饱问题 is missed by 143万 and met by 150万 or more", () => {
    const fed = target("今年要再解决150万贫困人口的温饱问题");
    expect(fed.label).toBe("解决温饱的贫困人口");
    expect(judgeGoal(fed, result("全年又有143万贫困人口基本解决温饱"), false).status).toBe("missed");
    expect(["met", "exceeded"]).toContain(judgeGoal(fed, result("全年又有152万贫困人口基本解决温饱"), false).status);
  });

  it("poor villages taken off the list are counted up (贫困村退出400个 met by 439: batch 36's 青海)", () => {
    const off = target("今年实现400个贫困村退出");
    expect(lowerIsBetter({ ...off, label: "贫困村退出" })).toBe(false);
    expect(lowerIsBetter({ ...off, label: "贫困县摘帽" })).toBe(false);
    expect(lowerIsBetter({ ...off, label: "贫困发生率" })).toBe(true);
  });

  it("the jobless placed in work and the polluters closed are counted up (batch 38's 宝安)", () => {
    const done = target("帮助1500名户籍失业人员实现再就业");
    expect(lowerIsBetter({ ...done, label: "户籍失业人员实现再就业" })).toBe(false);
    expect(lowerIsBetter({ ...done, label: "关闭淘汰高耗能、重污染企业" })).toBe(false);
    expect(lowerIsBetter({ ...done, label: "城镇登记失业率" })).toBe(true);
  });

  it("the poor not yet fed are a stock, not a count of the lifted", () => {
    expect(result("全省还有610万农村贫困人口没有解决温饱问题").label).toBe("农村贫困人口");
  });
});

describe("pairing: a real growth target takes the real result (batch 32's 河南 2004 → 2005)", () => {
  it("实际增长6% against 增长11.2%，扣除价格因素实际增长5.6%: the 5.6%, missed", () => {
    const [p] = targetAgainstResult("城镇居民人均可支配收入和农民人均纯收入分别实际增长6%和5%。", "城镇居民人均可支配收入7705元，增长11.2%，扣除价格因素实际增长5.6%。");
    expect(p).toMatchObject({ metric: "urban-income", status: "missed", right: { value: 5.6 } });
  });
  it("a target without 实际 keeps the figure given first", () => {
    const [p] = targetAgainstResult("城镇居民人均可支配收入增长8%。", "城镇居民人均可支配收入7705元，增长11.2%，扣除价格因素实际增长5.6%。");
    expect(p.right?.value).toBe(11.2);
  });
});

describe("pairing: a year's new ones are never answered by a stock reached (batch 34's 喀什)", () => {
  it("新增规上工业企业60家 against 规上工业企业达到611家 is dropped, not exceeded", () => {
    const [p] = targetAgainstResult("力争新增规上工业企业60家以上。", "规上工业企业达到611家。");
    expect(p.status).toBe("dropped");
  });
});

/** The pairs a target sentence makes against a result sentence, the results no target took left out. */
function targetAgainstResult(target: string, result: string) {
  const side = (id: string, text: string, kind: "goal" | "achievement"): CompareSentence => ({
    id, index: Number(id.slice(2)), text, kind, indicators: extractIndicators(text, { kind, part: kind === "goal" ? "plan" : "review" }),
  });
  return pairIndicators([side("s-1", target, "goal")], [side("s-2", result, "achievement")], { leftKinds: "goal", rightKinds: "achievement" }).filter((pair) => pair.left);
}

describe("a share of a benefit reached is better the higher (batch 66's 澜沧)", () => {
  it("建档立卡贫困人口住院费用实际报销比例稳定在90%左右 is exceeded by 91.5%", () => {
    const share = target("建档立卡贫困人口县域内住院费用实际报销比例稳定在90%左右");
    expect(lowerIsBetter(share)).toBe(false);
    expect(judgeGoal(share, result("建档立卡贫困人口县域内住院费用实际报销比例达到91.5%"), false).status).not.toBe("missed");
    expect(lowerIsBetter({ ...share, label: "贫困发生率" })).toBe(true);
  });
});
