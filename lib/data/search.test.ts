import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { normalizeForSearch } from "@/lib/search/normalize";

prepareFreshDatabase("search");
// Imports warm the comparisons in a worker thread that writes to the same SQLite file; this suite measures the search
// index, so it computes comparisons on request instead (as report-imports.test does) and no writer races its queries.
process.env.DUIZHAO_COMPARE_WORKERS = "0";

const { seed } = await import("@/seeds/seed");
const { getDb } = await import("./db");
const { searchSentences, listSearchFacets, MAX_LIMIT } = await import("./search");
const { importReport, reanalyzeReport, deleteReport } = await import("./report-imports");

type Hit = Awaited<ReturnType<typeof searchSentences>>["hits"][number];

/** Every hit of a query, page by page. */
async function allHits(q: string, filters: { region?: string; year?: number; kind?: "report" | "excerpt" | "news" } = {}) {
  const hits: Hit[] = [];
  for (let offset = 0; ; offset += MAX_LIMIT) {
    const page = await searchSentences({ q, ...filters, limit: MAX_LIMIT, offset });
    hits.push(...page.hits);
    if (page.hits.length < MAX_LIMIT) return { hits, total: page.total ?? hits.length, partial: page.partial };
  }
}

/** The truth without the index: every stored sentence whose normalised text contains the (normalised) words. */
async function scan(words: string[]) {
  const rows = await getDb().sentence.findMany({ select: { text: true, index: true, report: { select: { slug: true } } } });
  return rows
    .filter((r) => words.every((w) => normalizeForSearch(r.text).includes(normalizeForSearch(w))))
    .map((r) => `${r.report.slug}#${r.index}`)
    .sort();
}

const keys = (hits: Hit[]) => hits.map((h) => `${h.slug}#${h.sentenceIndex}`).sort();
/** The year each seed report is known by (README, "The seeded reports"): the year it was delivered. */
const SEED_YEAR: Record<string, number> = { "yuhang-2020": 2020, "yuhang-2020-news": 2020, "hangzhou-2021-excerpt": 2021, "shangcheng-2020": 2020, "xihu-2012": 2012 };
const yearOf = (h: Hit) => {
  expect(SEED_YEAR, h.slug).toHaveProperty([h.slug]);
  return SEED_YEAR[h.slug];
};

