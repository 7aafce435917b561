// The whole pure pipeline (prepareReport → analyzeReport → compareSides → CSV / Markdown) on generated and on
// adversarial inputs: it never throws and always finishes. Each case runs in a worker with a generous safety timeout,
// so a hang fails the test; no test asserts a speed.
import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { hostileStrings } from "@/tests/support/fuzz/arbitraries";
import { createCheckRunner } from "@/tests/support/fuzz/run-in-worker";

const runner = createCheckRunner();
afterAll(() => runner.close());

describe("pipeline on generated text", () => {
  it("prepareReport, analyzeReport and compareSides never throw (2,000 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(hostileStrings(200), hostileStrings(200), async (left, right) => {
        expect(await runner.run("pipeline", [left, right], 20_000)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  }, 300_000);
});

const MB = 1024 * 1024;
const seed = readFileSync(path.join(process.cwd(), "seeds/000_6f0d3471dae921c8.txt"), "utf8");
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const everyPlane = () => {
  let s = "";
  for (let plane = 0; plane <= 16; plane++) {
    for (let c = plane * 0x10000; c < plane * 0x10000 + 0x10000; c += 37) if (c < 0xd800 || c > 0xdfff) s += String.fromCodePoint(c);
    s += "。\n";
  }
  return s;
};

const ADVERSARIAL: Record<string, () => string> = {
  "1 MB without punctuation": () => fill("全市地区生产总值增长", MB),
  "1 MB of ASCII letters without a space": () => fill("abcdefghij", MB),
  "a million 。": () => "。".repeat(1_000_000),
  "a million line breaks": () => "\n".repeat(500_000) + "\r\n".repeat(250_000),
  "deeply nested quotes and brackets": () => "“（《【「『〔(".repeat(40_000) + "增长10%。" + "〕』」】》）”)".repeat(40_000),
  "nested quotes with a 。 at every level": () => "“增长5%。".repeat(100_000) + "”".repeat(100_000),
  "straight quotes after every 。": () => fill('"目标增长6%。"', 500_000),
  "every Unicode plane": everyPlane,
  "lone surrogates": () => fill("\ud800增长\udc00。\udfff\ud83d", 500_000),
  "RTL and bidi marks": () => fill("\u202e增长\u200f10%\u202d。\u2066完成\u2069目标。\n", 500_000),
  "zero-width characters between every character": () => [...fill("地区生产总值增长6%。", 200_000)].join("\u200b\u200c\u200d\u2060\ufeff"),
  "a 100,000-digit number": () => `各位代表:\n全市地区生产总值达到${"9".repeat(100_000)}亿元,增长${"1".repeat(100_000)}.5%。`,
  "a 100,000-digit decimal and a long fraction": () => `增长0.${"0".repeat(100_000)}1%,${"1".repeat(50_000)}分之${"2".repeat(50_000)}。`,
  "headings only": () => fill("一、\n（一）\n1、\n——\n", 500_000),
  "a URL that never ends": () => "见http://" + "a".repeat(MB) + "。",
  "a million @": () => "@".repeat(500_000) + "a@".repeat(250_000),
  "HTML-looking text": () => fill('<script>window.__pwned=1</script><img src=x onerror="x()">增长10%。', 500_000),
  "a real report repeated to 1 MB": () => fill(seed, MB),
};

describe("pipeline on adversarial inputs", () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`finishes without throwing: ${name}`, async () => {
      expect(await runner.run("pipeline", [make(), seed], 150_000)).toEqual([]);
    }, 180_000);
  }
  it("text invariants hold on the adversarial inputs too", async () => {
    for (const make of Object.values(ADVERSARIAL)) expect(await runner.run("text", [make()], 150_000)).toEqual([]);
  }, 600_000);
});
