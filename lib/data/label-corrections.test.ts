// Hand corrections of sentence kinds, figures and pairings: stored beside the report, applied by every re-analysis
// (also one forced by an ANALYSIS_VERSION bump), and carried into the comparisons, whose stored copies they invalidate.
import { beforeAll, describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { sentenceHash } from "@/lib/corrections/fingerprint";

prepareFreshDatabase("label_corrections");
const { seed } = await import("@/seeds/seed");
const { getDb } = await import("./db");
const { getReport } = await import("./reports");
const { getComparison, resolveComparison, computeComparison } = await import("./comparisons");
const { reanalyzeAll, reanalyzeStale } = await import("./report-imports");
const { correctLabel, correctPairing, listLabelCorrections, removeLabelCorrection } = await import("./label-corrections");

const sentenceWith = async (slug: string, needle: string) => (await getReport({ slug }))!.sentences.find((s) => s.text.includes(needle))!;
const refOf = (s: { index: number; text: string }) => ({ id: `s-${s.index}`, hash: sentenceHash(s.text) });
const newsView = () => getComparison({ left: "yuhang-2020-news", right: "yuhang-2020", l: "all", r: "all" });
const planView = () => getComparison({ left: "yuhang-2020", right: "yuhang-2020", l: "achievement", r: "goal" });
const revenue = (pairs: { metric: string; id: string }[]) => pairs.find((p) => /^i-fiscal-total-revenue-level-l\d+$/.test(p.id));

beforeAll(async () => {
  await seed(() => {});
});

describe("a sentence's kind corrected by hand", () => {
  it("moves the sentence to the other side of the comparison, flagged, with the automatic label kept", async () => {
    const digital = await sentenceWith("yuhang-2020", "确保数字经济核心产业增加值增长15%以上");
    expect(digital.kind).toBe("goal");
    const leftIds = async () => (await planView())!.result.rows.flatMap((r) => (r.left ? [r.left] : []));
    expect((await leftIds()).some((l) => l.id === `s-${digital.index}`)).toBe(false);

    const outcome = await correctLabel({ slug: "yuhang-2020", correction: { type: "sentence", target: refOf(digital), kind: "achievement", note: "测试：实为去年成绩" } });
    expect(outcome.ok).toBe(true);
    const stored = await sentenceWith("yuhang-2020", "确保数字经济核心产业增加值增长15%以上");
    expect(stored.kind).toBe("achievement");
    expect(stored.correction).toMatchObject({ auto: { kind: "goal", reason: digital.reason }, note: "测试：实为去年成绩" });
    expect((await leftIds()).find((l) => l.id === `s-${digital.index}`)).toMatchObject({ kind: "achievement", corrected: true });
  });

  it("survives npm run db:reanalyze and a re-analysis after an ANALYSIS_VERSION bump", async () => {
    await reanalyzeAll();
    expect((await sentenceWith("yuhang-2020", "确保数字经济核心产业增加值增长15%以上")).kind).toBe("achievement");
    await getDb().report.updateMany({ data: { analysisVersion: 0 } });
    expect(await reanalyzeStale()).toContain("yuhang-2020");
    const again = await sentenceWith("yuhang-2020", "确保数字经济核心产业增加值增长15%以上");
    expect(again).toMatchObject({ kind: "achievement", correction: { auto: { kind: "goal" } } });
  });

  it("refuses a sentence that does not exist, and a kind that is not one, with the field named", async () => {
    const missing = await correctLabel({ slug: "yuhang-2020", correction: { type: "sentence", target: { id: "s-3", hash: "00000000" }, kind: "goal" } });
    expect(missing).toEqual({ ok: false, error: expect.stringContaining("sentence not found") });
    const bad = await correctLabel({ slug: "yuhang-2020", correction: { type: "sentence", target: { id: "s-3", hash: "00000000" }, kind: "promise" } });
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/^kind: /) });
  });
});

describe("a figure corrected by hand", () => {
  it("changes the value the comparison judges, and the stored comparison is rebuilt", async () => {
    const before = revenue((await newsView())!.result.indicators)!;
    expect(before).toMatchObject({ status: "changed", left: { text: "723.2亿元" }, right: { text: "726.47亿元" } });
    const sentence = await sentenceWith("yuhang-2020", "完成财政总收入726.47亿元");
    const figure = sentence.indicators.find((i) => i.text === "726.47亿元")!;
    const outcome = await correctLabel({ slug: "yuhang-2020", correction: { type: "indicator", target: { sentence: refOf(sentence), metric: figure.metric, text: figure.text }, value: 723.2 } });
    expect(outcome.ok).toBe(true);
    const after = revenue((await newsView())!.result.indicators)!;
    expect(after).toMatchObject({ status: "same", delta: 0, right: { value: 72_320_000_000, text: "723.2亿元", corrected: true } });
    await reanalyzeAll();
    expect(revenue((await newsView())!.result.indicators)).toMatchObject({ status: "same", right: { corrected: true } });
  });
});

