import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify-sentence";
import { extractIndicators } from "./extract-indicators";
import { findQuantities } from "./find-quantities";
import { lookupMetric } from "./lookup-metric";

const CHARS = "0123456789.:%-、,;。分别均增长亿万元个“”《》年第由至预计确保力争以上左右PM2.5G倍百分点三分之二和及";
const reportish = fc.array(fc.constantFrom(...CHARS.split("")), { maxLength: 200 }).map((a) => a.join(""));

describe("never throws, stays linear", () => {
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

  it("handles 100,000 characters in well under a second", () => {
    const unit = "完成财政总收入726.47亿元、地方财政收入391.45亿元,分别增长16.5%、16.4%;“152”工程开工率达83.33%,";
    const long = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
    const worst = "1".repeat(50_000) + "分之".repeat(25_000);
    const started = performance.now();
    extractIndicators(long, { kind: "achievement", part: "review" });
    extractIndicators(worst, { kind: "achievement", part: "review" });
    classifySentence({ text: long, part: "other", role: "body" });
    classifySentence({ text: "“".repeat(100_000), part: "other", role: "body" });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
