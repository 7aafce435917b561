import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { openIndicatorTable } from "../support/indicator-table";

const NEWS_VS_REPORT = "/compare/yuhang-2020-news/yuhang-2020";

test("a compare URL opened cold shows the same view: filters, sticky names and the hash highlight", async ({ page }) => {
  await page.goto(`${NEWS_VS_REPORT}?only=changed&collapse=0#i-fiscal-total-revenue-level`);
  // An id from before ids were stable is not in the page: it loads once more with ?at= and lands on the pair's new id.
  // Wait for that landing before reading the page, or the reading races the reload.
  await expect(page).toHaveURL(/[?&]at=i-fiscal-total-revenue-level[^#]*#i-fiscal-total-revenue-level-l\d+$/);
  await expect(page).toHaveTitle(/余杭区2020 新闻报道 全文 vs 余杭区2020 全文 — Duizhao/);
  await expect(page.getByLabel("行筛选")).toHaveValue("changed");
  await expect(page.getByRole("checkbox", { name: "折叠相同行" })).not.toBeChecked();
  const rows = page.locator("#compare-rows li.row-item");
  expect(await rows.count()).toBeGreaterThan(0);
  for (const status of await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-status")))) expect(status).toBe("changed");
  // The linked indicator (an id from before ids were stable: mapped to its pair's id now) is highlighted and shows the
  // figures that differ between article and report.
  await expect(page).toHaveURL(/#i-fiscal-total-revenue-level-l\d+$/);
  const linked = page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`);
  await expect(linked).toHaveClass(/is-target/);
  await expect(linked).toContainText("723.2亿元");
  await expect(linked).toContainText("726.47亿元");
  // Open Graph preview.
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /余杭区2020 新闻报道 全文 vs 余杭区2020 全文/);
});

test("changing a filter writes the URL, and swap exchanges the sides", async ({ page }) => {
  await page.goto(NEWS_VS_REPORT);
  await page.getByLabel("行筛选").selectOption("unmatched");
  await expect(page).toHaveURL(/\?only=unmatched$/);
  await page.getByRole("button", { name: /交换/ }).click();
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2020-news\?only=unmatched$/);
  await page.getByLabel("左侧句子类型").selectOption("goal");
  await expect(page).toHaveURL(/\?l=goal&only=unmatched$/);
});

test("keyboard navigation moves between changes", async ({ page }) => {
  await page.goto("/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal");
  // Changed rows only: unmatched rows are no stops (issue 13; before, every row not `same` was one).
  const changes = await page.locator("#compare-rows li.row-item[data-status='changed']").evaluateAll((els) => els.map((e) => e.id));
  expect(changes.length).toBeGreaterThan(2);
  await page.locator("h1").click();
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`#${changes[0]}$`));
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`#${changes[1]}$`));
  await expect(page.locator(`#${changes[1]}`)).toHaveClass(/is-target/);
  await page.keyboard.press("k");
  await expect(page).toHaveURL(new RegExp(`#${changes[0]}$`));
  await page.getByRole("button", { name: /下一处/ }).click();
  await expect(page).toHaveURL(new RegExp(`#${changes[1]}$`));
});

test("the indicator CSV export matches the table on the page", async ({ page }) => {
  await page.goto(NEWS_VS_REPORT);
  await openIndicatorTable(page);
  const ids = await page.locator("table.indicator-table tbody tr").evaluateAll((els) => els.map((e) => e.id));
  expect(ids.length).toBeGreaterThan(3);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "对照表 CSV" }).click();
  const file = await (await download).path();
  const lines = readFileSync(file, "utf8").replace(/^\uFEFF/, "").trim().split(/\r\n/);
  expect(lines[0].split(",")[0]).toBe("id");
  expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(ids);
  expect(lines.join("\n")).toContain("723.2亿元");
});

test("the library offers the natural comparisons", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /余杭区2020：2019年实绩 vs 2020年目标/ }).click();
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2020\?l=achievement&r=goal$/);
  await openIndicatorTable(page);
  await expect(page.locator("table.indicator-table")).toContainText("7.5%");
});
