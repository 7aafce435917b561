import { expect, test } from "@playwright/test";

test("a sentence anchor URL scrolls to the sentence and highlights it", async ({ page }) => {
  await page.goto("/reports/xihu-2012#s-12");
  const sentence = page.locator("#s-12");
  await expect(sentence).toBeInViewport();
  const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe("rgb(254, 240, 138)");
  // Another sentence is not highlighted.
  const other = await page.locator("#s-13").evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(other).not.toBe("rgb(254, 240, 138)");
});

test("the reader shows headings, an outline and the original text on demand", async ({ page }) => {
  await page.goto("/reports/yuhang-2020");
  await expect(page.getByRole("heading", { name: /2019年工作回顾/ })).toBeVisible();
  const outline = page.locator("aside");
  await expect(outline.getByRole("link", { name: /2019年工作回顾/ })).toBeVisible();
  await page.getByRole("link", { name: /查看原文/ }).click();
  await expect(page).toHaveURL(/original=1/);
  // The original keeps the web footer that the reading view removes.
  await expect(page.locator("pre")).toContainText("本文内容由互联网用户自发贡献");
  await expect(page.locator("pre")).toContainText("习近平习近平习近平级景区村庄");
});

test("an unknown report gives a 404 page with a way back", async ({ page }) => {
  const response = await page.goto("/reports/no-such-report");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "找不到这份报告" })).toBeVisible();
  await page.getByRole("link", { name: /返回报告库/ }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the reader marks kinds and indicators, explains a label, and filters by kind through the URL", async ({ page }) => {
  await page.goto("/reports/yuhang-2020");
  const tableRows = page.locator("#indicators + div table tbody tr");
  const allRows = await tableRows.count();
  // Kinds are shown with a label, not only a colour.
  const goal = page.locator("[data-kind='goal']").first();
  await expect(goal).toContainText("目标");
  await expect(page.locator("[data-kind='achievement']").first()).toContainText("实绩");
  // Indicator numbers are marked with their unit in one piece.
  await expect(page.locator("mark", { hasText: "726.47亿元" })).toHaveCount(1);
  // The reason shows on focus.
  await goal.focus();
  await expect(goal.getByRole("tooltip")).toBeVisible();
  await expect(goal.getByRole("tooltip")).toContainText("依据");

  await page.getByRole("link", { name: /◎ 目标/ }).click();
  await expect(page).toHaveURL(/\/reports\/yuhang-2020\?kind=goal$/);
  const kinds = await page.locator("p [data-kind]").evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")));
  expect(kinds.length).toBeGreaterThan(3);
  expect(new Set(kinds)).toEqual(new Set(["goal"]));
  await page.reload();
  await expect(page.getByRole("link", { name: /◎ 目标/ })).toHaveAttribute("aria-current", "page");
  expect(await page.locator("p [data-kind='achievement']").count()).toBe(0);
  // The indicator table follows the filter: fewer rows than the whole report's, each from a goal sentence (性质 column).
  const kindCells = await tableRows.locator("td:nth-child(4)").allTextContents();
  expect(kindCells.length).toBeGreaterThan(0);
  expect(kindCells.length).toBeLessThan(allRows);
  for (const cell of kindCells) expect(cell.trim()).toMatch(/· 目标$/);
});
