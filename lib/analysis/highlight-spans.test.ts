import { describe, expect, it } from "vitest";
import { splitByIndicators } from "./highlight-spans";
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
