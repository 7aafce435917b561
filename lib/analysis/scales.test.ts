import { describe, expect, it } from "vitest";
import { readChineseDecimals } from "@/lib/text/chinese-numerals";
import { scaleFactor, scaled } from "./scales";

describe("scales", () => {
  it("726.47亿 is 72647000000 exactly, through the decimal string", () => {
    expect(scaled("726.47", "亿")).toBe(72647000000);
    expect(scaled(51.9, "万亿")).toBe(51900000000000);
    expect(scaled("8", null)).toBe(8);
  });
  it("a scale's factor, and 1 without one", () => {
    expect([scaleFactor("万"), scaleFactor("万亿"), scaleFactor(null), scaleFactor("")]).toEqual([1e4, 1e12, 1, 1]);
  });
});

describe("readChineseDecimals", () => {
  it("reads the numerals after 点 as digits, 〇 and 零 as 0", () => {
    expect(readChineseDecimals("点一〇五", 1)).toEqual({ digits: "105", end: 4 });
    expect(readChineseDecimals("点零八", 1)).toEqual({ digits: "08", end: 3 });
  });
  it("两 is never a decimal digit, and no numeral gives null", () => {
    expect(readChineseDecimals("点两", 1)).toBeNull();
    expect(readChineseDecimals("点儿", 1)).toBeNull();
  });
});
