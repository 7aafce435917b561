// A figure named only by a pointer back (batch 11's 2023 news summary: 在这4.2万亿元中).
import { describe, expect, it } from "vitest";
import { analyzeReport } from "./analyze-report";

describe("a figure named by a pointer back", () => {
  const text = "一、2022年工作回顾\n\n全年新增减税降费和退税缓税缓费超过4.2万亿元。在这4.2万亿元中，增值税留抵退税超过2.4万亿元。\n";
  const sentences = analyzeReport(text).sentences;

  it("takes the name of the figure just named with the same value", () => {
    const back = sentences.find((s) => s.text.startsWith("在这"))!;
    expect(back.indicators.map((i) => [i.label, i.value])).toEqual([
      ["新增减税降费和退税缓税缓费", 4.2e12],
      ["增值税留抵退税", 2.4e12],
    ]);
  });

  it("leaves a pointer with no equal figure before it as it is", () => {
    const alone = analyzeReport("一、2022年工作回顾\n\n在这3万亿元中，增值税留抵退税超过1万亿元。\n").sentences.find((s) => s.text.startsWith("在这"))!;
    expect(alone.indicators[0].label).toBe("在这");
  });
});
