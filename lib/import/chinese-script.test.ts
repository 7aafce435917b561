import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countCjk } from "./cjk";
import { detectScript, simplifiedView, toSimplified, traditionalRatio } from "./chinese-script";
import { toTraditional } from "@/tests/fixtures/import/to-traditional";
import { contentHash } from "./normalize";

const seedDir = path.resolve(__dirname, "../../seeds");
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => [f, readFileSync(path.join(seedDir, f), "utf8")] as const);

function identicalRatio(a: string, b: string): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

describe("toSimplified", () => {
  it("converts phrase-aware where one character has several simplified forms", () => {
    expect(toSimplified("頭髮乾燥,瞭解後面的麵條與皇后")).toBe("头发干燥,了解后面的面条与皇后");
    expect(toSimplified("臺灣裡的著名著作,成績顯著")).toBe("台湾里的著名著作,成绩显著");
  });

  it("keeps the length when a replacement would change it (BMP → supplementary)", () => {
    const text = "二噁英污染";
    expect(toSimplified(text)).toHaveLength(text.length);
  });

  it("leaves simplified text, punctuation and ASCII alone", () => {
    const text = "成绩显著,著名的“干燥”地区《规划》……GDP增长8%以上。";
    expect(toSimplified(text)).toBe(text);
  });

  it.each(seeds)("%s: a traditional copy maps back with identical offsets", (_name, seed) => {
    const traditional = toTraditional(seed);
    expect(traditional).toHaveLength(seed.length);
    expect(traditionalRatio(traditional)).toBeGreaterThan(0.3);
    const view = simplifiedView(traditional);
    expect(view).toHaveLength(seed.length);
    expect(identicalRatio(view, seed)).toBeGreaterThanOrEqual(0.995);
    expect(contentHash(traditional)).toBe(contentHash(seed));
  });
});

describe("detectScript", () => {
  it.each(seeds)("%s is simplified, and stays unchanged in its simplified view", (_name, seed) => {
    expect(traditionalRatio(seed)).toBeLessThan(0.001);
    expect(detectScript(seed)).toBe("simplified");
    expect(simplifiedView(seed)).toBe(seed);
    expect(toSimplified(seed)).toBe(seed);
  });

  it("tells a traditional paragraph from a simplified one with a few traditional names", () => {
    expect(detectScript("各位代表:現在,我代表市人民政府,向大會作政府工作報告,請予審議。")).toBe("traditional");
    expect(detectScript("各位代表:现在,我代表市人民政府,向大会作政府工作报告,请予审议。鍾")).toBe("simplified");
    expect(detectScript("GDP 8%")).toBe("simplified");
  });
});

describe("countCjk", () => {
  it("counts Han ideographs of every range once, and nothing else", () => {
    // U+4E00 一, U+3400 (extension A), U+F900 (compatibility), U+20000 𠀀 (a supplementary character, two code units).
    expect(countCjk("一\u3400\uf900\u{20000}")).toBe(4);
    expect(countCjk("A1。，“”\ud800")).toBe(0);
  });

  it("stops at atMost: enough to know a text has that many", () => {
    expect(countCjk("中文".repeat(100), 20)).toBe(20);
    expect(countCjk("中文", 20)).toBe(2);
  });
});
