// Round 43's year pairs, run through the whole pipeline on lines made for the test: a name said short (棚改) with one run
// of words added, and two zones' figures of one metric, each answered by its own zone's result.
import { describe, expect, it } from "vitest";
import { oneRunAdded } from "./near-names";
import { byTarget, targetPairs } from "@/tests/support/year-pair";

const plan = (...lines: string[]) => ["某某市人民政府工作报告", "一、2020年工作回顾", "全市地区生产总值增长5.2%。", "二、2021年工作安排", ...lines].join("\n");
const review = (...lines: string[]) => ["某某市人民政府工作报告", "一、2021年工作回顾", ...lines, "二、2022年工作安排", "地区生产总值增长6%左右。"].join("\n");

describe("a name said short", () => {
  it("reads 棚改 as 棚户区改造 when a run of words is added to it", () => {
    expect(oneRunAdded("棚户区改造开工", "棚改安置住房开工")).toBe(true);
    // (The plain reading still holds where the short form is not involved.)
    expect(oneRunAdded("安置失业人员", "失业人员")).toBe(true);
  });

  it("pairs the works begun with the resettlement homes begun under the short name", () => {
    const pairs = targetPairs(plan("改造城镇老旧小区70个，棚户区改造开工1800套。"), "city-2021.txt", review("改造城镇老旧小区75个，棚改安置住房开工1960套。"), "city-2022.txt");
    const pair = byTarget(pairs, "1800套");
    expect([pair.right?.text, pair.status]).toEqual(["1960套", "met"]);
  });
});

describe("words that name one thing", () => {
  it("pairs the funds arrived with 到位 before or after them, 医保 with 基本医疗保险, 户厕 with 厕所 and 占比 with 比重", () => {
    const pairs = targetPairs(
      plan("全年引进区外资金到位150亿元。城乡居民基本医疗保险人均财政补助标准提高到420元。改造农村厕所1.8万座。精品钢材比重提高到65%。"),
      "city-2021.txt",
      review("实际到位区外资金156.3亿元。城乡居民医保人均财政补助标准提高到420元。完成农村户厕改造1.62万座。高端精品钢材占比达到65.4%。"),
      "city-2022.txt",
    );
    const answer = (target: string) => [byTarget(pairs, target).right?.text, byTarget(pairs, target).status];
    expect(answer("150亿元")).toEqual(["156.3亿元", "met"]);
    expect(answer("420元")).toEqual(["420元", "met"]);
    expect(answer("1.8万座")).toEqual(["1.62万座", "missed"]);
    expect(answer("65%")).toEqual(["65.4%", "met"]);
  });
});

describe("a short measure whose place its sentence names", () => {
  it("pairs 过货量 in a sentence on the port with the port's 过货量", () => {
    const pairs = targetPairs(plan("加快某某口岸智慧口岸建设，过货量突破2000万吨。"), "city-2021.txt", review("某某口岸过货量1915万吨，增长5.7%。"), "city-2022.txt");
    expect([byTarget(pairs, "2000万吨").right?.text, byTarget(pairs, "2000万吨").status]).toEqual(["1915万吨", "missed"]);
  });
});

describe("the 1980s' words", () => {
  it("pairs new products trialled, the verb before or after, and the job-seekers placed however said", () => {
    const pairs = targetPairs(plan("新产品试制和新技术推广项目分别达到200项和80项。多渠道安置城镇待业人员1.5万人。"), "city-2021.txt", review("试制新产品214项。全年安排城镇待业人员就业1.62万人。"), "city-2022.txt");
    expect([byTarget(pairs, "200项").right?.text, byTarget(pairs, "1.5万人").right?.text]).toEqual(["214项", "1.62万人"]);
  });
});

describe("a five-year total said 五年累计", () => {
  it("answers no year's target with the total over the five years", () => {
    const pairs = targetPairs(
      plan("确保农村劳动力转移就业3万人。"),
      "city-2021.txt",
      review("五年累计新增城镇就业12万人，转移农村劳动力15万人。", "农村劳动力转移就业3.4万人。"),
      "city-2022.txt",
    );
    expect(byTarget(pairs, "3万人").right?.text).toBe("3.4万人");
  });
});

describe("a thing counted of three characters", () => {
  it("stays too short to take a fuller name from its sentence, as a measure of three does not", () => {
    const pairs = targetPairs(plan("加快学校建设，新建校3所。"), "city-2021.txt", review("新建集团化学校分校4所。"), "city-2022.txt");
    expect(byTarget(pairs, "3所").right).toBeNull();
  });
});

describe("lexicon names", () => {
  it("reads 新入规企业 as the firms newly above the size, 空气质量二级以上天数 as the good-air days", () => {
    const pairs = targetPairs(plan("新增规模以上工业企业30户。市区空气质量二级以上天数达到330天以上。"), "city-2021.txt", review("新入规企业36户。市区空气质量二级以上天数342天。"), "city-2022.txt");
    expect(byTarget(pairs, "30户").right?.text).toBe("36户");
    expect(byTarget(pairs, "330天").metric).toBe("good-air-days");
  });
});

describe("two zones' figures of one metric", () => {
  it("answers each zone's target by its own zone's result", () => {
    const pairs = targetPairs(
      plan("力争高新区、经开区工业总产值分别突破600亿元和150亿元。"),
      "city-2021.txt",
      review("高新区工业总产值突破600亿元、达到612亿元，经开区工业总产值达到146亿元。"),
      "city-2022.txt",
    );
    expect([byTarget(pairs, "600亿元").right?.text, byTarget(pairs, "600亿元").status]).toEqual(["612亿元", "met"]);
    expect([byTarget(pairs, "150亿元").right?.text, byTarget(pairs, "150亿元").status]).toEqual(["146亿元", "missed"]);
  });
});
