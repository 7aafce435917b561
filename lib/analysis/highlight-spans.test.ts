import { describe, expect, it } from "vitest";
import { splitByIndicators, splitTableCells } from "./highlight-spans";
import type { Indicator } from "./types";

const ind = (start: number, end: number, text: string): Indicator => ({
  metric: "m", label: "m", value: 1, unit: "元", scale: "亿", type: "level", qualifiers: [], modality: "actual", text, start, end,
});

describe("splitByIndicators", () => {
  it("keeps a number with its unit in one piece and covers the text exactly", () => {
    const text = "完成财政总收入726.47亿元,增长16.5%";
    const at = (s: string) => ind(text.indexOf(s), text.indexOf(s) + s.length, s);
    const pieces = splitByIndicators(text, [at("726.47亿元"), at("16.5%")]);
    expect(pieces.map((p) => p.text)).toEqual(["完成财政总收入", "726.47亿元", ",增长", "16.5%"]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });
  it("drops overlapping and out-of-range spans instead of corrupting the text", () => {
    const text = "增长8%以上";
    const pieces = splitByIndicators(text, [ind(2, 4, "8%"), ind(3, 5, "%以"), ind(4, 99, "bad")]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.indicator)).toHaveLength(1);
  });
});

describe("splitTableCells", () => {
  it("groups a table row's pieces into cells at its tabs, keeping each number whole", () => {
    const text = "地区生产总值增长\t%\t8.5\t7左右";
    const indicators = [
      { start: 11, end: 14, text: "8.5" },
      { start: 15, end: 18, text: "7左右" },
    ] as unknown as Indicator[];
    const cells = splitTableCells(splitByIndicators(text, indicators));
    expect(cells.map((c) => c.map((p) => p.text).join(""))).toEqual(["地区生产总值增长", "%", "8.5", "7左右"]);
    expect(cells[2][0].indicator).not.toBeNull();
  });

  it("keeps an empty cell in its place", () => {
    const cells = splitTableCells(splitByIndicators("城镇登记失业率\t\t1.8", []));
    expect(cells.map((c) => c.map((p) => p.text).join(""))).toEqual(["城镇登记失业率", "", "1.8"]);
  });
});
