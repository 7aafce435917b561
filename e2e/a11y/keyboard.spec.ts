import { expect, test } from "@playwright/test";

test("the first Tab reaches a skip link that jumps to the content, with a visible focus ring", async ({ page }) => {
  await page.goto("/compare/yuhang-2020-news/yuhang-2020");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: /跳到正文/ });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator("main")).toBeFocused();
  // A focused control shows a ring of at least 2 px.
  const button = page.getByRole("button", { name: /下一处/ });
  await button.focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await expect(button).toBeFocused();
  const width = await button.evaluate((el) => parseFloat(getComputedStyle(el).outlineWidth));
  expect(width).toBeGreaterThanOrEqual(2);
});

test("the reader's text is one tab stop; arrow keys move between sentences and show each reason", async ({ page }) => {
  await page.goto("/reports/yuhang-2020");
  const text = page.getByRole("group", { name: /报告正文/ });
  const stops = await text.evaluate((el) => [...el.querySelectorAll<HTMLElement>("[data-kind]")].filter((s) => s.tabIndex >= 0).length);
  const sentences = await text.locator("[data-kind]").count();
  expect(sentences).toBeGreaterThan(50);
  expect(stops).toBe(1);
  const first = text.locator("[data-kind]").first();
  await first.focus();
  await page.keyboard.press("ArrowDown");
  const second = text.locator("[data-kind]").nth(1);
  await expect(second).toBeFocused();
  await expect(second.getByRole("tooltip")).toBeVisible();
  await page.keyboard.press("ArrowUp");
  await expect(first).toBeFocused();
});

test("inserted and deleted text are marked by more than colour", async ({ page }) => {
  await page.goto("/compare/yuhang-2020-news/yuhang-2020?only=changed");
  const ins = page.locator("#compare-rows ins").first();
  const del = page.locator("#compare-rows del").first();
  await expect(ins).toBeVisible();
  expect(await ins.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");
  expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("line-through");
  // A marker for screen readers that is no part of the text (copy, find-in-page).
  expect(await ins.evaluate((el) => getComputedStyle(el, "::before").content)).toContain("新增");
  expect(await del.evaluate((el) => getComputedStyle(el, "::before").content)).toContain("删除");
  expect(await ins.textContent()).not.toContain("新增］");
});

test("a linked sentence becomes the text's tab stop", async ({ page }) => {
  await page.goto("/reports/xihu-2012#s-12");
  const text = page.getByRole("group", { name: /报告正文/ });
  await expect(text.locator("#s-12")).toHaveAttribute("tabindex", "0");
  const stops = await text.evaluate((el) => [...el.querySelectorAll<HTMLElement>("[data-kind]")].filter((s) => s.tabIndex >= 0).map((s) => s.id));
  expect(stops).toEqual(["s-12"]);
});
