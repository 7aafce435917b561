import { expect, test } from "@playwright/test";

const SEED_SLUGS = ["yuhang-2020", "yuhang-2020-news", "hangzhou-2021-excerpt", "shangcheng-2020", "xihu-2012"];

test("the library lists the five seed reports grouped by region", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: /报告库/ })).toBeVisible();
  for (const region of ["余杭区", "上城区", "西湖区", "杭州市"]) {
    await expect(page.getByRole("heading", { name: region, level: 2 })).toBeVisible();
  }
  // Other specs may import more reports into the same database: check the five seeds by their URLs.
  for (const slug of SEED_SLUGS) await expect(page.locator(`main li a[href='/reports/${slug}']`)).toHaveCount(1);
  // Warnings are shown where the text has them: 000 is truncated and had the artefact repaired.
  const yuhang = page.locator("li", { has: page.locator("a[href='/reports/yuhang-2020']") });
  await expect(yuhang).toContainText("文本不完整");
  await expect(yuhang).toContainText("已修复字符替换");
  await expect(yuhang).toContainText(/\d+ 句/);
});

test("every seed report opens from the library", async ({ page }) => {
  await page.goto("/");
  for (const href of SEED_SLUGS.map((slug) => `/reports/${slug}`)) {
    await page.goto("/");
    await page.locator(`main a[href='${href}']`).click();
    await expect(page).toHaveURL(href);
    await expect(page.locator("h1")).not.toBeEmpty();
    await expect(page.locator("[id^='s-']").nth(10)).toBeAttached();
  }
});
