import { describe, expect, it } from "vitest";
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { readOcrSlips } from "./ocr-slips";

describe("an OCR copy's look-alike characters", () => {
  it("reads 末完成 as 未完成 and 己建成 as 已建成, character for character", () => {
    const stored = "固定资产投资末完成年初预期目标。全市己建成5G基站3200个。年末完成改造任务。自己动手。";
    const { text, slips } = readOcrSlips(stored);
    expect(text).toBe("固定资产投资未完成年初预期目标。全市已建成5G基站3200个。年末完成改造任务。自己动手。");
    expect(text.length).toBe(stored.length);
    expect(slips).toBe(2);
  });

  it("reads the sentence through the slip, says so, and keeps the offsets of the stored text", () => {
    const stored = "一、2021年工作回顾\n部分指标末完成年初预期目标。\n";
    const report = analyzeReport(stored);
    const sentence = report.sentences.find((s) => s.text.startsWith("部分指标"))!;
    expect(sentence.subtype).toBe("problem");
    expect(stored.slice(sentence.start, sentence.end)).toContain("末完成");
    expect(report.metadata.warnings.map((w) => w.code)).toContain("ocr-slips");
  });

  it("ends a sentence on the letter o that OCR read for a full stop between two characters", () => {
    const report = analyzeReport("一、2021年工作回顾\n工业产值创历史新高o新增规模以上工业企业52家。\n");
    expect(report.sentences.map((s) => s.text)).toEqual(["一、2021年工作回顾", "工业产值创历史新高。", "新增规模以上工业企业52家。"]);
  });
});
