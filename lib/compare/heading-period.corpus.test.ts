import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/prepare/prepare-report";
import { fiveYearPeriod } from "./comparison-kind";
import { pairIndicators } from "./pair-indicators";
import { sideSentences } from "./side-from-analyzed";

// The 2011 national report lists the 十二五 targets under `二、“十二五”时期的主要目标和任务`; most of their sentences name
// no period themselves. Read from ../shared/corpus (not part of the repository).
const FILE = path.resolve("../shared/corpus/national/national-2011.txt");
const present = existsSync(FILE);
if (!present) console.warn(`skipped: the 2011 national report is not at ${FILE} (the shared corpus is absent)`);

describe.skipIf(!present)("the 2011 report's 十二五 targets, dated by their section heading", () => {
  const goals = () => sideSentences(analyzeText(readFileSync(FILE, "utf8"), "simplified"), "goal");
  // The plan's side of its own five-year comparison; with no review (the 2016 report is not in the corpus) every
  // period target stands unanswered, which is what shows how each was read.
  const pairs = () => pairIndicators(goals(), [], { leftKinds: "goal", rightKinds: "achievement", period: fiveYearPeriod(2011)! });

  it("reads the targets the text lists under the heading as the period's figures", () => {
    const read = pairs().map((p) => [p.left!.text, p.period]);
    // Typed from the text: …年均增长7%。按2010年价格计算，2015年国内生产总值将超过55万亿元。…服务业增加值在国内生产总值中的比重
    // 提高4个百分点。…城镇化率从47.5％提高到51.5%…研究与试验发展经费支出占国内生产总值比重达到2.2%…非化石能源占一次能源消费
    // 比重提高到11.4%，单位国内生产总值能耗和二氧化碳排放分别降低16%和17%，主要污染物排放总量减少8%至10%，森林蓄积量增加6亿
    // 立方米，森林覆盖率达到21.66%。…五年城镇新增就业4500万人。…年均实际增长超过7%。…医保基金支付水平提高到70% 以上，全国
    // 城镇保障性住房覆盖面达到20%左右。…人均预期寿命提高1岁。
    for (const expected of [
      ["7%", "over-years"],
      ["55万亿元", "period-end"],
      ["4个百分点", "over-years"],
      ["51.5%", "period-end"],
      ["2.2%", "period-end"],
      ["11.4%", "period-end"],
      ["16%", "over-years"],
      ["17%", "over-years"],
      ["6亿立方米", "over-years"],
      ["21.66%", "period-end"],
      ["4500万人", "over-years"],
      ["70%", "period-end"],
      ["20%", "period-end"],
      ["1岁", "over-years"],
    ])
      expect(read, expected[0]).toContainEqual(expected);
    // The sixteen figures of the list (with 减少8%至10%), 年均实际增长超过7% read for each of the two incomes before it
    // (城镇居民人均可支配收入和农村居民人均纯收入), and nothing else of the report.
    expect(read).toHaveLength(17);
    expect(read.filter(([text]) => text === "7%")).toHaveLength(3);
    // 2015年国内生产总值将超过55万亿元 is dated by its own words, without the heading.
    expect(pairs().filter((p) => p.periodHeading).map((p) => p.left!.text)).not.toContain("55万亿元");
    const urban = pairs().find((p) => p.left!.text === "51.5%")!;
    expect([urban.metric, urban.left!.value, urban.periodHeading]).toEqual(["urbanization-rate", 51.5, "二、“十二五”时期的主要目标和任务"]);
    const forest = pairs().find((p) => p.left!.text === "21.66%")!;
    expect([forest.left!.value, forest.periodHeading]).toEqual([21.66, "二、“十二五”时期的主要目标和任务"]);
    // 今后五年，我国经济增长预期目标是…年均增长7%: a target of the plan, though its own sentence reads like a statement.
    expect(pairs().find((p) => p.metric === "gdp" && p.left!.text === "7%")?.left!.qualifiers).toContain("年均");
  });

  it("leaves out the base of a change, the year 2011's own targets and the 十一五 review", () => {
    const texts = pairs().map((p) => p.left!.text);
    // 城镇化率从47.5％: the 2010 level the change starts from.
    expect(texts).not.toContain("47.5％");
    // Under 三、2011年的工作: 国内生产总值增长8%左右 … 城镇新增就业900万人以上; 2012年财政性教育经费支出…达到4%.
    expect(texts).not.toContain("8%");
    expect(texts).not.toContain("900万人");
    expect(texts).not.toContain("4%");
    // Every pair is the period's.
    for (const p of pairs()) expect(["over-years", "period-end"]).toContain(p.period);
  });
});
