import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { ACCEPTED, FIXTURE_DIR, REJECTED } from "@/tests/fixtures/import/manifest";
import { normalizeForHash } from "@/lib/import";

prepareFreshDatabase("imports");
// Warming on this thread, awaited by each import, as the CLI does: the rows below are then there when an import
// returns. The compare pool's warming (after the answer) is tested in compare-jobs.test.ts.
process.env.DUIZHAO_COMPARE_WORKERS = "0";
const { importReport, deleteReport, correctReport, reanalyzeReport } = await import("./report-imports");
const { getDb } = await import("./db");
const { getComparison } = await import("./comparisons");

const seedBytes = (file: string) => new Uint8Array(readFileSync(path.join("seeds", file)));
const fixtureBytes = (file: string) => new Uint8Array(readFileSync(path.join(FIXTURE_DIR, file)));

/** What a reader and a comparison see of a report, independent of offsets, width and script. */
async function contentOf(slug: string) {
  const db = getDb();
  const report = await db.report.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const sentences = await db.sentence.findMany({ where: { reportId: report.id }, orderBy: { index: "asc" }, select: { text: true, kind: true } });
  const indicators = await db.indicator.findMany({ where: { reportId: report.id }, orderBy: [{ sentenceIndex: "asc" }, { ordinal: "asc" }], select: { metric: true, value: true, unit: true, type: true, qualifiers: true } });
  return { sentences: sentences.map((s) => ({ text: normalizeForHash(s.text), kind: s.kind })), indicators };
}

async function counts() {
  const db = getDb();
  return { reports: await db.report.count(), sentences: await db.sentence.count(), indicators: await db.indicator.count(), sections: await db.section.count() };
}

