import { describe, expect, it } from "vitest";
import { readParagraphSheet } from "./paragraph-sheet";
import { processText } from "./process-text";

const SHEET = [
  "段落编号,章节,正文,备注",
  '1,,政府工作报告,"来源:某某市人民政府门户网站,2016-03-02录入"',
  '2,"一、2015年和""十二五""时期工作回顾",,',
  '3,"一、2015年和""十二五""时期工作回顾",全市完成地区生产总值833.6亿元，增长8.9%。,"年初目标9.5%左右,未完成"',
  '4,"一、2015年和""十二五""时期工作回顾","2015年是""十二五""规划的收官之年。",',
  "5,二、2016年主要工作,,",
  "6,二、2016年主要工作,地区生产总值增长8.5%左右。,新提法",
].join("\r\n");

describe("an analyst's sheet of the report's paragraphs", () => {
  it("is read through a view of the same length, a row a line", () => {
    const sheet = readParagraphSheet(SHEET)!;
    expect(sheet.text).toHaveLength(SHEET.length);
    expect(sheet.rows).toBe(6);
    const lines = sheet.text.split("\n").map((l) => l.trim()).filter(Boolean);
    expect(lines).toContain("一、2015年和“十二五”时期工作回顾");
    expect(lines).toContain("2015年是“十二五”规划的收官之年。");
  });

  it("keeps each paragraph where it stands in the stored text", () => {
    const sheet = readParagraphSheet(SHEET)!;
    const at = SHEET.indexOf("全市完成地区生产总值");
    expect(sheet.text.slice(at, at + 10)).toBe("全市完成地区生产总值");
  });

  it("reads the headings' rows as headings, the paragraphs as the parts' sentences, the notes as the analyst's", () => {
    const processed = processText(SHEET);
    const result = processed.sentences.find((s) => s.text.startsWith("全市完成地区生产总值"))!;
    expect(result.part).toBe("review");
    expect(processed.sentences.find((s) => s.text.startsWith("地区生产总值增长8.5%"))!.part).toBe("plan");
    expect(processed.sentences.find((s) => s.text.startsWith("年初目标"))!.flags).toContain("sheet-note");
    expect(processed.sentences.find((s) => s.text === "新提法")!.flags).toContain("sheet-note");
    expect(processed.warnings.map((w) => w.code)).toContain("paragraph-sheet");
  });

  it("is no sheet without a header naming the text's column, or with too few rows", () => {
    expect(readParagraphSheet("序号,指标名称,单位,2017年完成\n1,地区生产总值,亿元,1126.5")).toBeNull();
    expect(readParagraphSheet(SHEET.split("\r\n").slice(0, 4).join("\n"))).toBeNull();
    expect(readParagraphSheet("政府工作报告\n各位代表：")).toBeNull();
  });
});
