import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { runTokens, sentenceSearchText, wordRuns } from "./bigrams";
import { normalizeForSearch } from "./normalize";

describe("sentence search string", () => {
  it("is the overlapping bigrams of each run, then its last character", () => {
    expect(sentenceSearchText("数字经济")).toBe("数字 字经 经济 济");
    expect(runTokens(["的"])).toEqual(["的"]);
  });

  it("breaks runs at punctuation and spaces, and keeps letters and digits in them", () => {
    expect(sentenceSearchText("增长8%以上,5G基站")).toBe("增长 长8 8 以上 上 5g g基 基站 站");
    expect(sentenceSearchText("超过 60%")).toBe("超过 过 60 0");
    expect(sentenceSearchText("“十四五”。")).toBe("十四 四五 五");
    expect(sentenceSearchText("。,、")).toBe("");
  });

  it("folds width and case and simplifies traditional characters", () => {
    expect(sentenceSearchText("數字經濟ＡＩ")).toBe("数字 字经 经济 济a ai i");
    expect(normalizeForSearch("數字經濟，ＡＢ　c")).toBe("数字经济,ab c");
  });

  it("keeps every offset: the normalised text has the original's length on every seed", () => {
    for (const file of ["000_6f0d3471dae921c8.txt", "004_eb0d6571eb462b03.txt"]) {
      const text = readFileSync(path.join(process.cwd(), "seeds", file), "utf8");
      expect(normalizeForSearch(text).length).toBe(text.length);
    }
  });

  it("counts supplementary-plane characters as one character", () => {
    expect(wordRuns("𠀀字")).toEqual([["𠀀", "字"]]);
    expect(sentenceSearchText("𠀀字")).toBe("𠀀字 字");
  });
});
