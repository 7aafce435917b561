import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";

/** Yuhang 2020 (the seed) plus 2021 and 2022 (fixtures derived from it); already there if another spec imported them. */
async function ensureThreeYears(page: Page) {
  await page.goto("/import");
  await page.getByLabel(/上传文件/).setInputFiles([path.join(__dirname, "../fixtures/yuhang-2021.txt"), path.join(__dirname, "../fixtures/yuhang-2022.txt")]);
  await page.getByRole("button", { name: /导入/ }).click();
  await expect(page.getByRole("list", { name: "导入结果" }).locator("li")).toHaveCount(2);
}

type Side = { display: string; value: number; href: string; sentence: string | null };
type Cell = { year: number; status: string; reason: string; target: Side; result: Side | null; compareHref: string };

test("the tracker's Excel download holds every target and every year, cell by cell as the JSON API gives them", async ({ page, request }) => {
  await ensureThreeYears(page);
  await page.goto("/regions/yuhang/tracker");
  const json = await (await request.get("/api/tracker?region=yuhang")).json();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: /下载 Excel/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("duizhao_tracker_yuhang.xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await file.path())!);
  expect(book.worksheets.map((s) => s.name)).toEqual(["概况 Summary", "目标与实绩 Targets", "年度合计 Years", "五年规划 Periods"]);
  // 2021 opens 十四五: one row that says it awaits the 2026 review, as the JSON's periods do.
  const periods = book.getWorksheet("五年规划 Periods")!;
  const periodKeys = (periods.getRow(2).values as string[]).slice(1);
  expect(periods.rowCount).toBe(2 + json.periods.length);
  for (const [i, p] of (json.periods as { name: string; state: string; note: string }[]).entries()) {
    const row = periods.getRow(i + 3);
    expect([row.getCell(periodKeys.indexOf("period") + 1).value, row.getCell(periodKeys.indexOf("state") + 1).value, row.getCell(periodKeys.indexOf("note") + 1).value]).toEqual([p.name, p.state, p.note]);
  }

  const summary = book.getWorksheet("概况 Summary")!;
  const summaryValue = (key: string) => {
    for (let n = 1; n <= summary.rowCount; n++) if (summary.getRow(n).getCell(1).value === key) return summary.getRow(n).getCell(3).value;
    return undefined;
  };
  expect(summaryValue("totals.targets")).toBe(json.totals.targets);
  expect(summaryValue("totals.missed")).toBe(json.totals.missed);

  // Row 1: Chinese headers; row 2: the column keys; then one row per target, ordered by year then line.
  const targets = book.getWorksheet("目标与实绩 Targets")!;
  const keys = (targets.getRow(2).values as string[]).slice(1);
  const at = (row: ExcelJS.Row, key: string) => {
    const v = row.getCell(keys.indexOf(key) + 1).value;
    return v && typeof v === "object" && "text" in v ? v.text : v;
  };
  const cells = (json.lines as { key: string; cells: Cell[] }[])
    .flatMap((l) => l.cells.map((c) => ({ key: l.key, ...c })))
    .sort((a, b) => a.year - b.year || a.key.localeCompare(b.key));
  expect(cells.length).toBeGreaterThan(3);
  expect(targets.rowCount).toBe(2 + cells.length);
  const origin = new URL(page.url()).origin;
  for (const [i, c] of cells.entries()) {
    const row = targets.getRow(i + 3);
    expect(at(row, "year")).toBe(c.year);
    expect(at(row, "line")).toBe(c.key);
    expect(at(row, "target")).toBe(c.target.display);
    expect(at(row, "target_value")).toBe(c.target.value);
    expect(at(row, "result_value")).toBe(c.result ? c.result.value : null);
    expect(at(row, "status")).toBe(c.status);
    expect(at(row, "reason")).toBe(c.reason);
    expect(at(row, "target_url")).toBe(`${origin}${c.target.href}`);
  }

  const years = book.getWorksheet("年度合计 Years")!;
  const yearKeys = (years.getRow(2).values as string[]).slice(1);
  expect(years.rowCount).toBe(2 + json.years.length);
  for (const [i, y] of (json.years as { year: number; totals: Record<string, number> }[]).entries()) {
    const row = years.getRow(i + 3);
    expect(row.getCell(yearKeys.indexOf("year") + 1).value).toBe(y.year);
    for (const k of ["targets", "kept", "met", "exceeded", "missed", "dropped"]) expect(row.getCell(yearKeys.indexOf(k) + 1).value).toBe(y.totals[k]);
  }
});
