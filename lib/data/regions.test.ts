import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { buildYearSeries, yearPairLinks } from "@/lib/series/year-series";
import { withCompareHref } from "@/lib/url/compare-params";

prepareFreshDatabase("regions");
const { importReport } = await import("./report-imports");
const { findRegions, getRegion } = await import("./regions");

// Three years of Yuhang: the 2020 seed and two later years derived from it (scripts/fixtures/derive-year.mjs).
const FILES = ["seeds/000_6f0d3471dae921c8.txt", "e2e/fixtures/yuhang-2021.txt", "e2e/fixtures/yuhang-2022.txt", "seeds/001_6e2dc38416b95792.txt"];

describe("a region's year series", () => {
  it("lists the reports by year and offers both year-over-year readings", async () => {
    for (const file of FILES) expect((await importReport({ bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) })).status).toBe("imported");
    const region = await getRegion({ regionSlug: "yuhang" });
    expect(region?.region).toBe("余杭区");
    expect(region?.reports.map((r) => r.slug)).toEqual(["yuhang-2020", "yuhang-2020-news", "yuhang-2021", "yuhang-2022"]);
    const links = yearPairLinks(region!.reports).map(withCompareHref).map((l) => l.href);
    expect(links).toContain("/compare/yuhang-2020/yuhang-2021?l=goal&r=achievement");
    expect(links).toContain("/compare/yuhang-2021/yuhang-2022?l=goal&r=goal");
    expect(links).toContain("/compare/yuhang-2022/yuhang-2022?l=achievement&r=goal");
    expect(await getRegion({ regionSlug: "nowhere" })).toBeNull();
  });

  it("charts each headline metric's target and result per year from the stored indicators", async () => {
    const region = (await getRegion({ regionSlug: "yuhang" }))!;
    const gdp = buildYearSeries(region.reports, region.indicators).find((s) => s.metric === "gdp");
    expect(gdp).toBeDefined();
    const byYear = new Map(gdp!.points.map((p) => [p.year, p]));
    // Results reported for 2019, 2020 and 2021 (预计…增长8%以上 in the seed, shifted in the derived years).
    const sourceText = (file: string) => readFileSync(file, "utf8");
    const actualIn = (file: string) => Number(/预计生产总值增长([\d.]+)%/.exec(sourceText(file))![1]);
    expect(byYear.get(2019)?.actual).toBe(actualIn(FILES[0]));
    expect(byYear.get(2020)?.actual).toBe(actualIn(FILES[1]));
    expect(byYear.get(2021)?.actual).toBe(actualIn(FILES[2]));
    // The 2020 plan's GDP target, read from the seed's plan section.
    const target2020 = Number(/生产总值增长([\d.]+)%/.exec(sourceText(FILES[0]).split("2020年主要工作")[1])![1]);
    expect(byYear.get(2020)?.target).toBe(target2020);
  });

  it("finds regions among all of China's divisions, those with reports first with their count", async () => {
    const { matches, total } = await findRegions({ query: "yh" });
    expect(total).toBeGreaterThan(matches.length);
    expect(matches[0]).toMatchObject({ slug: "yuhang", name: "余杭区", parents: ["浙江省", "杭州市"], reportCount: FILES.length }); // every file above is a Yuhang report
    expect(matches.slice(1).every((m) => m.reportCount === 0)).toBe(true);
  });
});
