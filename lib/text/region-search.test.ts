import { describe, expect, it } from "vitest";
import { matchScore, normalizeRegionQuery, regionCodesWithin, regionEntryBySlug, regionHolds, regionIndex, searchRegions } from "./region-search";

// Expected places are facts of GB/T 2260 (余杭区 330110 under 杭州市 330100 in 浙江省), not read from the code.
const names = (query: string, options = {}) => searchRegions(query, options).matches.map((m) => `${m.parents.join(" ")} ${m.name}`.trim());

describe("the region index over all of China's divisions", () => {
  it("holds every division, each with its pinyin, initials and parents", () => {
    const all = regionIndex();
    expect(all.length).toBeGreaterThan(3000);
    const yuhang = all.find((e) => e.code === "330110")!;
    expect(yuhang).toMatchObject({ name: "余杭区", slug: "yuhang", parents: ["浙江省", "杭州市"], spelled: "yuhangqu", initials: "yhq" });
    expect(all.find((e) => e.code === "110101")).toMatchObject({ name: "东城区", parents: ["北京市"] });
    expect(regionIndex()).toBe(all); // built once
  });
});

describe("searchRegions", () => {
  const withYuhangReports = new Map([["yuhang", 3]]);

  it.each(["yh", "余杭", "yuhang", "YuHang", "yu hang", "杭州余杭", "杭州市余杭区"])("finds 余杭区 with its parent for %s", (query) => {
    const { matches } = searchRegions(query, { reportCounts: withYuhangReports });
    expect(`${matches[0].parents.at(-1)} ${matches[0].name}`).toBe("杭州市 余杭区");
    expect(matches[0].reportCount).toBe(3);
  });

  it("puts the whole name first without any reports, and lists both 西湖区 with their cities", () => {
    expect(names("yuhang")[0]).toBe("浙江省 杭州市 余杭区");
    expect(names("余杭")[0]).toBe("浙江省 杭州市 余杭区");
    const xihu = names("西湖区", { limit: 50 });
    expect(xihu).toContain("浙江省 杭州市 西湖区");
    expect(xihu).toContain("江西省 南昌市 西湖区");
  });

  it("counts every match but returns a page of them; initials match many places", () => {
    const { matches, total } = searchRegions("yh", { limit: 5 });
    expect(matches).toHaveLength(5);
    expect(total).toBeGreaterThan(5);
    for (const m of matches) expect(m.initials.startsWith("yh")).toBe(true);
  });

  it("ranks a higher level before a lower one at the same score, and an abolished unit after a current one", () => {
    expect(names("杭州")[0]).toBe("浙江省 杭州市");
    const { matches } = searchRegions("xiacheng", { limit: 20 });
    const xiacheng = matches.find((m) => m.code === "330103");
    expect(xiacheng?.abolished).toBe(2021);
  });

  it("finds nothing for nonsense and for an empty query", () => {
    expect(searchRegions("qqqqqq").total).toBe(0);
    expect(searchRegions("   ").total).toBe(0);
    expect(matchScore(regionIndex()[0], "")).toBe(0);
  });

  it("normalises what people type", () => {
    expect(normalizeRegionQuery(" Lü Liang ")).toBe("lvliang");
    expect(normalizeRegionQuery("xi'an")).toBe("xian");
  });

  // How fast a keystroke is answered is a row of npm run bench (2b), not a test: a wall clock fails on a busy machine.
  it("answers every keystroke of a typed name from the whole index", () => {
    expect(["y", "yh", "yuh", "余", "余杭", "hangzhou"].map((q) => searchRegions(q).total > 0)).toEqual([true, true, true, true, true, true]);
  });
});

describe("regionCodesWithin", () => {
  it("lists the region and every unit below it, as regionHolds decides for each division", () => {
    const hangzhou = regionIndex().find((e) => e.code === "330100")!;
    const codes = regionCodesWithin(hangzhou);
    expect(codes).toContain("330100");
    expect(codes).toContain("330110"); // 余杭区
    expect(codes).not.toContain("330000"); // 浙江省 is above, not within
    expect(codes).not.toContain("320100"); // 南京市
    const holds = regionIndex().filter((e) => regionHolds(hangzhou, { regionSlug: null, regionCode: e.code })).map((e) => e.code);
    expect([...codes].sort()).toEqual(holds.sort());
  });

  it("gives the national level every division", () => {
    expect(regionCodesWithin(regionEntryBySlug(regionIndex().find((e) => e.code === "000000")!.slug)!).length).toBe(regionIndex().length);
  });
});
