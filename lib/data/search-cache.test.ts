// The search's answers kept in memory (search-cache.ts): a repeated query is answered from memory with the very answer
// the search computes, and every write that changes an answer (a hand correction, an import, a delete) is in the next
// answer. Runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { sentenceHash } from "@/lib/corrections/fingerprint";

prepareFreshDatabase("search_cache");
process.env.DUIZHAO_WARM_COMPARISONS = "0";
const { seed } = await import("@/seeds/seed");
const { searchSentences } = await import("./search");
const { importReport, deleteReport } = await import("./report-imports");
const { correctLabel } = await import("./label-corrections");
const { readCacheStats } = await import("@/lib/http/cache-stats");

const counts = () => {
  const s = readCacheStats().search;
  return { hits: s?.hits ?? 0, misses: s?.misses ?? 0 };
};
/** The search's answer with the cache turned off: what the cache must give back. */
async function uncached(options: Parameters<typeof searchSentences>[0]) {
  process.env.DUIZHAO_SEARCH_CACHE_MB = "0";
  try {
    return await searchSentences(options);
  } finally {
    delete process.env.DUIZHAO_SEARCH_CACHE_MB;
  }
}
const GOAL = "确保数字经济核心产业增加值增长15%以上";

beforeAll(async () => {
  const { failed } = await seed(() => undefined);
  expect(failed).toBe(0);
}, 120_000);

describe("search answers kept in memory", () => {
  it("answers a repeated query from memory with the answer the search computes", async () => {
    const options = { q: "增长", limit: 20, offset: 20 };
    const start = counts();
    const first = await searchSentences(options);
    expect(counts()).toEqual({ hits: start.hits, misses: start.misses + 1 });
    const second = await searchSentences(options);
    expect(counts()).toEqual({ hits: start.hits + 1, misses: start.misses + 1 });
    expect(second).toEqual(first);
    expect(second).toEqual(await uncached(options));
    expect(counts().hits).toBe(start.hits + 1); // the cache was off for that one
    // Another page, filter or query is another answer.
    const other = await searchSentences({ ...options, offset: 0 });
    expect(other.hits.map((h) => h.sentenceIndex)).not.toEqual(first.hits.map((h) => h.sentenceIndex));
    expect(counts().misses).toBe(start.misses + 2);
  });

  it("shows a hand-corrected sentence kind in the very next answer", async () => {
    const find = async () => (await searchSentences({ q: GOAL })).hits.find((h) => h.slug === "yuhang-2020");
    const before = await find();
    expect(before?.kind).toBe("goal");
    expect((await find())?.kind).toBe("goal");
    const outcome = await correctLabel({ slug: "yuhang-2020", correction: { type: "sentence", target: { id: `s-${before!.sentenceIndex}`, hash: sentenceHash(before!.text) }, kind: "achievement" } });
    expect(outcome.ok).toBe(true);
    const misses = counts().misses;
    expect((await find())?.kind).toBe("achievement");
    expect(counts().misses).toBe(misses + 1);
  });

  it("shows an imported report's sentences in the next answer, and none once it is deleted", async () => {
    const slugs = async () => new Set((await searchSentences({ q: "数字经济", limit: 100 })).hits.map((h) => h.slug));
    expect(await slugs()).not.toContain("cache-fixture");
    const bytes = readFileSync(path.join(process.cwd(), "e2e/fixtures/yuhang-2021.txt"));
    expect((await importReport({ bytes, fileName: "yuhang-2021.txt", slug: "cache-fixture" })).status).toBe("imported");
    expect(await slugs()).toContain("cache-fixture");
    expect(await deleteReport({ slug: "cache-fixture" })).toBe(true);
    expect(await slugs()).not.toContain("cache-fixture");
  });
});
