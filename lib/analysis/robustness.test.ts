import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify-sentence";
import { extractIndicators } from "./extract-indicators";
import { findQuantities } from "./find-quantities";
import { lookupMetric } from "./lookup-metric";

const CHARS = "0123456789.:%-、,;。分别均增长亿万元个“”《》年第由至预计确保力争以上左右PM2.5G倍百分点三分之二和及";
const reportish = fc.array(fc.constantFrom(...CHARS.split("")), { maxLength: 200 }).map((a) => a.join(""));

// How long the analysis takes on such inputs is measured by the benchmark (npm run bench -- --only pipeline, table 1b),
// not asserted here: a wall-clock bound on a shared machine fails for the wrong reason.
describe("never throws, reads long input as it reads short input", () => {
  it("on arbitrary strings and report-like noise", () => {
    for (const gen of [fc.string({ maxLength: 200 }), fc.string({ unit: "grapheme", maxLength: 100 }), reportish]) {
      fc.assert(
        fc.property(gen, (text) => {
          const list = extractIndicators(text, { kind: "goal", part: "plan" });
          for (const i of list) {
            expect(Number.isFinite(i.value)).toBe(true);
            expect(text.slice(i.start, i.end)).toBe(i.text);
          }
          classifySentence({ text, part: "other", role: "body" });
          lookupMetric(text);
        }),
        { numRuns: 300 },
      );
    }
  });

  it("on non-string input", () => {
    expect(extractIndicators(null as unknown as string, { kind: "other", part: "other" })).toEqual([]);
    expect(findQuantities(undefined as unknown as string)).toEqual([]);
    expect(classifySentence({ text: undefined as unknown as string }).kind).toBe("other");
  });

  it("finds in 100,000 characters of repeated figures every figure of each repetition", () => {
    const unit = "完成财政总收入726.47亿元、地方财政收入391.45亿元,分别增长16.5%、16.4%;“152”工程开工率达83.33%,";
    const repetitions = Math.floor(100_000 / unit.length);
    const values = (text: string) => extractIndicators(text, { kind: "achievement", part: "review" }).map((i) => i.value);
    // One repetition holds the five figures as written; the long text holds them once per repetition, in order.
    expect(values(unit)).toEqual([72647000000, 39145000000, 16.5, 16.4, 83.33]);
    expect(values(unit.repeat(repetitions))).toEqual(Array.from({ length: repetitions }, () => values(unit)).flat());
    expect(classifySentence({ text: unit.repeat(repetitions), part: "review", role: "body" }).kind).toBe(classifySentence({ text: unit, part: "review", role: "body" }).kind);
  });

  it("reads no indicator in a 50,000-digit run followed by 分之 chains, and no kind in an unclosed quote", () => {
    // Long enough to run into the test timeout if a pattern backtracked; the benchmark gives the actual time.
    const worst = "1".repeat(50_000) + "分之".repeat(25_000);
    expect(extractIndicators(worst, { kind: "achievement", part: "review" })).toEqual([]);
    expect(classifySentence({ text: "“".repeat(100_000), part: "other", role: "body" }).kind).toBe("other");
  });
});
