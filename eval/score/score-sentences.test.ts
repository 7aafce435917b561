// A line of the title block is the report's metadata: it scores as "other", and only as that.
import { describe, expect, it } from "vitest";
import { analyzeCopy } from "./analyze-file";
import { scoreSentences } from "./score-sentences";

const text = [
  "临江区2023年政府工作报告",
  "——2023年1月6日在临江区第二届人民代表大会第三次会议上",
  "",
  "各位代表：",
  "一、2022年工作回顾",
  "全年地区生产总值增长6.5%，一般公共预算收入增长5.2%。",
  "",
].join("\n");

describe("scoreSentences", () => {
  const file = analyzeCopy(text, text, "probe.txt");

  it("counts a title-block line labelled other as right", () => {
    const score = scoreSentences("probe", file, [
      { snippet: "临江区2023年政府工作报告", kind: "other" },
      { snippet: "——2023年1月6日在临江区", kind: "other" },
    ]);
    expect(score.all.right).toBe(2);
    expect(score.all.misses).toEqual([]);
  });

  it("still misses a title-block line labelled goal, and a snippet the text lacks", () => {
    const score = scoreSentences("probe", file, [
      { snippet: "临江区2023年政府工作报告", kind: "goal" },
      { snippet: "这一句不在文中出现", kind: "other" },
    ]);
    expect(score.all.right).toBe(0);
    expect(score.all.misses.map((m) => m.got)).toEqual(["other (title block: read as metadata)", "sentence not found"]);
  });

  it("scores a body sentence by the tool's kind, not as title block", () => {
    const score = scoreSentences("probe", file, [{ snippet: "全年地区生产总值增长6.5%", kind: "achievement" }]);
    expect(score.all.right).toBe(1);
  });
});
