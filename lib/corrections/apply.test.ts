import { describe, expect, it } from "vitest";
import { analyzeReport } from "@/lib/analysis/analyze-report";
import { readSeed } from "@/tests/support/seed-texts";
import { applyLabelCorrections, resolveSentence } from "./apply";
import { sentenceHash, sentenceRef } from "./fingerprint";
import { labelCorrectionSchema, upsertCorrection, type LabelCorrection } from "./schema";

const yuhang = analyzeReport(readSeed("000_6f0d3471dae921c8.txt"));
const find = (needle: string) => yuhang.sentences.find((s) => s.text.includes(needle))!;
const digital = find("确保数字经济核心产业增加值增长15%以上");

describe("sentence corrections", () => {
  it("changes the kind and keeps what the analysis said", () => {
    expect(digital.kind).toBe("goal");
    const c: LabelCorrection = { type: "sentence", target: sentenceRef(digital), kind: "achievement", subtype: null, note: "其实是去年的成绩" };
    const { sentences, outcomes } = applyLabelCorrections(yuhang.sentences, [c]);
    const fixed = sentences.find((s) => s.index === digital.index)!;
    expect(fixed.kind).toBe("achievement");
    expect(fixed.correction).toEqual({ auto: { kind: "goal", subtype: null, reason: digital.reason, confidence: digital.confidence }, note: "其实是去年的成绩" });
    expect(fixed.reason).toContain("人工改正：实绩（其实是去年的成绩）");
    expect(fixed.reason).toContain(`自动：目标（${digital.reason}）`);
    expect(outcomes).toMatchObject([{ state: "applied", sentenceId: `s-${digital.index}` }]);
    // Its figure is now a result, as an achievement's figures are.
    expect(digital.indicators.map((i) => i.modality)).toContain("target");
    expect(fixed.indicators.map((i) => i.modality)).not.toContain("target");
    // Every other sentence is the very same object.
    expect(sentences.filter((s, i) => s !== yuhang.sentences[i])).toHaveLength(1);
  });

  it("follows its sentence when the report is renumbered, never another one", () => {
    const shifted = yuhang.sentences.map((s) => ({ ...s, index: s.index + 3 }));
    const c: LabelCorrection = { type: "sentence", target: sentenceRef(digital), kind: "other", subtype: "problem" };
    const { sentences, outcomes } = applyLabelCorrections(shifted, [c]);
    expect(outcomes[0]).toMatchObject({ state: "moved", sentenceId: `s-${digital.index + 3}` });
    expect(sentences.find((s) => s.index === digital.index + 3)).toMatchObject({ kind: "other", subtype: "problem" });
    // The sentence that now holds the old id keeps its own label.
    expect(sentences.find((s) => s.index === digital.index)!.kind).toBe(shifted.find((s) => s.index === digital.index)!.kind);
  });

  it("reports a correction whose sentence is gone as stale and applies it nowhere", () => {
    const edited = yuhang.sentences.map((s) => (s.index === digital.index ? { ...s, text: s.text.replace("15%", "16%") } : s));
    const c: LabelCorrection = { type: "sentence", target: sentenceRef(digital), kind: "achievement", subtype: null };
    const { sentences, outcomes } = applyLabelCorrections(edited, [c]);
    expect(outcomes).toMatchObject([{ state: "stale", sentenceId: null }]);
    expect(sentences.map((s) => s.kind)).toEqual(edited.map((s) => s.kind));
  });
});

describe("indicator corrections", () => {
  const review = find("完成财政总收入726.47亿元");
  const revenue = review.indicators.find((i) => i.text === "726.47亿元")!;
  const target = { sentence: sentenceRef(review), metric: revenue.metric, text: revenue.text };

  it("reads the value in the written scale and rewrites the number", () => {
    const { sentences } = applyLabelCorrections(yuhang.sentences, [{ type: "indicator", target, value: 723.2, note: "见统计公报" }]);
    const fixed = sentences.find((s) => s.index === review.index)!.indicators.find((i) => i.start === revenue.start)!;
    expect(fixed).toMatchObject({ value: 72_320_000_000, text: "723.2亿元", unit: "元", scale: "亿" });
    expect(fixed.correction).toMatchObject({ auto: { value: 72_647_000_000, text: "726.47亿元" }, note: "见统计公报" });
  });

  it("takes a metric by lexicon key or by a label, and keeps a fall negative", () => {
    const gdp = find("预计生产总值增长8%以上");
    const growth = gdp.indicators.find((i) => i.text === "8%")!;
    const ref = { sentence: sentenceRef(gdp), metric: growth.metric, text: growth.text };
    const { sentences } = applyLabelCorrections(yuhang.sentences, [{ type: "indicator", target: ref, metric: "一般公共预算收入", value: -4, qualifiers: ["左右"] }]);
    const fixed = sentences.find((s) => s.index === gdp.index)!.indicators.find((i) => i.start === growth.start)!;
    expect(fixed).toMatchObject({ metric: "general-budget-revenue", value: -4, text: "4%", qualifiers: ["左右"] });
    expect(fixed.correction!.auto.metric).toBe(growth.metric);
  });

  it("is stale when the figure is no longer read in its sentence", () => {
    const { outcomes } = applyLabelCorrections(yuhang.sentences, [{ type: "indicator", target: { ...target, text: "999亿元" }, value: 1 }]);
    expect(outcomes[0].state).toBe("stale");
  });
});

describe("the schema", () => {
  it("refuses what cannot be applied, with the field named", () => {
    const bad = labelCorrectionSchema.safeParse({ type: "sentence", target: { id: "12", hash: "zz" }, kind: "goal" });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["target.id", "target.hash"]));
    const empty = labelCorrectionSchema.safeParse({ type: "indicator", target: { sentence: { id: "s-1", hash: "0000abcd" }, metric: "gdp", text: "8%" } });
    expect(empty.error!.issues[0].message).toMatch(/needs a metric, value/);
    const problemGoal = labelCorrectionSchema.safeParse({ type: "sentence", target: { id: "s-1", hash: "0000abcd" }, kind: "goal", subtype: "problem" });
    expect(problemGoal.success).toBe(false);
  });

  it("keeps one correction per target: a newer one replaces the older", () => {
    const target = { id: "s-4", hash: "0000abcd" };
    const list = upsertCorrection(upsertCorrection([], { type: "sentence", target, kind: "goal", subtype: null }), { type: "sentence", target, kind: "other", subtype: null });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: "other" });
  });

  it("fingerprints ignore whitespace and punctuation width only", () => {
    expect(sentenceHash("增长8%，确保")).toBe(sentenceHash("增长8% ,确保"));
    expect(sentenceHash("增长8%")).not.toBe(sentenceHash("增长9%"));
    expect(resolveSentence([{ index: 0, text: "甲" }], { id: "s-0", hash: sentenceHash("乙") })).toBeNull();
  });
});
