// The copies are scored by finding each label's snippet in `locateText` and reading the analysis at the same
// offsets in `text`: the two must line up character for character, or a copy's figure measures the locator.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { droppedByCopy, makeCopies, noHeadingsCopy } from "./copies";

const seed = fs.readFileSync(path.join(__dirname, "../../seeds/000_6f0d3471dae921c8.txt"), "utf8");

describe("eval copies", () => {
  for (const copy of makeCopies(seed)) {
    it(`${copy.name}: the locate text is as long as the copy, line for line`, () => {
      expect(copy.locateText.length).toBe(copy.text.length);
      const lines = copy.text.split("\n").map((l) => l.length);
      expect(copy.locateText.split("\n").map((l) => l.length)).toEqual(lines);
    });
  }
  it("no-headings drops the heading lines from both", () => {
    const copy = makeCopies(seed).find((c) => c.name === "no-headings")!;
    expect(copy.text).not.toMatch(/^[一二三四五六七八九十]+、/m);
    expect(copy.text.length).toBeLessThan(seed.length);
  });
  it("a label standing only on a line the copy left out is not scored there; one the copy keeps is", () => {
    const copy = noHeadingsCopy("一、2023年工作回顾\n全年地区生产总值增长6%。\n二、2024年工作安排\n今年地区生产总值增长5%左右。");
    expect(droppedByCopy(copy, "一、2023年工作回顾")).toBe(true);
    expect(droppedByCopy(copy, "全年地区生产总值增长6%")).toBe(false);
    expect(droppedByCopy(makeCopies(seed).find((c) => c.name === "pdf")!, "一、")).toBe(false);
  });
  it("keeps a plain-text table's rows: their cells are parted by tabs or runs of spaces, and an excerpt keeps the table", () => {
    const copy = noHeadingsCopy("主要经济指标\n地区生产总值增速\t%\t7左右\t7.3\n固定资产投资增速    %    5以上    3.6\n今年地区生产总值增长5%左右。");
    expect(copy.text).toContain("地区生产总值增速\t%\t7左右\t7.3");
    expect(copy.text).toContain("固定资产投资增速    %");
    expect(copy.text).not.toContain("主要经济指标");
  });
});

describe("the no-headings copy of a subtitle file", () => {
  it("is the text itself when most of its lines read as headings (SRT cues)", () => {
    const srt = ["1", "00:00:00,640 --> 00:00:03,620", "观众朋友们 晚上好", "", "2", "00:00:03,720 --> 00:00:11,110", "今天上午 市人民代表大会开幕", "市长作政府工作报告"].join("\n");
    const copy = noHeadingsCopy(srt);
    expect(copy.text).toBe(srt);
    expect(copy.dropped).toEqual([]);
  });
});
