import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";

// The compiled CLI (built by the global setup) on a fresh SQLite file: the seed alone, then two more Yuhang years.
const env = { ...process.env, DATABASE_URL: prepareFreshDatabase("cli_track") };
const duizhao = (...args: string[]) => {
  const run = spawnSync(process.execPath, ["bin/duizhao.js", ...args], { encoding: "utf8", env, timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

describe("npx duizhao track", () => {
  it("says a single year is not enough, and names the year", () => {
    expect(duizhao("import", "seeds/000_6f0d3471dae921c8.txt").code).toBe(0);
    const run = duizhao("track", "yuhang");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("报告年份 2020");
    expect(run.stdout).toMatch(/只有2020年的报告.*相邻两年/);
  });

  it("prints each target against the next year's result, as JSON and as CSV", () => {
    expect(duizhao("import", "e2e/fixtures/yuhang-2021.txt").code).toBe(0);
    const json = JSON.parse(duizhao("track", "yuhang", "--json").stdout);
    expect(json.region).toEqual({ slug: "yuhang", name: "余杭区" });
    expect(json.availableYears).toEqual([2020, 2021]);
    // Read from the texts: the 2020 plan's 地区生产总值增长7.5%, the 2021 report's 预计生产总值增长7.8%以上.
    const target = Number(/地区生产总值增长([\d.]+)%/.exec(readFileSync("seeds/000_6f0d3471dae921c8.txt", "utf8").split("主要预期目标")[1])![1]);
    const result = Number(/预计生产总值增长([\d.]+)%/.exec(readFileSync("e2e/fixtures/yuhang-2021.txt", "utf8"))![1]);
    const gdp = json.lines.find((l: { key: string }) => l.key === "gdp:growth").cells[0];
    expect([gdp.year, gdp.target.value, gdp.result.value]).toEqual([2020, target, result]);
    expect(gdp.status).toBe(result - target >= 0.5 ? "exceeded" : result >= target ? "met" : "missed");
    const csv = duizhao("track", "yuhang", "--csv").stdout.replace(/^\uFEFF/, "").trim().split("\n");
    expect(csv[0].startsWith("year,line,metric,label,target,")).toBe(true);
    expect(csv).toHaveLength(1 + json.totals.targets);
    const years = duizhao("track", "yuhang", "--csv", "--table", "years").stdout;
    expect(years).toContain("2021,awaiting");
    // 2021 opens 十四五: the periods table says it awaits the 2026 review, as the JSON's periods do.
    const periods = duizhao("track", "yuhang", "--csv", "--table", "periods").stdout.replace(/^\uFEFF/, "").trim().split("\n");
    expect(periods[0].startsWith("period,start,end,state,note,target_report,result_report,period_reading,line_name,line,")).toBe(true);
    expect(json.periods.map((p: { name: string; state: string }) => `${p.name},${p.state}`)).toEqual(["十四五,awaiting"]);
    expect(periods.slice(1).map((r) => r.split(",").slice(0, 4).join(","))).toEqual(["十四五,2021,2025,awaiting"]);
  });

  it("writes the tracker as a workbook whose cells are the JSON's", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "duizhao-track-")), "yuhang.xlsx");
    const run = duizhao("track", "yuhang", "--xlsx", file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/wrote .*yuhang\.xlsx/);
    const json = JSON.parse(duizhao("track", "yuhang", "--json").stdout);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet("目标与实绩 Targets")!;
    const keys = (sheet.getRow(2).values as string[]).slice(1);
    const cell = (row: number, key: string) => sheet.getRow(row).getCell(keys.indexOf(key) + 1).value;
    const cells = json.lines.flatMap((l: { key: string; cells: { year: number }[] }) => l.cells.map((c) => ({ key: l.key, ...c })))
      .sort((a: { year: number; key: string }, b: { year: number; key: string }) => a.year - b.year || a.key.localeCompare(b.key));
    expect(cells.length).toBeGreaterThan(0);
    expect(sheet.rowCount).toBe(2 + cells.length);
    for (const [i, c] of cells.entries()) {
      expect(cell(i + 3, "year")).toBe(c.year);
      expect(cell(i + 3, "line")).toBe(c.key);
      expect(cell(i + 3, "target_value")).toBe(c.target.value);
      expect(cell(i + 3, "result_value")).toBe(c.result?.value ?? null);
      expect(cell(i + 3, "status")).toBe(c.status);
      expect(cell(i + 3, "target_url")).toBe(c.target.href); // no site base on the command line: the path
    }
    const years = book.getWorksheet("年度合计 Years")!;
    expect(years.rowCount).toBe(2 + json.years.length);
    expect(years.getRow(3).getCell(1).value).toBe(json.years[0].year);
    const bad = duizhao("track", "yuhang", "--xlsx");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--xlsx takes a file name/);
  });

  it("prints the term trajectories of the region's years, and labels a mixed list", () => {
    const json = JSON.parse(duizhao("terms", "yuhang", "--json").stdout);
    expect(json.reports.map((r: { slug: string }) => r.slug)).toEqual(["yuhang-2020", "yuhang-2021"]);
    expect(json.mixed).toBeNull();
    const gdp = json.terms.find((t: { key: string }) => t.key === "gdp");
    expect(gdp.points[0].count).toBeGreaterThan(0);
    expect(gdp.reason).toContain("每万字");
    expect(duizhao("import", "seeds/004_eb0d6571eb462b03.txt").code).toBe(0);
    const mixed = duizhao("terms", "yuhang", "--reports", "xihu-2012,yuhang-2020");
    expect(mixed.code, mixed.stderr).toBe(0);
    expect(mixed.stdout).toContain("不同地区");
    expect(mixed.stdout).toMatch(/计划生育: [\d.]+ → 0/);
  });

  it("gives one clear error line for an unknown region or table", () => {
    const unknown = duizhao("track", "atlantis");
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr.trim()).toMatch(/^错误 \/ error: no region "atlantis"/);
    const table = duizhao("track", "yuhang", "--csv", "--table", "rows");
    expect(table.code).not.toBe(0);
    expect(table.stderr).toMatch(/--table takes targets, years or periods/);
  });
});
