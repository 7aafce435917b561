import { expect, test, type Page } from "@playwright/test";

// The region picker searches every division of China (GB/T 2260, ~3,400 units), not only the regions with reports.
const picker = (page: Page, name = "查找地区") => page.getByRole("combobox", { name });
/** The picker's own options (a compare page's selects have options too). */
const matches = (page: Page, name = "查找地区") => page.getByRole("listbox", { name: `${name}：候选` }).getByRole("option");

test("typing yh, 余杭 or yuhang offers 余杭区 under 杭州市, and picking it writes ?region=yuhang", async ({ page }) => {
  for (const query of ["yh", "余杭", "yuhang"]) {
    await page.goto("/");
    const box = picker(page);
    await box.fill(query);
    await expect(box).toHaveAttribute("aria-expanded", "true");
    const first = matches(page).first();
    await expect(first).toContainText("杭州市");
    await expect(first).toContainText("余杭区");
    await expect(first).toContainText(/\d+ 份报告/);
    await expect(page.getByRole("status").filter({ hasText: "找到" })).toContainText(/找到 \d+ 个地区/);
    // Keyboard: the arrow marks the option (aria-activedescendant), Enter picks it.
    await box.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    await box.press("Enter");
    await expect(page).toHaveURL(/\/\?region=yuhang$/);
    await expect(page.getByRole("heading", { name: "余杭区", level: 2 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "上城区", level: 2 })).toHaveCount(0);
  }
});

test("the picker finds regions without reports among all of China's, and Escape closes it", async ({ page, request }) => {
  const api = await (await request.get("/api/regions?q=yh&limit=50")).json();
  expect(api.total).toBeGreaterThan(10); // 余杭, 盐湖, 永和, 宜黄…: initials match across the whole country
  expect(api.matches[0]).toMatchObject({ slug: "yuhang", name: "余杭区", parents: ["浙江省", "杭州市"] });
  await page.goto("/");
  const box = picker(page);
  await box.fill("南昌西湖");
  const option = matches(page).first();
  await expect(option).toContainText("江西省 南昌市");
  await expect(option).toContainText("暂无报告");
  await box.press("Escape");
  await expect(page.getByRole("listbox")).toBeHidden();
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.press("Escape");
  await expect(box).toHaveValue("");
  // A picked region without reports says so, and offers the way back.
  await page.goto("/?region=nanchang-xihu");
  await expect(page.getByText("还没有报告")).toBeVisible();
  await expect(page.getByRole("link", { name: "显示全部地区" })).toHaveAttribute("href", "/");
});

test("on the compare picker a region narrows that side's report search, and the old links still redirect", async ({ page }) => {
  await page.goto("/compare");
  // With JavaScript the report fields are the searchable picker, not selects.
  await expect(page.locator("select[name=left]")).toHaveCount(0);
  const box = picker(page, "左侧地区");
  await box.fill("yuhang");
  await expect(matches(page, "左侧地区").first()).toContainText("杭州市");
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/compare\?lregion=yuhang$/);
  // The left side searches within 余杭区 only: 2020 finds its report and its news, not 上城区's 2020 report.
  const left = picker(page, "左侧报告");
  await left.fill("2020");
  const found = matches(page, "左侧报告");
  await expect(found).toHaveCount(2);
  for (const text of await found.allTextContents()) expect(text).toContain("余杭");
  await found.filter({ hasNotText: "新闻" }).click();
  await expect(left).toHaveValue("余杭区2020");
  // The right side searches everywhere, by initials and year.
  const right = picker(page, "右侧报告");
  await right.fill("yh2020");
  await matches(page, "右侧报告").filter({ hasNotText: "新闻" }).click();
  await page.getByLabel("左侧句子类型").selectOption("achievement");
  await page.getByLabel("右侧句子类型").selectOption("goal");
  await page.getByRole("button", { name: "开始对照" }).click();
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2020\?l=achievement&r=goal$/);
  // A link shared before the picker existed.
  await page.goto("/compare?left=yuhang-2020&right=yuhang-2020&l=achievement&r=goal");
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2020\?l=achievement&r=goal$/);
});

test("at 390 px the matches fit the screen and the page does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await picker(page).fill("yh");
  const options = matches(page);
  await expect(options.first()).toContainText("余杭区");
  for (const option of (await options.all()).slice(0, 5)) {
    const box = (await option.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search field submits, the server lists the matches with their parents, and a match filters the library", async ({ page }) => {
    await page.goto("/");
    await picker(page).fill("yh");
    await picker(page).press("Enter");
    await expect(page).toHaveURL(/\/\?rq=yh$/);
    const results = page.getByRole("region", { name: "查找地区：结果" });
    await expect(results).toContainText(/找到 \d+ 个地区/);
    const first = results.getByRole("listitem").first();
    await expect(first).toContainText("浙江省 杭州市");
    await first.getByRole("link", { name: "余杭区" }).click();
    await expect(page).toHaveURL(/\/\?region=yuhang$/);
    await expect(page.getByRole("heading", { name: "余杭区", level: 2 })).toBeVisible();
  });

  test("the compare picker's region search keeps the other side's region", async ({ page }) => {
    await page.goto("/compare?rregion=hangzhou");
    await picker(page, "左侧地区").fill("余杭");
    await picker(page, "左侧地区").press("Enter");
    await expect(page).toHaveURL(/\/compare\?rregion=hangzhou&lq=%E4%BD%99%E6%9D%AD$/);
    await page.getByRole("region", { name: "左侧地区：结果" }).getByRole("link", { name: "余杭区" }).click();
    await expect(page).toHaveURL(/\/compare\?lregion=yuhang&rregion=hangzhou$/);
    const leftOptions = page.getByLabel("左侧报告").locator("option");
    for (const text of await leftOptions.allTextContents()) expect(text).toContain("余杭");
    // The right side lists 杭州市 and every district within it.
    expect(await page.getByLabel("右侧报告").locator("option").count()).toBeGreaterThan(await leftOptions.count());
    // Without JavaScript the selects submit as before.
    await page.getByLabel("左侧报告").selectOption("yuhang-2020");
    await page.getByLabel("右侧报告").selectOption("shangcheng-2020");
    await page.getByRole("button", { name: "开始对照" }).click();
    await expect(page).toHaveURL(/\/compare\/yuhang-2020\/shangcheng-2020$/);
  });
});
