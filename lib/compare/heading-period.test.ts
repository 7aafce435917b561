import { describe, expect, it } from "vitest";
import { analyzeText } from "@/lib/prepare/prepare-report";
import { fiveYearPeriod } from "./comparison-kind";
import { headingChain, headingChains, periodHeading } from "./heading-period";
import { headingFigureReading } from "./period-figures";
import { sideSentences } from "./side-from-analyzed";

const ELEVENTH = fiveYearPeriod(2006)!;
const TWELFTH = fiveYearPeriod(2011)!;
const THIRTEENTH = fiveYearPeriod(2016)!;

describe("headingChain: the headings a sentence stands under", () => {
  // The outline of the 2011 national report around its 十二五 part (levels as lib/text gives them: 1 一、, 2 （一）, 4 leads).
  const sections = [
    { index: 17, level: 4, heading: "五年的成绩来之不易" },
    { index: 18, level: 1, heading: "二、“十二五”时期的主要目标和任务" },
    { index: 19, level: 4, heading: "--我们要推动经济发展再上新台阶" },
    { index: 20, level: 4, heading: "--我们要大力发展社会事业" },
    { index: 27, level: 1, heading: "三、2011年的工作" },
    { index: 32, level: 2, heading: "（一）保持物价总水平基本稳定" },
    { index: 34, level: 4, heading: "积极扩大消费需求" },
  ];

  it("climbs from a lead to the part it sits in, skipping its peers", () => {
    expect(headingChain(sections, 20)).toEqual(["--我们要大力发展社会事业", "二、“十二五”时期的主要目标和任务"]);
    expect(headingChain(sections, 34)).toEqual(["积极扩大消费需求", "（一）保持物价总水平基本稳定", "三、2011年的工作"]);
    expect(headingChain(sections, 18)).toEqual(["二、“十二五”时期的主要目标和任务"]);
  });

  it("gives every section's chain in one pass, the same as one at a time", () => {
    const chains = headingChains(sections);
    for (const s of sections) expect(chains.get(s.index)).toEqual(headingChain(sections, s.index));
    expect(chains.get(19)).toEqual(["--我们要推动经济发展再上新台阶", "二、“十二五”时期的主要目标和任务"]);
  });

  it("gives nothing for a sentence outside any section or an unknown one", () => {
    expect(headingChain(sections, null)).toEqual([]);
    expect(headingChain(sections, 99)).toEqual([]);
  });
});

describe("periodHeading: the heading that dates a target to the plan", () => {
  it("takes a heading naming the plan's targets by name, by its years or as the next five years", () => {
    // Headings as written in the national reports of 2011 and 2006.
    expect(periodHeading(["--我们要推动经济发展再上新台阶", "二、“十二五”时期的主要目标和任务"], TWELFTH)).toBe("二、“十二五”时期的主要目标和任务");
    expect(periodHeading(["（三）“十一五”时期经济社会发展的指导原则和主要目标"], ELEVENTH)).toBe("（三）“十一五”时期经济社会发展的指导原则和主要目标");
    // 经济社会发展的主要目标 under a part that names the plan: the targets are named inside it.
    expect(periodHeading(["（一）经济社会发展的主要目标", "二、“十三五”时期主要目标任务和重大举措"], THIRTEENTH)).toBe("二、“十三五”时期主要目标任务和重大举措");
    expect(periodHeading(["（一）经济社会发展主要目标", "二、十三五规划"], THIRTEENTH)).toBe("二、十三五规划");
    expect(periodHeading(["关于第十三个五年规划纲要的主要目标"], THIRTEENTH)).toBe("关于第十三个五年规划纲要的主要目标");
    expect(periodHeading(["二、2016—2020年经济社会发展主要目标"], THIRTEENTH)).toBe("二、2016—2020年经济社会发展主要目标");
    expect(periodHeading(["二、今后五年的主要目标和任务"], THIRTEENTH)).toBe("二、今后五年的主要目标和任务");
  });

  it("leaves out another plan, another year, a plan's tasks without its targets, and no heading", () => {
    expect(periodHeading(["一、“十一五”时期国民经济和社会发展的回顾"], TWELFTH)).toBeNull();
    // The nearest heading naming a time decides: 2011's own targets under a 十二五 part stay that year's.
    expect(periodHeading(["（一）2011年主要预期目标", "二、“十二五”时期的主要目标和任务"], TWELFTH)).toBeNull();
    expect(periodHeading(["三、2011年的工作"], TWELFTH)).toBeNull();
    // 2006: 十五's results quoted inside the 十一五 explanation are not 十一五's targets.
    expect(periodHeading(["（二）“十五”期间国民经济和社会发展主要情况", "三、关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明"], ELEVENTH)).toBeNull();
    // 2006: this section runs on to the closing words (13亿人民…); it names tasks, not targets.
    expect(periodHeading(["（四）“十一五”时期的战略重点和主要任务"], ELEVENTH)).toBeNull();
    expect(periodHeading(["二、2011—2015年主要目标"], THIRTEENTH)).toBeNull();
    expect(periodHeading([], TWELFTH)).toBeNull();
    expect(periodHeading(undefined, TWELFTH)).toBeNull();
    // 十五、 as a heading's number is not the 十五 plan.
    expect(periodHeading(["十五、主要目标"], fiveYearPeriod(2001)!)).toBeNull();
  });
});