describe("a comparison computed while a correction is applied", () => {
  it("is never served after the re-analysis, even when it is stored after it (a warm job finishing late)", async () => {
    const slug = "yuhang-2020";
    const view = { left: "yuhang-2020-news", right: slug, l: "all", r: "all" } as const;
    const row = (await getComparison(view))!.result.indicators.find((p) => p.left && p.right && !p.right.corrected && p.right.value !== 1)!;
    const paired = row.right!;
    const sentence = (await getReport({ slug }))!.sentences.find((s) => `s-${s.index}` === paired.sentenceId)!;
    const figure = sentence.indicators.find((i) => i.text === paired.text)!;
    const rowOf = (result: { indicators: { id: string; right: { value: number | null } | null }[] }) => result.indicators.find((p) => p.id === row.id)?.right;
    // correctLabel stores the correction first and re-analyses after; a job that resolves its key in between reads
    // the rows from before the re-analysis.
    const stored = await getDb().report.findUniqueOrThrow({ where: { slug }, select: { corrections: true } });
    const labels = [{ type: "indicator", target: { sentence: refOf(sentence), metric: figure.metric, text: figure.text }, value: 1 }];
    await getDb().report.update({ where: { slug }, data: { corrections: JSON.stringify({ ...JSON.parse(stored.corrections), labels }) } });
    const early = (await resolveComparison(view))!;
    const stale = (await computeComparison(early))!.result;
    expect(rowOf(stale)?.value).not.toBe(1);
    await reanalyzeAll();
    // The job's write lands after the re-analysis deleted the report's comparisons.
    await getDb().comparison.deleteMany({ where: { key: early.key } });
    await getDb().comparison.create({ data: { key: early.key, leftId: early.left.id, rightId: early.right.id, result: JSON.stringify(stale) } });
    expect(rowOf((await getComparison(view))!.result)).toMatchObject({ value: 1, corrected: true });
  });
});

describe("a pairing corrected by hand", () => {
  it("unpairs a row, in the view and in its swap, and survives re-analysis", async () => {
    const rd = (await planView())!.result.indicators.find((p) => /^i-rd-intensity-share-l\d+$/.test(p.id))!;
    expect(rd.left && rd.right).toBeTruthy();
    const outcome = await correctPairing({ left: "yuhang-2020", right: "yuhang-2020", l: "achievement", r: "goal", action: "unpair", pair: rd.id, note: "不同口径" });
    expect(outcome.ok).toBe(true);
    await reanalyzeAll();
    const split = (await planView())!.result.indicators.filter((p) => p.metric === "rd-intensity");
    expect(split.map((p) => [p.left?.text ?? null, p.right?.text ?? null, p.corrected])).toEqual(
      expect.arrayContaining([[rd.left!.text, null, "unpaired"], [null, rd.right!.text, "unpaired"]]),
    );
    // The swapped view (targets on the left) reads the same correction the other way round.
    const swapped = (await getComparison({ left: "yuhang-2020", right: "yuhang-2020", l: "goal", r: "achievement" }))!.result.indicators;
    expect(swapped.filter((p) => p.left?.text === rd.right!.text && p.right?.text === rd.left!.text)).toEqual([]);
    expect(swapped.find((p) => p.left?.text === rd.right!.text && p.metric === "rd-intensity")).toMatchObject({ right: null, corrected: "unpaired" });
  });

  it("pairs a left-only figure with a right-only one, and can be taken back", async () => {
    const view = (await planView())!.result.indicators;
    const lone = view.find((p) => /^i-general-budget-revenue-level-l\d+$/.test(p.id))!;
    const target = view.find((p) => p.left === null && p.right?.text === "120亿元")!;
    expect(lone.right).toBeNull();
    const outcome = await correctPairing({ left: "yuhang-2020", right: "yuhang-2020", l: "achievement", r: "goal", action: "pair", pair: lone.id, with: target.id });
    expect(outcome.ok).toBe(true);
    const paired = (await planView())!.result.indicators.find((p) => p.left?.text === "391.45亿元")!;
    expect(paired).toMatchObject({ corrected: "paired", right: { text: "120亿元" } });
    expect(await removeLabelCorrection({ slug: "yuhang-2020", key: (outcome as { key: string }).key })).toMatchObject({ ok: true });
    expect((await planView())!.result.indicators.find((p) => p.left?.text === "391.45亿元")!.right).toBeNull();
  });
});

describe("a correction that no longer applies", () => {
  it("is kept, listed as stale and reported, and applied to no other sentence", async () => {
    const db = getDb();
    const row = await db.report.findUniqueOrThrow({ where: { slug: "shangcheng-2020" }, select: { corrections: true } });
    const kinds = (await getReport({ slug: "shangcheng-2020" }))!.sentences.map((s) => s.kind);
    const ghost = { type: "sentence", target: { id: "s-2", hash: "deadbeef" }, kind: "goal", subtype: null };
    await db.report.update({ where: { slug: "shangcheng-2020" }, data: { corrections: JSON.stringify({ ...JSON.parse(row.corrections), labels: [ghost] }) } });
    await reanalyzeAll();
    const after = (await getReport({ slug: "shangcheng-2020" }))!;
    expect(after.sentences.map((s) => s.kind)).toEqual(kinds);
    expect(after.warnings.map((w) => w.code)).toContain("corrections-stale");
    expect(await listLabelCorrections({ slug: "shangcheng-2020" })).toMatchObject([{ state: "stale", sentenceId: null, correction: ghost }]);
  });
});
