// The compare page's report pickers without JavaScript (decision 013c): each side's field is a search in a plain GET form
// (lfind / rfind, the view's params kept as hidden fields); the server lists the matches as links to the comparison with
// that side changed. Two picks land on the right comparison URL, with the view's kinds kept, at both widths; the
// 对照 picker's old ?left=&right= still redirects. The JavaScript path is e2e/compare/report-picker.spec.ts.
import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`two searches and two links open the comparison at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal");
    // No script runs: on a phone the fold's button (which needs one) is hidden and the fields are shown.
    await expect(page.getByRole("button", { name: /报告与筛选/ })).toBeHidden();
    const left = page.getByRole("combobox", { name: "左侧报告" });
    await expect(left).toBeVisible();
    await expect(left).toHaveValue(/余杭区2020/);

    // Left: pinyin initials and a year, sent with Enter.
    await left.fill("xh2012");
    await left.press("Enter");
    await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2020\?l=achievement&r=goal&lfind=xh2012$/);
    const leftResults = page.getByRole("region", { name: "左侧报告：“xh2012”的结果" });
    await expect(leftResults).toContainText("找到 1 份报告");
    await expect(page.getByRole("combobox", { name: "左侧报告" })).toHaveValue("xh2012");
    await leftResults.getByRole("link", { name: /西湖区2012/ }).click();
    await expect(page).toHaveURL(/\/compare\/xihu-2012\/yuhang-2020\?l=achievement&r=goal$/);
    await expect(page.locator("main h1")).toContainText("西湖区");
    await expect(page.getByRole("region", { name: /的结果$/ })).toHaveCount(0);

    // Right: a region's name, sent with the 查找 button; both 上城 reports' matches are links, the right one is taken.
    const right = page.getByRole("combobox", { name: "右侧报告" });
    await expect(right).toHaveValue(/余杭区2020/);
    await right.fill("上城");
    await page.getByRole("search", { name: "查找右侧报告" }).getByRole("button", { name: "查找" }).click();
    await expect(page).toHaveURL(/\/compare\/xihu-2012\/yuhang-2020\?l=achievement&r=goal&rfind=/);
    const rightResults = page.getByRole("region", { name: "右侧报告：“上城”的结果" });
    const links = rightResults.getByRole("link", { name: /上城区/ });
    expect(await links.count()).toBeGreaterThanOrEqual(1);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/compare\/xihu-2012\/shangcheng-[\w-]+\?l=achievement&r=goal$/);
    await rightResults.getByRole("link", { name: /上城区2020/ }).click();
    await expect(page).toHaveURL(/\/compare\/xihu-2012\/shangcheng-2020\?l=achievement&r=goal$/);
    await expect(page.locator("main h1")).toContainText("西湖区");
    await expect(page.locator("main h1")).toContainText("上城区");
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}

test("a search that finds nothing says so and keeps the comparison; 取消 drops the search", async ({ page }) => {
  await page.goto("/compare/yuhang-2020-news/yuhang-2020?only=changed&lfind=%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA");
  const results = page.getByRole("region", { name: "左侧报告：“没有这个”的结果" });
  await expect(results).toContainText("没有找到“没有这个”");
  await expect(results.getByRole("link", { name: "取消" })).toHaveAttribute("href", "/compare/yuhang-2020-news/yuhang-2020?only=changed");
  await expect(page.locator("main h1")).toContainText("新闻");
});

test("the 对照 picker's old ?left=&right= URL still opens the comparison", async ({ page }) => {
  await page.goto("/compare?left=xihu-2012&right=shangcheng-2020&l=achievement");
  await expect(page).toHaveURL(/\/compare\/xihu-2012\/shangcheng-2020\?l=achievement$/);
  await expect(page.locator("main h1")).toContainText("上城区");
});
