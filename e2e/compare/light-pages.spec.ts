import { expect, test } from "@playwright/test";
import { openIndicatorTable } from "../support/indicator-table";

// Issue 13 point 6 and "shared links": light first responses, stable row and indicator ids, old links still landing.
const BUDGET = 200 * 1024;
const SEEDED = [
  "/compare/xihu-2012/xihu-2012?l=achievement&r=goal",
  "/compare/yuhang-2020/shangcheng-2020?l=achievement&r=achievement",
  "/compare/yuhang-2020-news/yuhang-2020",
];
const NEWS_UNFOLDED = "/compare/yuhang-2020-news/yuhang-2020?collapse=0";
const rowIds = (page: import("@playwright/test").Page) => page.locator("#compare-rows li.row-item").evaluateAll((els) => els.map((e) => e.id));

for (const url of SEEDED) {
  test(`the first response of ${url} is at most 200 KB of HTML, and its folded 对照表 loads after it`, async ({ page, request }) => {
    const res = await request.get(url);
    expect(res.status()).toBe(200);
    const body = await res.body();
    expect(body.length).toBeLessThanOrEqual(BUDGET);
    // The folded table's pairs are not in the first response (they are fetched after load: on opening, or when the
    // browser is idle, for printing).
    expect(body.toString("utf8")).not.toMatch(/<tr id="i-/);

    await page.goto(url);
    const summary = page.locator("details#indicator-table > summary");
    const total = Number((await summary.textContent())!.match(/全部 (\d+) 项/)![1]);
    expect(total).toBeGreaterThan(0);
    // Opened, every pair of the view (up to a table page) is there.
    await openIndicatorTable(page);
    await expect(page.locator("table.indicator-table tbody tr[data-status]")).toHaveCount(Math.min(total, 150));
  });
}

test("row ids name the row's two sentences, and a link with such an id lands", async ({ page }) => {
  await page.goto("/compare/xihu-2012/xihu-2012?l=achievement&r=goal");
  const row = page.locator("#compare-rows li.row-item[data-status='changed']").first();
  const id = (await row.getAttribute("id"))!;
  const [, l, r] = /^r-(\d+)-(\d+)$/.exec(id)!;
  // Each side's link to its sentence names the same sentence as the id.
  const sources = await row.locator("a.row-src").evaluateAll((els) => els.map((e) => e.getAttribute("href")));
  expect(sources).toEqual([`/reports/xihu-2012#s-${l}`, `/reports/xihu-2012#s-${r}`]);

  await page.goto(`/compare/xihu-2012/xihu-2012?l=achievement&r=goal#${id}`);
  await expect(page.locator(`#${id}`)).toHaveClass(/is-target/);
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test("a link to an indicator pair by its new id opens the folded table at it", async ({ page }) => {
  await page.goto(NEWS_UNFOLDED);
  await openIndicatorTable(page);
  const id = (await page.locator("table.indicator-table tbody tr").nth(5).getAttribute("id"))!;
  expect(id).toMatch(/^i-.+-[lr]\d+(-\d+)?$/);
  await page.goto(`/compare/yuhang-2020-news/yuhang-2020#${id}`);
  await expect(page).toHaveURL(new RegExp(`at=${id}#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toHaveClass(/is-target/);
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test("an old position-style row link (#r-12) lands on the row that was 13th, without a 'no longer exists' notice", async ({ page }) => {
  await page.goto(NEWS_UNFOLDED);
  const ids = await rowIds(page);
  // Page 1 of the unfolded, unfiltered view holds the first rows in order: position 12 is ids[12].
  await page.goto("about:blank");
  await page.goto(`${NEWS_UNFOLDED}#r-12`);
  await expect(page).toHaveURL(new RegExp(`#${ids[12]}$`));
  await expect(page.locator(`#${ids[12]}`)).toHaveClass(/is-target/);
  await expect(page.getByRole("status").filter({ hasText: "已不存在" })).toHaveCount(0);

  // In the folded default view the same old link opens the run that holds the row.
  await page.goto("/compare/yuhang-2020-news/yuhang-2020#r-12");
  await expect(page).toHaveURL(new RegExp(`#${ids[12]}$`));
  await expect(page.locator(`#${ids[12]}`)).toBeVisible();
});

test("a row id that no longer exists lands on the nearest row by its left sentence, with a notice", async ({ page }) => {
  await page.goto(NEWS_UNFOLDED);
  const ids = await rowIds(page);
  const paired = ids.filter((id) => /^r-\d+-\d+$/.test(id));
  const [, l, r] = /^r-(\d+)-(\d+)$/.exec(paired[3])!;
  // The same left sentence, paired with a right sentence it is not paired with (as after a re-analysis).
  const gone = `r-${l}-${Number(r) + 100000}`;
  // Opened as a colleague opens a shared link: a new document, not a #fragment change of the page already loaded
  // (that one races the navigator's hashchange listener, which is only there once the page is hydrated).
  await page.goto("about:blank");
  await page.goto(`${NEWS_UNFOLDED}#${gone}`);
  const notice = page.getByRole("status").filter({ hasText: "已不存在" });
  await expect(notice).toContainText(`#${gone}`);
  await expect(page).toHaveURL(new RegExp(`#${paired[3]}$`));
  await expect(page.locator(`#${paired[3]}`)).toHaveClass(/is-target/);
});
