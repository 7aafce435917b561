import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../support/parse-csv";

/** Yuhang 2020 (the seed) plus 2021 and 2022 (fixtures derived from it); already there if another spec imported them. */
async function ensureThreeYears(page: Page) {
  await page.goto("/import");
  await page.getByLabel(/上传文件/).setInputFiles([path.join(__dirname, "../fixtures/yuhang-2021.txt"), path.join(__dirname, "../fixtures/yuhang-2022.txt")]);
  await page.getByRole("button", { name: /导入/ }).click();
  await expect(page.getByRole("list", { name: "导入结果" }).locator("li")).toHaveCount(2);
}

const fixture = (name: string) => readFileSync(path.join(__dirname, "../fixtures", name), "utf8");

test("a region with one report says it needs a second year, and which year exists", async ({ page }) => {
  await page.goto("/regions/xihu/tracker");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("承诺追踪");
  await expect(page.getByRole("status").filter({ hasText: "只有2012年的报告" })).toContainText("相邻两年");
  await expect(page.getByTestId("available-years")).toHaveText("2012年");
  await expect(page.getByRole("table", { name: "承诺对照表" })).toHaveCount(0);
});

test("the region page links the tracker, whose cells link to both sentences and to the compare view", async ({ page }) => {
  await ensureThreeYears(page);
  await page.goto("/regions/yuhang");
  await page.getByRole("link", { name: /承诺追踪/ }).click();
  await expect(page).toHaveURL(/\/regions\/yuhang\/tracker$/);
  const matrix = page.getByRole("table", { name: "承诺对照表" });
  await expect(matrix.getByRole("columnheader", { name: "2020年目标" })).toBeVisible();
  await expect(matrix.getByRole("columnheader", { name: "2021年目标" })).toBeVisible();
  // Read from the texts: the 2021 plan's 地区生产总值增长7.4%, the 2022 report's review: 预计生产总值增长X%.
  const target2021 = /地区生产总值增长([\d.]+)%/.exec(fixture("yuhang-2021.txt").split("主要预期目标")[1])![1];
  const result2021 = /预计生产总值增长([\d.]+)%/.exec(fixture("yuhang-2022.txt"))![1];
  const gdp = matrix.locator('tr[data-line="gdp:growth"] td[data-year="2021"]');
  await expect(gdp).toContainText(`${target2021}%`);
  await expect(gdp).toContainText(`${result2021}%`);
  const expected = Number(result2021) >= Number(target2021) ? /完成/ : /未完成/;
  await expect(gdp.locator("[data-status]")).toHaveText(expected);
  const [targetLink, resultLink] = await gdp.getByRole("link", { name: /^(目标|实绩) / }).all();
  await expect(targetLink).toHaveAttribute("href", /^\/reports\/yuhang-2021#s-\d+$/);
  await expect(resultLink).toHaveAttribute("href", /^\/reports\/yuhang-2022#s-\d+$/);
  // The reason beside the chart is the compare view's, and its badge opens that view at the indicator.
  const row = page.locator('figure[data-line="gdp:growth"] tr[data-year="2021"]');
  await expect(row).toContainText("→");
  const compare = row.getByRole("link").filter({ has: page.locator("[data-status]") });
  const href = (await compare.getAttribute("href"))!;
  // ?at= names the pair for the server (the 对照表 is folded), the hash for the browser.
  expect(href).toMatch(/^\/compare\/yuhang-2021\/yuhang-2022\?l=goal&r=achievement&at=(i-gdp-growth[^#]*)#\1$/);
  await compare.click();
  await expect(page.locator("[data-comparison-kind]")).toHaveAttribute("data-comparison-kind", "target-vs-result");
  // The linked pair is shown at once, in the opened table: the page does not reload itself to find it.
  await expect(page.locator(`tr[id="${href.split("#")[1]}"]`)).toBeVisible();
  await page.goBack();
  await targetLink.click();
  await expect(page).toHaveURL(/\/reports\/yuhang-2021#s-\d+$/);
  const id = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${id}"]`)).toContainText(`${target2021}%`);
});

test("the per-year totals add up, and the chart data downloads as CSV with the JSON API's figures", async ({ page, request }) => {
  await ensureThreeYears(page);
  await page.goto("/regions/yuhang/tracker");
  const json = await (await request.get("/api/tracker?region=yuhang")).json();
  const cells = json.lines.flatMap((l: { cells: unknown[] }) => l.cells) as { year: number; status: string; target: { display: string; href: string } }[];
  const kept = cells.filter((c) => c.year === 2020 && (c.status === "met" || c.status === "exceeded")).length;
  await expect(page.locator('table[aria-label="逐年兑现情况数据表"] tr[data-year="2020"] td').first()).toHaveText(String(kept));
  await expect(page.locator('table[aria-label="逐年兑现情况数据表"] tr[data-year="2022"]')).toContainText("尚无2023年报告");
  const download = page.waitForEvent("download");
  await page.locator('figure[data-line="gdp:growth"]').getByRole("link", { name: "CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("duizhao_tracker_yuhang_gdp_growth.csv");
  const csv = parseCsv(readFileSync((await file.path())!, "utf8"));
  const head = csv[0];
  const gdp = json.lines.find((l: { key: string }) => l.key === "gdp:growth").cells as typeof cells;
  expect(gdp.length).toBeGreaterThanOrEqual(2);
  expect(csv).toHaveLength(1 + gdp.length);
  for (const [i, c] of gdp.entries()) {
    const record = csv[i + 1];
    expect(record[head.indexOf("year")]).toBe(String(c.year));
    expect(record[head.indexOf("status")]).toBe(c.status);
    expect(record[head.indexOf("target")]).toBe(c.target.display);
    expect(record[head.indexOf("target_url")]).toBe(c.target.href);
  }
});

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  test(`the tracker and its charts are readable at ${viewport.width} px`, async ({ page }) => {
    await ensureThreeYears(page);
    await page.setViewportSize(viewport);
    await page.goto("/regions/yuhang/tracker");
    const charts = page.getByRole("img", { name: /图表|柱状图/ });
    // count() does not wait: poll until the charts are in the page (a first visit may still be computing a year pair).
    await expect.poll(() => charts.count()).toBeGreaterThan(2);
    // No sideways scroll of the page (the wide matrix scrolls inside its own box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    for (const chart of await charts.all()) {
      await chart.scrollIntoViewIfNeeded();
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeGreaterThan(200);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      // Axis labels and legend at least 10 px tall on screen.
      const heights = await chart.evaluate((el) => [...el.querySelectorAll("svg text")].map((t) => t.getBoundingClientRect().height).filter((h) => h > 0));
      expect(heights.length).toBeGreaterThan(3);
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(10);
    }
    // Every chart has its data table beside it, with the same years.
    const gdp = page.locator('figure[data-line="gdp:growth"]');
    const chart = gdp.getByRole("img", { name: /图表/ });
    await expect(chart).toBeVisible();
    await expect(gdp.getByRole("table")).toBeVisible();
    await expect(gdp.getByRole("table").locator("tbody tr")).toHaveCount(3);
    const labels = await chart.evaluate((el) => [...el.querySelectorAll("svg text")].map((t) => t.textContent));
    for (const year of ["2020", "2021"]) expect(labels).toContain(year);
    await expect(chart).toHaveAttribute("aria-label", /地区生产总值/);
  });
}