describe("headingFigureReading: a target dated only by its heading", () => {
  /** The first figure of a real sentence, read under a heading that names 十二五. */
  const read = (text: string, nth = 0) => {
    const [s] = analyzeText(`各位代表：\n\n${text}`, "simplified").sentences.filter((x) => x.indicators.length);
    return headingFigureReading(s.indicators[nth], s.text, TWELFTH);
  };

  it("reads levels as the period's end and changes as over the years (sentences of the 2011 report)", () => {
    expect(read("森林覆盖率达到21.66%。")).toBe("period-end");
    expect(read("积极稳妥推进城镇化，城镇化率从47.5％提高到51.5%，完善城市化布局和形态。", 1)).toBe("period-end");
    expect(read("单位国内生产总值能耗和二氧化碳排放分别降低16%和17%。")).toBe("over-years");
    expect(read("加快发展服务业，服务业增加值在国内生产总值中的比重提高4个百分点。")).toBe("over-years");
    // 提高1岁 is a change, though the analysis types it as a level.
    expect(read("坚持计划生育基本国策，人均预期寿命提高1岁。")).toBe("over-years");
    expect(read("单位国内生产总值能耗比2010年降低16%。")).toBe("over-years");
  });

  it("keeps the base of a change out and a figure naming another year that year's", () => {
    expect(read("积极稳妥推进城镇化，城镇化率从47.5％提高到51.5%，完善城市化布局和形态。", 0)).toBeNull();
    expect(read("2012年财政性教育经费支出占国内生产总值比重达到4%。")).toBeNull();
    expect(read("按2010年价格计算，2015年国内生产总值将超过55万亿元。")).toBe("period-end");
  });
});

describe("sideSentences carries each sentence's headings", () => {
  it("gives a target sentence the headings it stands under, innermost first", () => {
    const text = "各位代表：\n\n二、“十二五”时期的主要目标和任务\n\n——我们要扎实推进资源节约和环境保护。森林覆盖率达到21.66%。\n\n三、2011年的工作\n\n国内生产总值增长8%左右。\n";
    const goals = sideSentences(analyzeText(text, "simplified"), "goal");
    const forest = goals.find((s) => s.text.includes("21.66%"))!;
    expect(forest.headings?.at(-1)).toBe("二、“十二五”时期的主要目标和任务");
    expect(periodHeading(forest.headings, TWELFTH)).toBe("二、“十二五”时期的主要目标和任务");
    const gdp = goals.find((s) => s.text.includes("8%左右"))!;
    expect(gdp.headings).toEqual(["三、2011年的工作"]);
    expect(periodHeading(gdp.headings, TWELFTH)).toBeNull();
  });
});
