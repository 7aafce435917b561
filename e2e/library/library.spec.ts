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
  for (const href of SEED_SLUGS.map((slug) => `/reports/${slug}`)) {
    await page.goto("/");
    await page.locator(`main a[href='${href}']`).click();
    await expect(page).toHaveURL(href);
    await expect(page.locator("h1")).not.toBeEmpty();
    await expect(page.locator("[id^='s-']").nth(10)).toBeAttached();
  }
});

// The comparisons README names as worth opening, linked from the library and from the compare picker: each link
// carries its two reports and sides in the URL (defaults omitted) and opens that comparison.
const QUICK = [
  { name: /余杭区2020：2019年实绩 vs 2020年目标/, href: "/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal" },
  { name: /余杭区2020 新闻报道 vs 余杭区2020/, href: "/compare/yuhang-2020-news/yuhang-2020" },
  { name: /西湖区2012：2011年实绩 vs 2012年目标/, href: "/compare/xihu-2012/xihu-2012?l=achievement&r=goal" },
];

for (const start of ["/", "/compare"]) {
  test(`the quick comparisons on ${start} link the natural pairs and open them`, async ({ page }) => {
    await page.goto(start);
    for (const { name, href } of QUICK) await expect(page.getByRole("link", { name }).first()).toHaveAttribute("href", href);
    await page.getByRole("link", { name: QUICK[0].name }).first().click();
    await expect(page).toHaveURL(QUICK[0].href);
    // Last year's results (left) against this year's targets (right).
    await expect(page.locator("[data-comparison-kind]")).toHaveAttribute("data-comparison-kind", "result-vs-target");
  });
}
