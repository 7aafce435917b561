// Issue 13.10 / 15 leftover: the compare page's report pickers are the searchable picker (the combobox of 011b), which
// asks the server (GET /api/reports) instead of carrying a list of options. Typing pinyin initials finds a report, a pick
// writes the URL (keeping the view's other params) and the comparison opens; at 390 px too; axe finds nothing serious.
import { expect, test } from "@playwright/test";
import { seriousViolations } from "../support/axe";

test("the API finds reports by pinyin initials and a year", async ({ request }) => {
  const body = await (await request.get(`/api/reports?q=${encodeURIComponent("yh 2020")}`)).json();
  expect(body.matches.map((m: { slug: string }) => m.slug).sort()).toEqual(["yuhang-2020", "yuhang-2020-news"]);
  expect(body.total).toBe(2);
  const none = await (await request.get("/api/reports?q=")).json();
  expect(none).toMatchObject({ total: 0, matches: [] });
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`typing pinyin initials picks a report and opens the comparison at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/compare/yuhang-2020-news/yuhang-2020?only=changed");
    // No long select of reports in the page any more.
    await expect(page.locator("select[aria-label='右侧报告']")).toHaveCount(0);
    if (viewport.width < 768) await page.getByRole("button", { name: /报告与筛选/ }).click();
    const right = page.getByRole("combobox", { name: "右侧报告" });
    await expect(right).toHaveValue(/余杭区2020/);
    await right.fill("sc");
    const option = page.getByRole("option", { name: /上城区2020/ });
    await expect(option).toBeVisible();
    // The popup stays on screen on a phone.
    const box = (await page.getByRole("listbox", { name: "右侧报告：候选" }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(await seriousViolations(page)).toEqual([]);
    await right.press("ArrowDown");
    await expect(right).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
    await right.press("Enter");
    await page.waitForURL("**/compare/yuhang-2020-news/shangcheng-2020?only=changed");
    await expect(page.locator("main h1")).toContainText("上城区");

    // The left side by initials and a year, with a click.
    if (viewport.width < 768) await page.getByRole("button", { name: /报告与筛选/ }).click();
    const left = page.getByRole("combobox", { name: "左侧报告" });
    await left.fill("xh2012");
    await page.getByRole("option", { name: /西湖区2012/ }).click();
    await page.waitForURL("**/compare/xihu-2012/shangcheng-2020?only=changed");
    await expect(page.locator("main h1")).toContainText("西湖区");
  });
}

test("with JavaScript, 查找 lists the matches in place as the no-JS form does, and a listed match opens the comparison", async ({ page }) => {
  await page.goto("/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal");
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const right = page.getByRole("combobox", { name: "右侧报告" });
  await right.fill("xh");
  // The combobox offers it while typing (the page is hydrated); 查找 instead asks the page for the list.
  await expect(page.getByRole("option", { name: /西湖区2012/ })).toBeVisible();
  await page.getByRole("search", { name: "查找右侧报告" }).getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2020\?l=achievement&r=goal&rfind=xh$/);
  const results = page.getByRole("region", { name: "右侧报告：“xh”的结果" });
  await results.getByRole("link", { name: /西湖区2012/ }).click();
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/xihu-2012\?l=achievement&r=goal$/);
  await expect(page.locator("main h1")).toContainText("西湖区");
  // Client navigations all the way: the page was never reloaded.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});
