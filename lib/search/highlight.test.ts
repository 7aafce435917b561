import { describe, expect, it } from "vitest";
import { containsAllTerms, findMatches, splitByMatches } from "./highlight";

describe("match highlighting", () => {
  it("finds every occurrence, in original offsets", () => {
    expect(findMatches("经济增长,收入增长", ["增长"])).toEqual([[2, 4], [7, 9]]);
  });

  it("matches traditional and full-width text through normalisation", () => {
    expect(findMatches("發展數字經濟", ["数字经济"])).toEqual([[2, 6]]);
    expect(findMatches("ＧＤＰ增长", ["gdp"])).toEqual([[0, 3]]);
  });

  it("merges overlapping and touching ranges", () => {
    expect(findMatches("数字经济核心产业", ["数字经济", "经济核心", "产业"])).toEqual([[0, 8]]);
    expect(findMatches("啊啊啊", ["啊啊"])).toEqual([[0, 3]]);
  });

  it("checks that every term occurs in some spelling", () => {
    expect(containsAllTerms("显著增长", [["着", "著"], ["增长"]])).toBe(true);
    expect(containsAllTerms("显著增长", [["亚运"]])).toBe(false);
  });

  it("splits text into plain and marked pieces", () => {
    expect(splitByMatches("经济增长较快", [[2, 4]])).toEqual([
      { text: "经济", match: false },
      { text: "增长", match: true },
      { text: "较快", match: false },
    ]);
    expect(splitByMatches("增长", [[0, 2]])).toEqual([{ text: "增长", match: true }]);
    expect(splitByMatches("增长", [])).toEqual([{ text: "增长", match: false }]);
  });
});