describe("importing every kind of input", () => {
  for (const fixture of ACCEPTED.filter((f) => f.format === "text")) {
    it(`${fixture.file} (${fixture.encoding}, ${fixture.script}) gives the same sentences and indicators as the UTF-8 original`, async () => {
      const copy = await importReport({ bytes: fixtureBytes(fixture.file), fileName: fixture.file });
      expect(copy.status).toBe("imported");
      if (copy.status !== "imported") return;
      const stored = await getDb().report.findUniqueOrThrow({ where: { slug: copy.slug }, select: { encoding: true, script: true, originalBytes: true } });
      expect(stored.encoding).toBe(fixture.encoding);
      expect(stored.script).toBe(fixture.script);
      expect(Buffer.from(stored.originalBytes).equals(Buffer.from(fixtureBytes(fixture.file)))).toBe(true);
      const fromCopy = await contentOf(copy.slug);

      // The original next to its copy is a duplicate…
      const original = await importReport({ bytes: seedBytes(fixture.seed), fileName: fixture.seed });
      expect(original).toMatchObject({ status: "duplicate", slug: copy.slug });
      // …and alone it gives the same reading.
      await deleteReport({ slug: copy.slug });
      const alone = await importReport({ bytes: seedBytes(fixture.seed), fileName: fixture.seed });
      expect(alone.status).toBe("imported");
      if (alone.status !== "imported") return;
      expect(fromCopy).toEqual(await contentOf(alone.slug));
      await deleteReport({ slug: alone.slug });
    });
  }

  it("HTML saved from a news page gives the article's sentences and figures, and no script or navigation", async () => {
    const page = await importReport({ bytes: fixtureBytes("001-news-page.html"), fileName: "001-news-page.html", contentType: "text/html" });
    expect(page.status).toBe("imported");
    if (page.status !== "imported") return;
    const text = (await getDb().report.findUniqueOrThrow({ where: { slug: page.slug }, select: { text: true } })).text;
    expect(text).not.toMatch(/<script|alert\(|onerror/);
    const fromPage = await contentOf(page.slug);
    await deleteReport({ slug: page.slug });
    const alone = await importReport({ bytes: seedBytes("001_6e2dc38416b95792.txt") });
    if (alone.status !== "imported") throw new Error("seed 001 did not import");
    const fromSeed = await contentOf(alone.slug);
    const pageTexts = new Set(fromPage.sentences.map((s) => s.text));
    const shared = fromSeed.sentences.filter((s) => pageTexts.has(s.text)).length;
    expect(shared / fromSeed.sentences.length).toBeGreaterThan(0.9);
    const key = (i: { metric: string; value: number; unit: string }) => `${i.metric}:${i.value}:${i.unit}`;
    expect(new Set(fromPage.indicators.map(key))).toEqual(new Set(fromSeed.indicators.map(key)));
    await deleteReport({ slug: alone.slug });
  });
});

describe("rejected inputs store nothing", () => {
  for (const fixture of REJECTED) {
    it(`${fixture.file} is rejected as ${fixture.importCode ?? fixture.code}`, async () => {
      const before = await counts();
      const outcome = await importReport({ bytes: fixtureBytes(fixture.file), fileName: fixture.file });
      expect(outcome).toMatchObject({ status: "failed", code: fixture.importCode ?? fixture.code });
      if (outcome.status === "failed") expect(outcome.message).toMatch(/ \/ /);
      expect(await counts()).toEqual(before);
    });
  }
});

describe("a township's report beside its district's", () => {
  const report = (place: string, unit: string) => [`佛山市顺德区${place}人民政府工作报告`, `——2019年1月11日在${place}第十七届人民代表大会第三次会议上`, "各位代表：", "一、2018年工作回顾", `全${unit}地区生产总值增长6.3%，规上工业总产值增长7.1%。`, "二、2019年主要目标", `全${unit}地区生产总值增长6.5%左右。`].join("\n");
  it("is named under the district with its own name, and the district's report is no version of it", async () => {
    const town = await importReport({ bytes: new TextEncoder().encode(report("北滘镇", "镇")), fileName: "town.txt" });
    const district = await importReport({ bytes: new TextEncoder().encode(report("顺德区", "区").replace(/在顺德区第十七届/, "在顺德区第十六届")), fileName: "district.txt" });
    expect(town).toMatchObject({ status: "imported", slug: "shunde-beijiao-2019", version: 1 });
    expect(district).toMatchObject({ status: "imported", slug: "shunde-2019", version: 1 });
  });
});

describe("versions, corrections, re-analysis and deletion", () => {
  it("keeps a changed text of the same report as a new version", async () => {
    const first = await importReport({ bytes: seedBytes("004_eb0d6571eb462b03.txt") });
    const edited = readFileSync(path.join("seeds", "004_eb0d6571eb462b03.txt"), "utf8").replace("566.6亿元", "567.1亿元");
    const second = await importReport({ bytes: new TextEncoder().encode(edited), fileName: "xihu-revised.txt" });
    expect(first).toMatchObject({ status: "imported", slug: "xihu-2012", version: 1 });
    expect(second).toMatchObject({ status: "imported", slug: "xihu-2012-v2", version: 2 });
    const comparison = await getComparison({ left: "xihu-2012", right: "xihu-2012-v2", l: "all", r: "all" });
    const changed = comparison!.result.rows.filter((r) => r.status === "changed");
    expect(changed).toHaveLength(1);
    expect(changed[0].changes).toContainEqual({ type: "number", left: "566.6亿元", right: "567.1亿元" });
  });

  it("keeps hand corrections through re-analysis, and never touches the stored text", async () => {
    const before = await getDb().report.findUniqueOrThrow({ where: { slug: "xihu-2012" }, select: { text: true, originalBytes: true, inferred: true } });
    expect(JSON.parse(before.inferred)).toContain("reviewYear");
    expect(await correctReport({ slug: "xihu-2012", corrections: { reviewYear: 2011, speaker: "朱党其区长" } })).toEqual({ ok: true });
    expect(await correctReport({ slug: "xihu-2012", corrections: { reviewYear: "soon" } })).toMatchObject({ ok: false });
    await reanalyzeReport({ slug: "xihu-2012" });
    const after = await getDb().report.findUniqueOrThrow({ where: { slug: "xihu-2012" }, select: { text: true, originalBytes: true, inferred: true, reviewYear: true, speaker: true } });
    expect(after.speaker).toBe("朱党其区长");
    expect(after.reviewYear).toBe(2011);
    expect(JSON.parse(after.inferred)).not.toContain("reviewYear");
    expect(after.text).toBe(before.text);
    expect(Buffer.from(after.originalBytes).equals(Buffer.from(before.originalBytes))).toBe(true);
  });

  it("keeps the decoder's note on how it read the file among the report's warnings, through re-analysis", async () => {
    // A page saved as text with its character references left in (&#8220;…&#8221;): read as the page showed them.
    const saved = readFileSync(path.join("seeds", "001_6e2dc38416b95792.txt"), "utf8").replaceAll("“", "&#8220;").replaceAll("”", "&#8221;");
    // (A sentence of its own, so the text is no duplicate of the seeded report.)
    const imported = await importReport({ bytes: new TextEncoder().encode(`${saved}\n本页为网页另存的副本。\n`), fileName: "saved-page.txt" });
    expect(imported.status).toBe("imported");
    if (imported.status !== "imported") return;
    const readingOf = async () => {
      const row = await getDb().report.findUniqueOrThrow({ where: { slug: imported.slug }, select: { warnings: true } });
      return (JSON.parse(row.warnings) as { code: string; message: string }[]).filter((w) => w.code === "reading").map((w) => w.message);
    };
    const atImport = await readingOf();
    expect(atImport).toHaveLength(1);
    expect(atImport[0]).toContain("&#8220;");
    await reanalyzeReport({ slug: imported.slug });
    expect(await readingOf()).toEqual(atImport);
    await deleteReport({ slug: imported.slug });
  });

  it("caches a comparison and drops the cache when a side is re-analysed", async () => {
    // goal vs achievement of one report is no view the import stores (results vs targets is): computed on first read.
    const view = { left: "xihu-2012", right: "xihu-2012", l: "goal", r: "achievement" } as const;
    const first = await getComparison(view);
    const second = await getComparison(view);
    expect(first?.cached).toBe(false);
    expect(second?.cached).toBe(true);
    expect(second?.result).toEqual(first?.result);
    expect(second?.etag).toBe(first?.etag);
    await reanalyzeReport({ slug: "xihu-2012" });
    const third = await getComparison(view);
    expect(third?.cached).toBe(false);
    // The in-memory copy is bound to the stored row: a correction of a sentence's kind shows after re-analysis.
    expect((await getComparison(view))?.cached).toBe(true);
  });

  it("stores a report's results-vs-targets comparison at import, before anyone opens it", async () => {
    // xihu-2012-v2 was imported above and never compared by this file: its own comparison is there already.
    const v2 = await getDb().report.findUniqueOrThrow({ where: { slug: "xihu-2012-v2" }, select: { id: true } });
    expect(await getDb().comparison.count({ where: { leftId: v2.id, rightId: v2.id } })).toBe(1);
    expect((await getComparison({ left: "xihu-2012-v2", right: "xihu-2012-v2", l: "achievement", r: "goal" }))?.cached).toBe(true);
    const stored = await getDb().comparison.count();
    await getDb().comparison.deleteMany({});
    expect(await getDb().comparison.count()).toBe(0);
    await reanalyzeReport({ slug: "xihu-2012" });
    const { warmComparisons } = await import("./compare-jobs");
    expect(await warmComparisons({ slug: "xihu-2012" })).toBe(1);
    expect((await getComparison({ left: "xihu-2012", right: "xihu-2012", l: "achievement", r: "goal" }))?.cached).toBe(true);
    expect(stored).toBeGreaterThan(0);
  });

  it("deletes a report with every derived row", async () => {
    const report = await getDb().report.findUniqueOrThrow({ where: { slug: "xihu-2012-v2" }, select: { id: true } });
    expect(await deleteReport({ slug: "xihu-2012-v2" })).toBe(true);
    expect(await getDb().sentence.count({ where: { reportId: report.id } })).toBe(0);
    expect(await getDb().indicator.count({ where: { reportId: report.id } })).toBe(0);
    expect(await getDb().comparison.count({ where: { OR: [{ leftId: report.id }, { rightId: report.id }] } })).toBe(0);
    expect(await deleteReport({ slug: "xihu-2012-v2" })).toBe(false);
  });
});

describe("ranges, ratios and phases survive the database; older analyses are rebuilt", () => {
  const text = [
    "2021年政府工作报告",
    "",
    "一、2020年工作回顾",
    "",
    "三次产业结构由73.52:24.77:1.71调整为81:18.3:0.7。城镇化率从47.5%提高到51.3%。",
    "",
    "二、2021年主要工作",
    "",
    "全年地区生产总值增长6%-6.5%。",
    "",
  ].join("\n");

  it("keeps a range's upper bound, a ratio's parts and a change's before/after", async () => {
    const outcome = await importReport({ bytes: new TextEncoder().encode(text), fileName: "bounds-2021.txt" });
    expect(outcome.status).toBe("imported");
    if (outcome.status !== "imported") return;
    const { getReport } = await import("./reports");
    const report = await getReport({ slug: outcome.slug });
    const indicators = report!.sentences.flatMap((s) => s.indicators);
    expect(indicators.find((i) => i.text.startsWith("6%"))).toMatchObject({ value: 6, upper: 6.5 });
    expect(indicators.find((i) => i.text === "73.52:24.77:1.71")?.parts).toEqual([73.52, 24.77, 1.71]);
    expect(indicators.filter((i) => i.label === "城镇化率").map((i) => i.phase)).toEqual(["before", "after"]);
    await deleteReport({ slug: outcome.slug });
  });

  it("re-analyses the reports an older analysis stored, and only those", async () => {
    const { reanalyzeStale } = await import("./report-imports");
    const outcome = await importReport({ bytes: new TextEncoder().encode(text), fileName: "stale-2021.txt" });
    if (outcome.status !== "imported") throw new Error(outcome.status);
    const db = getDb();
    const { id } = await db.report.findUniqueOrThrow({ where: { slug: outcome.slug }, select: { id: true } });
    await db.report.update({ where: { id }, data: { analysisVersion: 0 } });
    await db.indicator.deleteMany({ where: { reportId: id } });
    expect(await reanalyzeStale()).toEqual([outcome.slug]);
    expect(await db.indicator.count({ where: { reportId: id } })).toBeGreaterThan(0);
    expect(await reanalyzeStale()).toEqual([]);
    await deleteReport({ slug: outcome.slug });
  });
});

describe("versions and region codes in the database", () => {
  it("two texts of one district without a year are not versions of each other", async () => {
    const text = (n: number) => new TextEncoder().encode(`杭州市西湖区第十四届人民代表大会\n各位代表：\n全区上下团结奋斗，完成了第${n}项工作。\n`);
    const a = await importReport({ bytes: text(1), fileName: "notes.txt" });
    const b = await importReport({ bytes: text(2), fileName: "notes.txt" });
    if (a.status !== "imported" || b.status !== "imported") throw new Error("not imported");
    expect([a.version, b.version]).toEqual([1, 1]);
    expect(b.slug).not.toMatch(/-v\d+$/);
    const stored = await getDb().report.findUniqueOrThrow({ where: { slug: a.slug }, select: { regionSlug: true, regionCode: true } });
    expect(stored).toEqual({ regionSlug: "xihu", regionCode: "330106" });
    await deleteReport({ slug: a.slug });
    await deleteReport({ slug: b.slug });
  });
});

describe("documents about a report", () => {
  it("a plan report of the same district and year is a document of its own, never a version of the work report", async () => {
    const congress = "——2021年1月12日在杭州市西湖区第十四届人民代表大会第六次会议上";
    const report = new TextEncoder().encode(`政府工作报告\n${congress}\n各位代表：\n一、2020年工作回顾\n全区地区生产总值增长5%。\n二、2021年主要目标\n地区生产总值增长6%左右。\n`);
    const plan = new TextEncoder().encode(`关于杭州市西湖区2020年国民经济和社会发展计划执行情况与2021年计划草案的报告\n${congress}\n各位代表：\n一、2020年计划执行情况\n全区地区生产总值增长5%。\n二、2021年计划草案\n地区生产总值增长6%左右。\n`);
    const a = await importReport({ bytes: report, fileName: "report.txt" });
    const b = await importReport({ bytes: plan, fileName: "plan.txt" });
    if (a.status !== "imported" || b.status !== "imported") throw new Error("not imported");
    expect([a.slug, b.slug]).toEqual(["xihu-2021", "xihu-2021-plan"]);
    expect([a.version, b.version]).toEqual([1, 1]);
    const stored = await getDb().report.findUniqueOrThrow({ where: { slug: b.slug }, select: { kind: true, title: true } });
    expect(stored).toEqual({ kind: "document", title: "关于杭州市西湖区2020年国民经济和社会发展计划执行情况与2021年计划草案的报告" });
    await deleteReport({ slug: a.slug });
    await deleteReport({ slug: b.slug });
  });
});
