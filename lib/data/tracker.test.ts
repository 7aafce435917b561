import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";

// The national development corpus 2000–2014 and the Yuhang seed, imported into a real SQLite file. SQLite only: the
// corpus import is the heavy part, and one database is enough for it (scripts/test-all.sh runs lib/data on both).
const NATIONAL = path.resolve("../shared/corpus/national");
const YEARS = Array.from({ length: 15 }, (_, i) => 2000 + i);
const present = YEARS.every((y) => existsSync(path.join(NATIONAL, `national-${y}.txt`)));
const sqliteOnly = !process.env.TEST_DATABASE_URL;
if (!present) console.warn(`skipped: the national corpus 2000–2014 is not at ${NATIONAL}`);
if (!sqliteOnly) console.warn("skipped: the tracker's corpus test runs on SQLite only");

const run = present && sqliteOnly;
if (run) prepareFreshDatabase("tracker");
const { importReport } = await import("./report-imports");
const { getRegionTracker } = await import("./tracker");
const { getTermTrajectory } = await import("./trajectory");

const importFile = async (file: string, year?: number) => (await importReport({ bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file), year })).status;

describe.skipIf(!run)("the national promise tracker, 2000–2014", () => {
  it("imports the corpus years and the Yuhang seed", async () => {
    // The 2002 text names neither year (the analysis leaves it undated): given as a reader gives it (import --year 2002).
    for (const y of YEARS) expect(await importFile(path.join(NATIONAL, `national-${y}.txt`), y === 2002 ? 2002 : undefined)).toBe("imported");
    for (const seed of ["seeds/000_6f0d3471dae921c8.txt", "seeds/001_6e2dc38416b95792.txt"]) expect(await importFile(seed)).toBe("imported");
  }, 120_000);

  it("lists the 2013 headline targets against the 2014 report's results, judged by the status rule", async () => {
    const found = await getRegionTracker({ regionSlug: "china" });
    expect(found?.tracker.availableYears).toEqual(YEARS);
    expect(found?.tracker.undated).toEqual([]);
    const year2013 = found!.tracker.lines.flatMap((l) => l.cells.filter((c) => c.year === 2013).map((c) => ({ metric: l.metric, ...c })));
    const byTarget = (text: string) => year2013.find((c) => c.target.sentence?.includes(text) && c.target.display.includes(text.replace(/^\D+/, "").replace(/以上|左右/, "")));
    // Read from the 2013 report: 国内生产总值增长7.5%左右 … 居民消费价格涨幅3.5%左右；城镇新增就业900万人以上，城镇登记失业率低于4.6%.
    // Read from the 2014 report: 比上年增长7.7% … 居民消费价格涨幅控制在2.6% … 城镇登记失业率4.1%。城镇新增就业1310万人.
    const gdp = byTarget("增长7.5%");
    expect(gdp?.result?.value).toBe(7.7);
    expect(gdp?.status).toBe("met"); // 左右: ±0.5 个百分点, 7.7 lies in 7–8
    const cpi = byTarget("涨幅3.5%");
    expect(cpi?.result?.value).toBe(2.6);
    expect(cpi?.status).toBe("met"); // 左右 on a lower-is-better metric is a ceiling: 2.6 ≤ 3.5
    const jobs = byTarget("900万人");
    expect(jobs?.result?.value).toBe(13_100_000);
    expect(jobs?.status).toBe("exceeded"); // a floor of 900万, beaten by more than 10 %
    const unemployment = byTarget("4.6%");
    expect(unemployment?.result?.value).toBe(4.1);
    expect(unemployment?.status).toBe("met"); // 低于 is a ceiling
    for (const c of [gdp, cpi, jobs, unemployment]) {
      expect(c?.target.href).toMatch(/^\/reports\/china-2013#s-\d+$/);
      expect(c?.result?.href).toMatch(/^\/reports\/china-2014#s-\d+$/);
      expect(c?.why).toContain("主要预期目标");
    }
  });

  it("judges every year from 2000 to 2013 and awaits the 2015 report for 2014", async () => {
    const { tracker } = (await getRegionTracker({ regionSlug: "china" }))!;
    const judged = tracker.years.filter((y) => y.state === "paired").map((y) => y.year);
    expect(judged).toEqual(YEARS.slice(0, -1));
    // The 2000 and 2002 plans set no quantified growth target, and the 2001 plan only 十五's (“十五”期间年均经济增长速度
    // 预期目标为7％左右, read in the texts; one year's results cannot judge it, the five-year part does): the year says so.
    for (const year of tracker.years.filter((y) => y.state === "paired")) {
      if ([2000, 2001, 2002].includes(year.year)) expect(year.note, `${year.year}`).toContain("没有找到可核对的量化主要目标");
      else expect(year.totals.targets, `${year.year}`).toBeGreaterThan(0);
    }
    expect(tracker.years.at(-1)).toMatchObject({ year: 2014, state: "awaiting" });
    expect(tracker.years.at(-1)?.note).toContain("尚无2015年报告");
    // A one-year GDP growth target stands in every plan from 2003 (7%左右) to 2013 (7.5%左右).
    expect(tracker.lines.find((l) => l.key === "gdp:growth")?.cells.map((c) => c.year)).toEqual(YEARS.filter((y) => y >= 2003 && y <= 2013));
    // A five-year total (累计4500万人, 2011) is not on the line of one year's job targets.
    expect(tracker.lines.find((l) => l.key === "new-jobs:count")?.cells.every((c) => !c.target.qualifiers.includes("累计"))).toBe(true);
    // The years' totals add up to the whole.
    const sum = tracker.years.reduce((n, y) => n + y.totals.targets, 0);
    expect(tracker.totals.targets).toBe(sum);
    expect(tracker.lines.flatMap((l) => l.cells)).toHaveLength(sum);
  });

  it("follows policy terms across the national years, with the false-hit guards, from the stored sentences", async () => {
    const view = (await getTermTrajectory({ regionSlug: "china" }))!;
    const t = view.trajectory!;
    expect(t.reports.map((r) => r.slug)).toEqual(YEARS.map((y) => `china-${y}`));
    expect(t.mixed).toBeNull();
    const raw = (y: number) => readFileSync(path.join(NATIONAL, `national-${y}.txt`), "utf8");
    const occurrences = (text: string, word: string) => text.split(word).length - 1;
    const point = (key: string, y: number) => t.terms.find((x) => x.key === key)!.points[YEARS.indexOf(y)];
    for (const y of [2000, 2008, 2014]) {
      expect(point("family-planning", y).count).toBe(occurrences(raw(y), "计划生育"));
      // 生育 outside 计划生育 only (低生育水平, 生育保险, 可生育两个孩子).
      expect(point("childbirth", y).count).toBe(occurrences(raw(y), "生育") - occurrences(raw(y), "计划生育"));
      expect(point("western-development", y)?.count ?? 0).toBe(occurrences(raw(y), "西部大开发") + occurrences(raw(y), "西部地区大开发"));
    }
    const first = point("family-planning", 2000);
    expect(first.sentenceIds.length).toBeGreaterThan(0);
    // Any list of reports: a district beside the nation is labelled as no single series.
    const mixed = (await getTermTrajectory({ regionSlug: "china", slugs: ["china-2013", "yuhang-2020", "nowhere-1999"] }))!;
    expect(mixed.unknown).toEqual(["nowhere-1999"]);
    expect(mixed.trajectory?.mixed).toContain("不同地区");
  });

  it("sets the five-year targets against the five-year review: 十一五 (2006) by the 2011 report, 十二五 awaiting 2016", async () => {
    const { tracker } = (await getRegionTracker({ regionSlug: "china" }))!;
    const raw = (y: number) => readFileSync(path.join(NATIONAL, `national-${y}.txt`), "utf8");
    expect(tracker.periods.map((p) => [p.name, p.start, p.end, p.state])).toEqual([
      ["十五", 2001, 2005, "paired"],
      ["十一五", 2006, 2010, "paired"],
      ["十二五", 2011, 2015, "awaiting"],
    ]);
    // Read from the texts: 2006 《纲要》提出，今后五年国内生产总值年均增长7.5%; 2011 国内生产总值达到39.8万亿元，年均增长11.2%.
    const target = Number(/今后五年国内生产总值年均增长([\d.]+)%/.exec(raw(2006))![1]);
    const result = Number(/国内生产总值达到[\d. ]+万亿元，年均增长([\d.]+)%/.exec(raw(2011))![1]);
    const eleventh = tracker.periods.find((p) => p.name === "十一五")!;
    expect([eleventh.targetSlug, eleventh.resultSlug]).toEqual(["china-2006", "china-2011"]);
    const gdp = eleventh.cells.find((c) => c.metric === "gdp")!;
    expect([gdp.target.value, gdp.result?.value]).toEqual([target, result]);
    expect(gdp.target.qualifiers).toContain("年均");
    expect(gdp.status).toBe(result >= target + 0.5 ? "exceeded" : result >= target ? "met" : "missed");
    expect(gdp.target.href).toMatch(/^\/reports\/china-2006#s-\d+$/);
    expect(gdp.result?.href).toMatch(/^\/reports\/china-2011#s-\d+$/);
    // Only the period's figures are set against the review: no one-year target of 2006 (增长8%左右) is judged here.
    for (const c of eleventh.cells) expect(["over-years", "period-end"]).toContain(c.period);
    expect(eleventh.cells.some((c) => c.target.sentence?.includes("2006年国民经济和社会发展的主要预期目标"))).toBe(false);
    // The same verdict as the compare view of the two reports (no second rule).
    const { getComparison } = await import("./comparisons");
    const view = (await getComparison({ left: "china-2006", right: "china-2011", l: "goal", r: "achievement" }))!;
    expect(view.kind.id).toBe("period-target-vs-review");
    expect(view.result.indicators.find((p) => p.left?.sentenceId === gdp.target.sentenceId && p.metric === "gdp")?.status).toBe(gdp.status);
    // The yearly totals do not count the five-year verdicts.
    expect(tracker.totals.targets).toBe(tracker.years.reduce((n, y) => n + y.totals.targets, 0));
    expect(tracker.periods.find((p) => p.name === "十二五")?.note).toContain("尚无2016年报告");
  });

  it("sets the changes over a period and the levels for its end against the review (十一五 by 2011, 十五 by 2006)", async () => {
    const { tracker } = (await getRegionTracker({ regionSlug: "china" }))!;
    const eleventh = tracker.periods.find((p) => p.name === "十一五")!;
    // Read from the 2006 report: 《纲要》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右、主要污染物排放总量减少10%等目标.
    // Read from the 2011 report's review: 五年累计，单位国内生产总值能耗下降 19.1%，化学需氧量、二氧化硫排放量分别下降12.45%、14.29%.
    const energy = eleventh.cells.find((c) => c.metric === "energy-intensity")!;
    expect([energy.target.value, energy.result?.value, energy.period]).toEqual([-20, -19.1, "over-years"]);
    expect(energy.status).toBe("missed"); // 左右 on a lower-is-better metric is a ceiling: a fall of 19.1% is short of ~20%
    expect(energy.lineName).toContain("多年");
    // The 2006 report fixes no figure for 2010 itself (到2010年… only 人均国内生产总值比2000年翻一番, a multiple of another
    // year): no level is set for the period's end, so none is judged.
    expect(eleventh.cells.filter((c) => c.period === "period-end")).toEqual([]);
    // 十五: the 2001 report names 2005 for no figure either (its 到2010年…翻一番 is the next plan's), so only its 年均 stands.
    const tenth = tracker.periods.find((p) => p.name === "十五")!;
    expect(tenth.cells.filter((c) => c.period === "period-end")).toEqual([]);
    for (const c of tenth.cells) expect(c.target.qualifiers).toContain("年均");
    // The compare view of 2006 against 2011 says the same, with the pair's period reading in its JSON.
    const { getComparison } = await import("./comparisons");
    const view = (await getComparison({ left: "china-2006", right: "china-2011", l: "goal", r: "achievement" }))!;
    expect(view.result.indicators.find((p) => p.id === energy.compareHref.split("#")[1])).toMatchObject({ status: "missed", period: "over-years" });
  });

  it("exports the five-year targets: a periods table in the CSV and a sheet in the workbook, the yearly columns unchanged", async () => {
    const { tracker } = (await getRegionTracker({ regionSlug: "china" }))!;
    const { trackerTable, toTrackerCsv } = await import("@/lib/tracker/export");
    const { trackerToXlsx } = await import("@/lib/tracker/export-xlsx");
    // Consumers read these columns: the targets table keeps its header as it was before the periods were added.
    expect(trackerTable(tracker, "targets")[0]).toEqual([
      "year", "line", "metric", "label", "target", "target_value", "target_upper", "unit", "band", "band_low", "band_high", "band_unit",
      "result", "result_value", "status", "status_zh", "reason", "why", "target_sentence", "result_sentence", "target_url", "result_url", "compare_url",
    ]);
    const [head, ...rows] = trackerTable(tracker, "periods");
    const col = (row: string[], key: string) => row[head.indexOf(key)];
    // One row per five-year target, and one row for a plan with none yet (十二五 awaits the 2016 report).
    expect(rows).toHaveLength(tracker.periods.reduce((n, p) => n + Math.max(1, p.cells.length), 0));
    const twelfth = rows.filter((r) => col(r, "period") === "十二五");
    expect(twelfth.map((r) => [col(r, "state"), col(r, "status")])).toEqual([["awaiting", ""]]);
    const energy = tracker.periods.find((p) => p.name === "十一五")!.cells.find((c) => c.metric === "energy-intensity")!;
    const row = rows.find((r) => col(r, "period") === "十一五" && col(r, "metric") === "energy-intensity")!;
    expect([col(row, "start"), col(row, "end"), col(row, "period_reading"), col(row, "target_value"), col(row, "result_value"), col(row, "status")]).toEqual(["2006", "2010", "over-years", "-20", "-19.1", "missed"]);
    expect([col(row, "target_url"), col(row, "compare_url")]).toEqual([energy.target.href, energy.compareHref]);
    expect(toTrackerCsv(tracker, "periods").split("\n")[0]).toBe(head.join(","));
    // The workbook's 五年规划 sheet: row 1 Chinese headers, row 2 the keys, then the CSV's rows with numbers as numbers.
    const ExcelJS = (await import("exceljs")).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await trackerToXlsx(tracker, { slug: "china", name: "全国" })) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("五年规划 Periods")!;
    expect((sheet.getRow(2).values as string[]).slice(1)).toEqual(head);
    expect(sheet.rowCount).toBe(2 + rows.length);
    for (const [i, r] of rows.entries())
      for (const [j, key] of head.entries()) {
        const value = sheet.getRow(i + 3).getCell(j + 1).value;
        const expected = r[j] === "" ? null : ["start", "end", "target_value", "target_upper", "band_low", "band_high", "result_value"].includes(key) ? Number(r[j]) : r[j];
        expect(value, `${i}:${key}`).toEqual(expected);
      }
  });

  it("says Yuhang, with one report, needs a second year, and which year exists", async () => {
    const { tracker } = (await getRegionTracker({ regionSlug: "yuhang" }))!;
    expect(tracker.enough).toBe(false);
    expect(tracker.availableYears).toEqual([2020]);
    expect(tracker.message).toMatch(/只有2020年的报告.*相邻两年/);
    expect(tracker.lines).toEqual([]);
  });
});
