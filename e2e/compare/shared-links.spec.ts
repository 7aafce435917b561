import { expect, test } from "@playwright/test";

// URLs saved before issue 13 (README and the e2e suite): same reports, kinds and filters.
test("compare URLs saved before keep their reports, kinds and filters", async ({ page }) => {
  const saved: { url: string; title: RegExp; l: string; r: string; only: string; collapse: boolean }[] = [
    { url: "/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal", title: /余杭区2020 实绩\s*vs\s*余杭区2020 目标/, l: "achievement", r: "goal", only: "", collapse: true },
    { url: "/compare/yuhang-2020-news/yuhang-2020", title: /余杭区2020 新闻报道 全文\s*vs\s*余杭区2020 全文/, l: "all", r: "all", only: "", collapse: true },
    { url: "/compare/xihu-2012/xihu-2012?l=achievement&r=goal", title: /西湖区2012 实绩\s*vs\s*西湖区2012 目标/, l: "achievement", r: "goal", only: "", collapse: true },
    { url: "/compare/yuhang-2020/shangcheng-2020?l=achievement&r=achievement", title: /余杭区2020 实绩\s*vs\s*上城区2020 实绩/, l: "achievement", r: "achievement", only: "", collapse: true },
    { url: "/compare/yuhang-2020-news/yuhang-2020?only=changed&collapse=0", title: /新闻报道/, l: "all", r: "all", only: "changed", collapse: false },
    { url: "/compare/yuhang-2020-news/yuhang-2020?only=unmatched", title: /新闻报道/, l: "all", r: "all", only: "unmatched", collapse: true },
  ];
  for (const s of saved) {
    await page.goto(s.url);
    await expect(page.locator("main h1")).toHaveText(s.title);
    await expect(page.getByLabel("左侧句子类型")).toHaveValue(s.l);
    await expect(page.getByLabel("右侧句子类型")).toHaveValue(s.r);
    await expect(page.getByLabel("行筛选")).toHaveValue(s.only);
    if (s.collapse) await expect(page.getByRole("checkbox", { name: "折叠相同行" })).toBeChecked();
    else await expect(page.getByRole("checkbox", { name: "折叠相同行" })).not.toBeChecked();
    if (s.only === "changed") for (const st of await page.locator("#compare-rows li.row-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")))) expect(st).toBe("changed");
  }
});

test("a topic, a metric and a row or indicator hash still land", async ({ page }) => {
  await page.goto("/compare/yuhang-2020-news/yuhang-2020?q=%E8%B4%A2%E6%94%BF&metric=fiscal-total-revenue#i-fiscal-total-revenue-level");
  await expect(page.getByLabel("按主题筛选")).toHaveValue("财政");
  await expect(page.getByLabel("指标筛选")).toHaveValue("fiscal-total-revenue");
  // Saved before ids were stable: the old id lands on its pair, whose id the URL now carries.
  await expect(page).toHaveURL(/#i-fiscal-total-revenue-level-l\d+$/);
  const pair = page.locator("table.indicator-table tr.is-target");
  await expect(pair).toHaveId(/^i-fiscal-total-revenue-level-l\d+$/);
  await expect(pair).toBeInViewport();
  await expect(page.getByRole("status").filter({ hasText: "已不存在" })).toHaveCount(0);

  await page.goto("/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal");
  const folded = await page.locator("#compare-rows details li.row-item").first().getAttribute("id");
  expect(folded).toBeTruthy();
  await page.goto(`/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal#${folded}`);
  await expect(page.locator(`#${folded}`)).toBeVisible();
  await expect(page.locator(`#${folded}`)).toHaveClass(/is-target/);
});

test("the picker's old query form and the reader's kind=problem still work", async ({ page }) => {
  await page.goto("/compare?left=yuhang-2020&right=yuhang-2020&l=achievement&r=goal");
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2020\?l=achievement&r=goal$/);
  // ?kind=problem (a subtype in kind, before issue 10) opens the same view as ?subtype=problem, the form the page writes now.
  const shown = () => page.locator("[data-kind]:not(h2 [data-kind], h3 [data-kind], h4 [data-kind], h5 [data-kind])").evaluateAll((els) => els.map((e) => `${e.id}:${e.getAttribute("data-kind")}`));
  await page.goto("/reports/yuhang-2020?subtype=problem");
  const current = await shown();
  await page.goto("/reports/yuhang-2020?kind=problem");
  const filters = page.getByRole("navigation", { name: "按类型筛选" });
  await expect(filters.locator("[aria-current='page']")).toContainText("问题");
  const old = await shown();
  expect(old.length).toBeGreaterThan(0);
  expect(old).toEqual(current);
  for (const s of old) expect(s).toMatch(/:problem$/);
  await expect(filters.getByRole("link", { name: /问题/ })).toHaveAttribute("href", "/reports/yuhang-2020?subtype=problem");
});

test("a linked row that the filtered view does not hold gets a notice and a way to it", async ({ page }) => {
  await page.goto("/compare/yuhang-2020-news/yuhang-2020?collapse=0");
  const same = await page.locator("#compare-rows li.row-item[data-status='left-only']").first().getAttribute("id");
  await page.goto(`/compare/yuhang-2020-news/yuhang-2020?only=changed#${same}`);
  const notice = page.getByRole("status").filter({ hasText: "不在当前视图中" });
  await expect(notice).toContainText(`#${same}`);
  await notice.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/compare/yuhang-2020-news/yuhang-2020\\?collapse=0#${same}$`));
  await expect(page.locator(`#${same}`)).toHaveClass(/is-target/);
  await expect(page.getByRole("status").filter({ hasText: "不在当前视图中" })).toHaveCount(0);
});
