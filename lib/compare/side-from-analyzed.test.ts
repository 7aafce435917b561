import { describe, expect, it } from "vitest";
import { sideSentences } from "./side-from-analyzed";

const sentence = (index: number, text: string) => ({ index, text, role: "body" as const, kind: "achievement" as const, indicators: [] });

describe("which sentences sum the review up as a table's row does", () => {
  it("a 数说 line, a results box's line (bulleted or not) and a card's figure line; never a sentence of prose", () => {
    const rows = sideSentences({ sentences: [
      sentence(0, "15268.8亿元——全市地区生产总值"),
      sentence(1, "▲地区生产总值：8675.3亿元，增长5.3%"),
      sentence(2, "社会消费品零售总额：3306.4亿元，增长９．８％"),
      sentence(3, "初步核算，全区地区生产总值8675.3亿元，增长5.3%。"),
      { ...sentence(4, "8275.6亿元"), flags: ["list-item"] },
      sentence(5, "8275.6亿元"),
    ] }, "achievement");
    // An 一图读懂 card's figure line is one (batch 21's 昆明); the same words outside a list are not.
    expect(rows.map((s) => s.tableRow ?? false)).toEqual([true, true, true, false, true, false]);
  });
});
