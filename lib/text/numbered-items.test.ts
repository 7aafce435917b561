// Numbered lines that are sentences, not sub-headings: a township's 十件民生实事 one a line (batch 42's 横店) and a city's
// planning report, indicator by indicator (计划执行情况与计划草案的报告, batch 43's 济南).
import { describe, expect, it } from "vitest";
import { processText } from "./process-text";
import { analyzeReport } from "@/lib/analysis/analyze-report";

describe("a township's 十件民生实事, numbered one a line (batch 42's 横店)", () => {
  const text = [
    "二、2024年工作安排",
    "（五）聚焦民生福祉，办好十件民生实事。",
    "1.新增公办幼儿园学位270个；",
    "2.建成居家养老服务照料中心3家；",
    "3.完成65周岁以上老年人免费健康体检1.2万人次；",
    "4.建成全民健身广场2处。",
    "（六）聚焦平安稳定，提升基层治理水平。",
  ].join("\n");
  const report = analyzeReport(text);
  const on = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads its items as sentences of the task above, not as sub-headings", () => {
    for (const item of ["1.新增", "2.建成", "3.完成", "4.建成"]) expect(on(item).role, item).toBe("body");
    expect(on("（六）").role).toBe("heading");
  });

  it("gives each item its figure as a target, and an age limit as the age of those counted", () => {
    expect(on("1.新增").indicators.map((i) => [i.label, i.value, i.modality])).toEqual([["新增公办幼儿园学位", 270, "target"]]);
    expect(on("3.完成").indicators.map((i) => [i.label, i.value, i.unit])).toEqual([["老年人年龄", 65, "周岁"], ["老年人免费健康体检", 12000, "人次"]]);
  });

  it("keeps a numbered run-in heading closed by 。 a heading when no item list runs before it", () => {
    expect(processText("二、2024年工作安排\n1.全力扩大有效投资。\n全年实施重点项目200个。").sentences[1].role).toBe("heading");
  });
});

describe("a city's planning report (计划执行情况与计划草案的报告, batch 43's 济南)", () => {
  const text = [
    "一、2022年国民经济和社会发展计划执行情况",
    "（一）主要指标完成情况",
    "1.地区生产总值增长3.4%，低于计划目标。受多重超预期因素冲击，经济增长承压。",
    "2.城镇新增就业12.6万人，为计划目标的114.5%。",
    "（二）重点工作推进情况",
    "一是强省会建设取得新进展。市级重点项目完成投资2087亿元。",
    "（三）存在的主要问题",
    "经济恢复的基础尚不牢固，部分企业生产经营困难。",
    "二、2023年经济社会发展的总体要求和主要预期目标",
    "（二）主要预期目标",
    "1.地区生产总值增长6%左右。",
    "主要考虑：这一目标与全省预期目标相衔接，体现了省会城市的担当。",
  ].join("\n");
  const report = analyzeReport(text);
  const on = (start: string) => report.sentences.find((s) => s.text.startsWith(start))!;

  it("reads a numbered line that states a figure as a sentence, with its figures", () => {
    expect(on("1.地区生产总值增长3.4%")).toMatchObject({ role: "body", kind: "achievement" });
    expect(on("2.城镇新增就业").indicators.map((i) => [i.metric, i.value])).toContainEqual(["new-jobs", 126000]);
    expect(on("1.地区生产总值增长6%左右").indicators.map((i) => [i.metric, i.value, i.modality])).toEqual([["gdp", 6, "target"]]);
  });

  it("takes a heading that names what it reports on for a title, and one over the shortfalls for the problems", () => {
    expect(on("（二）重点工作推进情况")).toMatchObject({ role: "heading", kind: "other" });
    expect(on("（三）存在的主要问题")).toMatchObject({ kind: "other", subtype: "problem" });
  });

  it("reads the report's title and the words it is delivered with as other", () => {
    const opening = analyzeReport(["关于济南市2022年国民经济和社会发展计划执行情况与2023年计划草案的报告", "各位代表：",
      "受市人民政府委托，现将济南市2022年国民经济和社会发展计划执行情况与2023年计划草案提请大会审查，并请市政协委员提出意见。",
      "一、2022年国民经济和社会发展计划执行情况", "全市地区生产总值增长3.4%。"].join("\n")).sentences;
    expect(opening[0]).toMatchObject({ kind: "other", reason: "报告题注" });
    expect(opening[2]).toMatchObject({ kind: "other", reason: "会议程序" });
  });

  it("reads the reason given under a target as its explanation, not a target", () => {
    expect(on("主要考虑：")).toMatchObject({ kind: "other", reason: "目标说明" });
  });
});
