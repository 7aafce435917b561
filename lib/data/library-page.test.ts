import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { regionEntryBySlug, regionHolds } from "@/lib/text/region-search";

prepareFreshDatabase("library_page");
const { importReport } = await import("./report-imports");
const { listReports, listReportsPage } = await import("./reports");

// The five seeds (余杭, 上城, 杭州市, 西湖) and two later Yuhang years: seven reports in four regions.
const FILES = [...["000_6f0d3471dae921c8", "001_6e2dc38416b95792", "002_28b7e1935f0577e3", "003_d850761e47ed951d", "004_eb0d6571eb462b03"].map((f) => `seeds/${f}.txt`), "e2e/fixtures/yuhang-2021.txt", "e2e/fixtures/yuhang-2022.txt"];

async function allPages(scope: Parameters<typeof listReportsPage>[0] extends infer O ? Omit<O, "page" | "pageSize"> : never, pageSize: number) {
  const slugs: string[] = [];
  const totals = new Set<number>();
  for (let page = 1; page <= 10; page++) {
    const { reports, total } = await listReportsPage({ ...scope, page, pageSize });
    totals.add(total);
    expect(reports.length).toBeLessThanOrEqual(pageSize);
    if (reports.length === 0) break;
    slugs.push(...reports.map((r) => r.slug));
  }
  return { slugs, totals: [...totals] };
}

describe("the library, a page at a time (issue 16)", () => {
  it("pages through every report in the library's order, each once, with the whole count on every page", async () => {
    for (const file of FILES) expect((await importReport({ bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) })).status).toBe("imported");
    const everything = (await listReports()).map((r) => r.slug);
    expect(everything).toHaveLength(FILES.length);
    const { slugs, totals } = await allPages({}, 3);
    expect(slugs).toEqual(everything);
    expect(totals).toEqual([FILES.length]);
    expect((await listReportsPage({ page: 4, pageSize: 3 })).reports).toEqual([]);
  });

  it("narrows to a region with every unit within it, as the region filter decides for each report", async () => {
    const all = await listReports();
    for (const slug of ["hangzhou", "yuhang", "zhejiang", "beijing"]) {
      const chosen = regionEntryBySlug(slug);
      expect(chosen, slug).not.toBeNull();
      const expected = all.filter((r) => regionHolds(chosen!, r)).map((r) => r.slug);
      const { slugs, totals } = await allPages({ region: chosen! }, 2);
      expect(slugs, slug).toEqual(expected);
      expect(totals[0] ?? 0, slug).toBe(expected.length);
    }
    // 杭州市 holds its districts' reports as well as its own; 余杭区 only Yuhang's.
    const hangzhou = regionEntryBySlug("hangzhou")!;
    const yuhang = regionEntryBySlug("yuhang")!;
    const count = async (e: typeof hangzhou) => (await listReportsPage({ region: e, page: 1, pageSize: 50 })).total;
    expect(await count(hangzhou)).toBe(all.length);
    expect(await count(yuhang)).toBe(all.filter((r) => r.regionSlug === "yuhang").length);
    expect(await count(yuhang)).toBeGreaterThanOrEqual(3);
  });
});
