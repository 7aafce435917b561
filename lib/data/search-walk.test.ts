// Search for a very common term over more reports than the ranked walk reads (search-walk.ts): the hits must still be
// exactly the ranking's first (report year newest first, then report, then document order), as computed here from
// every stored sentence; a rare term still finds its one sentence through the index. Runs on SQLite, and on
// PostgreSQL when TEST_DATABASE_URL is set.
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { reportVariants } from "@/tests/support/reliability-helpers";

prepareFreshDatabase("search_walk");
process.env.DUIZHAO_WARM_COMPARISONS = "0";
const { importReport } = await import("./report-imports");
const { searchSentences } = await import("./search");
const { WALK_REPORTS } = await import("./search-walk");
const { getDb } = await import("./db");

const variants = reportVariants(WALK_REPORTS + 8);
for (const v of variants) {
  const outcome = await importReport(v);
  if (outcome.status !== "imported") throw new Error(JSON.stringify(outcome));
}

/** Every sentence holding `word`, in the ranking's order, from the stored rows (not from the search code). */
async function expectedHits(word: string, filter: { regionSlug?: string } = {}) {
  const reports = await getDb().report.findMany({ where: filter, select: { id: true, slug: true, planYear: true, reviewYear: true } });
  const rank = (r: (typeof reports)[number]) => r.planYear ?? (r.reviewYear != null ? r.reviewYear + 1 : 0);
  reports.sort((a, b) => rank(b) - rank(a) || a.id - b.id);
  const hits: string[] = [];
  for (const r of reports) {
    const sentences = await getDb().sentence.findMany({ where: { reportId: r.id }, orderBy: { index: "asc" }, select: { index: true, text: true } });
    for (const s of sentences) if (s.text.includes(word)) hits.push(`${r.slug}#${s.index}`);
  }
  return hits;
}
const ids = (result: Awaited<ReturnType<typeof searchSentences>>) => result.hits.map((h) => `${h.slug}#${h.sentenceIndex}`);

describe("search for a very common term over many reports", () => {
  it("returns the ranking's first pages exactly", async () => {
    expect(await getDb().report.count()).toBeGreaterThan(WALK_REPORTS);
    const expected = await expectedHits("增长");
    expect(expected.length).toBeGreaterThan(100);
    const first = await searchSentences({ q: "增长", limit: 20 });
    const second = await searchSentences({ q: "增长", limit: 20, offset: 20 });
    expect(ids(first)).toEqual(expected.slice(0, 20));
    expect(ids(second)).toEqual(expected.slice(20, 40));
    // Not counted: the walk read only the top reports.
    expect(first.total).toBeNull();
    expect(first.partial).toBe(false);
  });

  it("is exact within a region, where the walk reads every report", async () => {
    const region = (await getDb().report.findFirstOrThrow({ where: { regionSlug: { not: null } }, select: { regionSlug: true } })).regionSlug!;
    const expected = await expectedHits("增长", { regionSlug: region });
    const result = await searchSentences({ q: "增长", region, limit: 100 });
    expect(ids(result)).toEqual(expected.slice(0, 100));
    if (expected.length <= 100) expect(result.total).toBe(expected.length);
  });

  it("finds a rare phrase in a report outside the walked ones through the index", async () => {
    const expected = await expectedHits("附件第40号");
    expect(expected).toHaveLength(1);
    const result = await searchSentences({ q: "附件第40号" });
    expect(ids(result)).toEqual(expected);
    expect(result.total).toBe(1);
  });

  it("ranks a mid-frequency term through the index exactly, choosing the page before reading any text (issue 16)", async () => {
    // One sentence per report: the walk holds only the first page, so the second comes from the index path.
    const expected = await expectedHits("附件第");
    expect(expected).toHaveLength(variants.length);
    expect(expected.length).toBeGreaterThan(WALK_REPORTS);
    const second = await searchSentences({ q: "附件第", limit: 10, offset: WALK_REPORTS - 5 });
    expect(ids(second)).toEqual(expected.slice(WALK_REPORTS - 5, WALK_REPORTS + 5));
    expect(second.total).toBe(expected.length);
    const last = await searchSentences({ q: "附件第", limit: 20, offset: expected.length - 3 });
    expect(ids(last)).toEqual(expected.slice(-3));
  });
});
