// The forty-fourth round's patterns, each on lines shaped as the copies that showed them write them. The lines are made
// for these tests, not taken from the eval's texts.
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";
import { achieved, read } from "./test-readers";
import { classifySentence } from "./classify-sentence";
import { isBoilerplateLine } from "@/lib/text/boilerplate";

const kindOf = (text: string, part: "review" | "plan" | "other" = "other") => classifySentence({ text, part, role: "body" });
const sentenceOf = (analysis: ReturnType<typeof analyzeReport>, start: string) => analysis.sentences.find((s) => s.text.startsWith(start))!;

describe("a speech-to-text transcript of the delivery", () => {
  it("reads the export's header and every speaker-and-time line as furniture", () => {
    for (const line of ["十届人大三次会议_政府工作报告.m4a", "时长：01:02:31", "转写时间：2023-01-12 09:15", "（本文由语音识别自动生成，仅供参考）", "发言人2 00:41:07", "说话人1 00:00:03"]) {
      expect(isBoilerplateLine(line), line).toBe(true);
    }
    expect(isBoilerplateLine("发言人说，全年新增就业1.2万人。")).toBe(false);
  });

  it("reads a part's heading spoken inside a paragraph as a heading, and the plan as beginning there", () => {
    const text = [
      "发言人2 00:00:21",
      "各位代表，现在我代表市人民政府向大会报告工作，请予审议。2022年工作回顾。初步核算，全市生产总值912亿元，增长6.5%。",
      "",
      "发言人2 00:05:40",
      "民生事业持续进步，新建学校12所。2023年工作安排。今年是全面贯彻党的二十大精神的开局之年。全市生产总值增长6%左右。新建学校10所。",
    ].join("\n");
    const analysis = analyzeReport(text, { fileName: "transcript.txt" });
    expect(sentenceOf(analysis, "2022年工作回顾").kind).toBe("other");
    expect(sentenceOf(analysis, "2023年工作安排").kind).toBe("other");
    expect(sentenceOf(analysis, "新建学校10所").kind).toBe("goal");
    expect(sentenceOf(analysis, "民生事业持续进步").kind).toBe("achievement");
  });

  it("reads a unit said out in words as the written unit", () => {
    expect(achieved("细颗粒物平均浓度28微克每立方米。").map((i) => `${i.value}${i.unit}`)).toEqual(["28微克/立方米"]);
    expect(read("浓度降至31微克每立方米")).toEqual(["31微克每立方米=31微克/立方米"]);
  });
});

describe("a judgement after a result's figure", () => {
  it("reads a result whose figure a judgement sums up as the result", () => {
    expect(kindOf("全年粮食总产量达到86.2万吨，这是历史上第三个丰收年。").kind).toBe("achievement");
  });

  it("still reads a judgement of the year without a figure as framing", () => {
    expect(kindOf("刚刚过去的2022年，是极不平凡的一年。", "review").kind).toBe("other");
  });
});

describe("an interview with the mayor", () => {
  const interview = (turns: string[]) => analyzeReport(["县长访谈", "", ...turns.map((t) => `　　${t}`)].join("\n"), { fileName: "interview.txt" });

  it("reads the answer to a question asking how last year went as results", () => {
    const analysis = interview([
      "记者：王县长，去年是全县发展很不平凡的一年，您怎么评价？",
      "县长：高铁站开通运营，工业园区新落户企业28家。",
      "记者：今年有哪些硬任务？",
      "县长：今年要新建农村公路120公里。我们要确保高速连接线开工。今年力争新增规上企业20家。今年要新建学校5所。全年要完成造林3万亩。",
    ]);
    expect(sentenceOf(analysis, "县长：高铁站开通运营").kind).toBe("achievement");
    expect(sentenceOf(analysis, "县长：今年要新建").kind).toBe("goal");
  });

  it("reads a turn that names targets not met, and the answer's words that say nothing else, as the problem", () => {
    const analysis = interview([
      "记者：报告也坦言，有两项指标没有完成年度目标。",
      "县长：这个我们不回避。",
      "记者：今年有哪些硬任务？",
      "县长：今年要新建农村公路120公里。",
    ]);
    expect([sentenceOf(analysis, "记者：报告也坦言").kind, sentenceOf(analysis, "记者：报告也坦言").subtype]).toEqual(["other", "problem"]);
    expect(sentenceOf(analysis, "县长：这个我们不回避").subtype).toBe("problem");
  });

  it("keeps a target stated with its figure in the answer to why it was set", () => {
    const analysis = interview([
      "记者：今年生产总值预期增长6.5%左右，是怎么考虑的？",
      "县长：我们把生产总值增长目标定在6.5%左右，主要考虑是两点。",
      "第一，外部环境不确定性增多；第二，项目建设进入高峰期。",
    ]);
    expect(sentenceOf(analysis, "县长：我们把生产总值").kind).toBe("goal");
    expect(sentenceOf(analysis, "第一，外部环境").kind).toBe("other");
  });
});