describe("sentence search", () => {
  beforeAll(async () => {
    const { failed } = await seed(() => undefined);
    expect(failed).toBe(0);
  }, 120_000);

  it("finds a two-character word in every sentence that has it, newest report year first, then document order", async () => {
    const { hits, total, partial } = await allHits("增长");
    expect(partial).toBe(false);
    expect(hits.length).toBeGreaterThan(30);
    expect(total).toBe(hits.length);
    expect(keys(hits)).toEqual(await scan(["增长"]));
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1], hits[i]];
      expect(yearOf(a)).toBeGreaterThanOrEqual(yearOf(b));
      if (a.slug === b.slug) expect(a.sentenceIndex).toBeLessThan(b.sentenceIndex);
    }
    for (const hit of hits) {
      expect(hit.text).toContain("增长");
      expect(hit.matches.length).toBeGreaterThan(0);
      for (const [start, end] of hit.matches) expect(hit.text.slice(start, end)).toBe("增长");
      expect(["goal", "achievement", "other"]).toContain(hit.kind);
    }
  });

  it("finds 亚运 across reports", async () => {
    const { hits } = await allHits("亚运");
    expect(new Set(hits.map((h) => h.slug)).size).toBeGreaterThanOrEqual(3);
    expect(keys(hits)).toEqual(await scan(["亚运"]));
    for (const hit of hits) expect(hit.text).toContain("亚运");
  });

  it("matches a long phrase exactly and highlights all of it", async () => {
    const { hits } = await allHits("数字经济核心产业");
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(keys(hits)).toEqual(await scan(["数字经济核心产业"]));
    for (const hit of hits) {
      expect(hit.matches.some(([s, e]) => hit.text.slice(s, e) === "数字经济核心产业")).toBe(true);
      expect(hit.title.length).toBeGreaterThan(0);
    }
  });

  it("finds simplified text for a traditional query", async () => {
    const traditional = await allHits("數字經濟");
    const simplified = await allHits("数字经济");
    expect(traditional.hits.length).toBeGreaterThan(5);
    expect(keys(traditional.hits)).toEqual(keys(simplified.hits));
    for (const hit of traditional.hits) expect(hit.text).toContain("数字经济");
  });

  it("finds the same sentences as a full scan for substrings taken from the seeds", async () => {
    const rows = await getDb().sentence.findMany({ select: { text: true }, orderBy: { id: "asc" } });
    const samples = new Set<string>();
    for (let i = 0; samples.size < 25; i += 37) {
      const chars = [...rows[i % rows.length].text];
      const length = 2 + (i % 4);
      const start = (i * 7) % Math.max(1, chars.length - length);
      const sample = chars.slice(start, start + length).join("");
      if (/^[\p{L}\p{N}]+$/u.test(sample)) samples.add(sample);
    }
    for (const sample of samples) {
      const { hits } = await allHits(sample);
      expect(keys(hits), sample).toEqual(await scan([sample]));
    }
  });

  it("requires every space-separated word", async () => {
    const { hits } = await allHits("亚运 城市");
    expect(keys(hits)).toEqual(await scan(["亚运", "城市"]));
    for (const hit of hits) expect(hit.text.includes("亚运") && hit.text.includes("城市")).toBe(true);
  });

  it("serves single characters with a bound, and words mixing digits and letters", async () => {
    const single = await allHits("增");
    expect(single.partial).toBe(false);
    expect(keys(single.hits)).toEqual(await scan(["增"]));
    expect(keys((await allHits("5G")).hits)).toEqual(await scan(["5g"]));
    expect(keys((await allHits("ｇｄｐ")).hits)).toEqual(await scan(["GDP"]));
  });

  it("filters by region, report year and report kind", async () => {
    const facets = await listSearchFacets();
    expect(facets.regions.map((r) => r.slug)).toEqual(expect.arrayContaining(["yuhang", "xihu"]));
    expect(facets.years[0]).toBeGreaterThan(facets.years[facets.years.length - 1]);
    expect(facets.kinds).toEqual(expect.arrayContaining(["report", "news", "excerpt"]));

    const all = await allHits("增长");
    const yuhang = await allHits("增长", { region: "yuhang" });
    expect(yuhang.hits.length).toBeGreaterThan(0);
    expect(yuhang.hits.length).toBeLessThan(all.hits.length);
    expect(new Set(yuhang.hits.map((h) => h.slug))).toEqual(new Set(["yuhang-2020", "yuhang-2020-news"]));

    const news = await allHits("增长", { kind: "news" });
    expect(news.hits.length).toBeGreaterThan(0);
    expect(news.hits.every((h) => h.reportKind === "news")).toBe(true);

    const year = yearOf(all.hits[0]);
    const ofYear = await allHits("增长", { year });
    expect(ofYear.hits.length).toBeGreaterThan(0);
    expect(ofYear.hits.every((h) => yearOf(h) === year)).toBe(true);
    expect(ofYear.hits.length).toBe(all.hits.filter((h) => yearOf(h) === year).length);

    expect((await searchSentences({ q: "增长", region: "yuhang", kind: "excerpt" })).hits).toEqual([]);
    expect((await searchSentences({ q: "增长", region: "nowhere" })).total).toBe(0);
  });

  it("pages without gaps or repeats", async () => {
    const all = await allHits("增长");
    const first = await searchSentences({ q: "增长", limit: 10 });
    const second = await searchSentences({ q: "增长", limit: 10, offset: 10 });
    expect([...first.hits, ...second.hits].map((h) => `${h.slug}#${h.sentenceIndex}`)).toEqual(
      all.hits.slice(0, 20).map((h) => `${h.slug}#${h.sentenceIndex}`),
    );
    expect(first.total).toBe(all.hits.length);
    expect((await searchSentences({ q: "增长", offset: 100_000 })).hits).toEqual([]);
  });

  it("treats search syntax as text and never errors", async () => {
    for (const q of ['"增长', "增长*", "增长 AND 经济", "增长 OR", "-增长", "(增长)", "NEAR(增长 亚运)", "增长'; DROP TABLE x; --", "\\", ":*", "'", "a:b", "%_", "增长\u0000"]) {
      const result = await searchSentences({ q });
      for (const hit of result.hits) expect(hit.matches.length).toBeGreaterThan(0);
    }
    const anded = await allHits("增长 AND 经济");
    expect(anded.hits.length).toBeGreaterThan(0);
    expect(keys(anded.hits)).toEqual(await scan(["增长", "经济"]));
  });

  it("counts only verified hits when one page holds every candidate (q=1=1 found no sentence but said 9)", async () => {
    for (const q of ["1=1", "2=2", "0.5=1"]) {
      const result = await searchSentences({ q, limit: MAX_LIMIT });
      expect(result.total, q).toBe(result.hits.length);
      expect(keys(result.hits), q).toEqual(await scan([q]));
    }
  });

  it("returns nothing for an empty or punctuation-only query", async () => {
    for (const q of ["", "   ", "。,", '"*"']) expect(await searchSentences({ q })).toEqual({ hits: [], total: 0, partial: false });
  });

  it("keeps the index in step with re-analysis, import and deletion", async () => {
    const before = keys((await allHits("数字经济")).hits);
    expect(await reanalyzeReport({ slug: "yuhang-2020" })).toBe(true);
    expect(keys((await allHits("数字经济")).hits)).toEqual(before);

    const bytes = readFileSync(path.join(process.cwd(), "e2e/fixtures/yuhang-2021.txt"));
    const outcome = await importReport({ bytes, fileName: "yuhang-2021.txt", slug: "search-fixture" });
    expect(outcome.status).toBe("imported");
    const added = (await allHits("数字经济")).hits.filter((h) => h.slug === "search-fixture");
    expect(added.length).toBe((await scan(["数字经济"])).filter((k) => k.startsWith("search-fixture#")).length);

    expect(await deleteReport({ slug: "search-fixture" })).toBe(true);
    expect(keys((await allHits("数字经济")).hits)).toEqual(before);
  });
});
