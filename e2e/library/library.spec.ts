import { expect, test } from "@playwright/test";

test("the library lists the five seed reports grouped by region", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /报告库/ })).toBeVisible();
  for (const region of ["余杭区", "上城区", "西湖区", "杭州市"]) {
    await expect(page.getByRole("heading", { name: region, level: 2 })).toBeVisible();
  }
  const cards = page.locator("main ul li a[href^='/reports/']");
  await expect(cards).toHaveCount(5);
  // Warnings are shown where the text has them: 000 is truncated and had the artefact repaired.
  const yuhang = page.locator("li", { has: page.locator("a[href='/reports/yuhang-2020']") });
  await expect(yuhang).toContainText("文本不完整");
  await expect(yuhang).toContainText("已修复字符替换");
  await expect(yuhang).toContainText(/\d+ 句/);
});

test("every seed report opens from the library", async ({ page }) => {
  await page.goto("/");
  const hrefs = await page.locator("main a[href^='/reports/']").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs).toHaveLength(5);
  for (const href of hrefs) {
    const response = await page.goto(href!);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1")).not.toBeEmpty();
    expect(await page.locator("[id^='s-']").count()).toBeGreaterThan(10);
  }
});
