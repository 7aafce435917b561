import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";

prepareFreshDatabase("report-search");
const { importReport } = await import("./report-imports");
const { findReports } = await import("./report-search");

// The seeds under their stable slugs (Yuhang 2020 report and news, 上城区 2020, 杭州市 2021 excerpt, 西湖区 2012) and
// Yuhang 2021 and 2022 (derived from the 2020 seed).
const { loadSeedFixtures } = await import("@/seeds/fixtures");
const FILES = ["e2e/fixtures/yuhang-2021.txt", "e2e/fixtures/yuhang-2022.txt"];

describe("the report picker's search", () => {
  it("finds a region's reports by pinyin initials, narrowed by a year", async () => {
    for (const { file, slug, bytes } of loadSeedFixtures()) expect((await importReport({ bytes, fileName: file, slug })).status).toBe("imported");
    for (const file of FILES) expect((await importReport({ bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) })).status).toBe("imported");
    const yh = await findReports({ query: "yh" });
    expect(yh.total).toBe(4);
    expect(yh.matches.map((r) => r.slug).sort()).toEqual(["yuhang-2020", "yuhang-2020-news", "yuhang-2021", "yuhang-2022"]);
    expect(yh.matches[0].slug).toBe("yuhang-2022"); // newest first
    const y2021 = await findReports({ query: "yh2021" });
    expect(y2021.matches.map((r) => r.slug)).toEqual(["yuhang-2021"]);
    expect((await findReports({ query: "余杭 2020" })).matches.map((r) => r.slug).sort()).toEqual(["yuhang-2020", "yuhang-2020-news"]);
  });

  it("holds a city's districts under the city, and counts past the limit", async () => {
    const hz = await findReports({ query: "杭州" });
    const slugs = hz.matches.map((r) => r.slug);
    for (const slug of ["yuhang-2020", "shangcheng-2020", "xihu-2012"]) expect(slugs).toContain(slug);
    const capped = await findReports({ query: "杭州", limit: 2 });
    expect(capped.matches).toHaveLength(2);
    expect(capped.total).toBe(hz.total);
  });

  it("searches within a chosen region", async () => {
    expect((await findReports({ query: "2020", region: "hangzhou" })).matches.map((r) => r.slug).sort()).toEqual(["shangcheng-2020", "yuhang-2020", "yuhang-2020-news"]);
    expect((await findReports({ query: "2020", region: "yuhang" })).matches.map((r) => r.slug).sort()).toEqual(["yuhang-2020", "yuhang-2020-news"]);
  });

  it("looks in titles when no region has the name, and finds nothing for nonsense", async () => {
    expect((await findReports({ query: "qqqqzz" })).total).toBe(0);
    const byYear = await findReports({ query: "2012" });
    expect(byYear.matches.map((r) => r.slug)).toEqual(["xihu-2012"]);
  });
});
