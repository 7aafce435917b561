import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";

const modalities = (text: string, start: string) =>
  analyzeReport(text).sentences.find((s) => s.text.startsWith(start))!.indicators.map((i) => [i.value, i.modality]);

describe("a note that calls a figure an estimate (昆山, 杭州, 余杭: batches 12–21)", () => {
  it("makes the figures of the metric it names estimates, in the table and in the prose", () => {
    const text = [
      "一、2023年工作回顾",
      "全社会研发经费投入占地区生产总值比重达到4.02%，地区生产总值增长5.6%。",
      "指标名称\t单位\t2023年目标\t完成情况\t2024年目标",
      "地区生产总值增速\t%\t6左右\t5.6\t5.5左右",
      "全社会研发经费投入占比\t%\t4\t4.02\t4.1",
      "注：研发经费投入占比为预计数。",
    ].join("\n");
    expect(modalities(text, "全社会研发经费投入占地区生产总值比重")).toEqual([[4.02, "estimate"], [5.6, "actual"]]);
    expect(modalities(text, "全社会研发经费投入占比")).toEqual([[4, "target"], [4.02, "estimate"], [4.1, "target"]]);
  });

  it("makes the figure a note's mark points at an estimate, and no other", () => {
    const text = ["指标\t单位\t2024年目标\t2024年完成\t比目标增减", "R&D经费投入强度\t%\t3.95\t4.0③\t+0.05", "地区生产总值增速\t%\t5.5\t5.3\t-0.2", "③该项为预计数，最终数据以统计部门公布为准。"].join("\n");
    expect(modalities(text, "R&D经费投入强度")).toContainEqual([4, "estimate"]);
    expect(modalities(text, "地区生产总值增速").map(([, m]) => m)).not.toContain("estimate");
  });
});
