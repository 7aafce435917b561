import { expect, test } from "@playwright/test";
import { indicatorStatuses, openIndicatorTable } from "../support/indicator-table";

const JUDGED = ["met", "exceeded", "missed", "dropped"];


test("swap of results vs targets never judges this year's targets by last year's results, and says why", async ({ page }) => {
  await page.goto("/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal");
  await expect(page.locator("[data-comparison-kind]")).toContainText("实绩 vs 2020年目标");
  await page.getByRole("button", { name: /交换/ }).click();
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2020\?l=goal&r=achievement$/);
  const kind = page.locator("[data-comparison-kind]");
  await expect(kind).toHaveAttribute("data-comparison-kind", "target-after-result");
  await expect(kind).toContainText("不能用去年的实绩判断今年的目标");
  const statuses = await indicatorStatuses(page);
  expect(statuses.length).toBeGreaterThan(3);
  for (const s of statuses) expect(JUDGED).not.toContain(s);
  for (const tile of ["met", "exceeded", "missed", "dropped", "weakened", "strengthened"])
    await expect(page.locator(`[data-summary="${tile}"]`)).toHaveCount(0);
  await expect(page.locator("table.indicator-table")).not.toContainText(/超额完成|未完成|→ 完成/);
});

test("a news article against its report and two districts' results never show weakened or strengthened promises", async ({ page }) => {
  for (const url of ["/compare/yuhang-2020-news/yuhang-2020", "/compare/yuhang-2020/shangcheng-2020?l=achievement&r=achievement"]) {
    await page.goto(`${url}${url.includes("?") ? "&" : "?"}collapse=0`);
    await expect(page.locator("h1")).toBeVisible();
    await expect(page.locator('[data-summary="weakened"]')).toHaveCount(0);
    await expect(page.locator('[data-summary="met"]')).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText(/承诺减弱：|承诺加强：|限定词减弱|限定词加强/);
  }
});

test("values keep their sign and qualifier; row chips are capped, never years", async ({ page }) => {
  await page.goto("/compare/yuhang-2020-news/yuhang-2020?collapse=0");
  await openIndicatorTable(page);
  const table = page.locator("table.indicator-table");
  await expect(table).toContainText("8%以上");
  await expect(table).toContainText("下降7.71%");
  await page.goto("/compare/xihu-2012/xihu-2012?l=achievement&r=goal&collapse=0");
  await expect(page.locator("h1")).toBeVisible();
  const perRow = await page.locator("li.row-item").evaluateAll((rows) => rows.map((r) => r.querySelectorAll(":scope > div:first-child > .chip").length));
  expect(perRow.length).toBeGreaterThan(5);
  for (const n of perRow) expect(n).toBeLessThanOrEqual(4);
  const chips = await page.locator("li.row-item .chip").allInnerTexts();
  expect(chips.length).toBeGreaterThan(0);
  for (const chip of chips) expect(chip).not.toMatch(/(^|[^\d.])20(\d\d)?年?( |$)|∅ → 20\b/);
});

test("another region's results never judge these targets", async ({ page }) => {
  await page.goto("/compare/yuhang-2020/hangzhou-2021-excerpt?l=goal&r=achievement");
  const kind = page.locator("[data-comparison-kind]");
  await expect(kind).toHaveAttribute("data-comparison-kind", "target-after-result");
  await expect(kind).toContainText("另一地区");
  await expect(page.locator('[data-summary="met"]')).toHaveCount(0);
  for (const s of await indicatorStatuses(page)) expect(JUDGED).not.toContain(s);
});
