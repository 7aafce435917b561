import { expect, test } from "@playwright/test";

// Issue 13 point 6: long views are paged on the server; links to a row land on whichever page holds it.
const UNFOLDED = "/compare/yuhang-2020-news/yuhang-2020?collapse=0";
const rowIds = (page: import("@playwright/test").Page) => page.locator("#compare-rows li.row-item").evaluateAll((els) => els.map((e) => e.id));

test("an unfolded view is paged: bounded rows a page, the page in the URL, page 1 without it", async ({ page }) => {
  await page.goto(UNFOLDED);
  const pager = page.getByRole("navigation", { name: "逐句对照分页 / row pages" });
  await expect(pager).toContainText("第 1 / 2 页");
  const first = await rowIds(page);
  expect(first.length).toBeGreaterThan(100);
  expect(first.length).toBeLessThanOrEqual(150);
  await pager.getByRole("link", { name: /下一页/ }).click();
  await expect(page).toHaveURL(/\?collapse=0&page=2$/);
  await expect(pager).toContainText("第 2 / 2 页");
  const second = await rowIds(page);
  expect(second.length).toBeGreaterThan(0);
  expect(second.some((id) => first.includes(id))).toBe(false);
  await pager.getByRole("link", { name: /上一页/ }).click();
  await expect(page).toHaveURL(new RegExp(`${UNFOLDED.replace("?", "\\?")}$`));
});

test("a link to a row on another page lands on it; a row that no longer exists lands on the nearest one, with a notice", async ({ page }) => {
  await page.goto(`${UNFOLDED}&page=2`);
  const last = (await rowIds(page)).at(-1)!;
  await page.goto(`${UNFOLDED}#${last}`);
  await expect(page.getByRole("navigation", { name: "逐句对照分页 / row pages" })).toContainText("第 2 / 2 页");
  await expect(page).toHaveURL(new RegExp(`at=${last}#${last}$`));
  await expect(page.locator(`#${last}`)).toHaveClass(/is-target/);
  await expect(page.locator(`#${last}`)).toBeInViewport();

  await page.goto(`${UNFOLDED}#r-99999`);
  const notice = page.getByRole("status").filter({ hasText: "已不存在" });
  await expect(notice).toContainText("#r-99999");
  await expect(page).toHaveURL(new RegExp(`#${last}$`));
  await expect(page.locator(`#${last}`)).toHaveClass(/is-target/);
});

test("a long unchanged run is one line linking to its rows, and a link into the run unfolds it", async ({ page }) => {
  await page.goto("/compare/xihu-2012/xihu-2012?l=achievement&r=goal");
  const run = page.locator("#compare-rows li[data-run]").first();
  const first = await run.getAttribute("data-run");
  expect(first).toMatch(/^r-(\d+|x)-(\d+|x)$/);
  // Its rows are not in the page: only the line that counts them.
  await expect(page.locator(`#${first}`)).toHaveCount(0);
  await expect(run).toContainText("行未变或未配对");
  await run.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`collapse=0&at=${first}#${first}$`));
  await expect(page.locator(`#${first}`)).toHaveClass(/is-target/);

  // A shared link to a row inside a long run: the run opens in place, the view stays folded.
  await page.goto(`/compare/xihu-2012/xihu-2012?l=achievement&r=goal#${first}`);
  await expect(page.locator(`#${first}`)).toBeVisible();
  await expect(page.locator(`#${first}`)).toHaveClass(/is-target/);
  await expect(page.getByRole("checkbox", { name: "折叠相同行" })).toBeChecked();
});

test("下一处 crosses pages and keeps counting over the whole view", async ({ page }) => {
  await page.goto("/compare/yuhang-2020-news/yuhang-2020?only=unmatched");
  const counter = page.locator("[data-nav-counter]");
  const onFirst = await rowIds(page);
  const total = Number((await counter.textContent())!.match(/\/\s*(\d+)/)![1]);
  expect(total).toBeGreaterThan(onFirst.length);
  await page.goto(`/compare/yuhang-2020-news/yuhang-2020?only=unmatched#${onFirst.at(-1)}`);
  await expect(counter).toContainText(`${onFirst.length} / ${total}`);
  await page.getByRole("button", { name: /下一处/ }).click();
  await expect(page).toHaveURL(/only=unmatched&page=2#r-(\d+|x)-(\d+|x)$/);
  const next = new URL(page.url()).hash.slice(1);
  expect(onFirst).not.toContain(next);
  await expect(page.locator(`#${next}`)).toHaveClass(/is-target/);
  await expect(counter).toContainText(`${onFirst.length + 1} / ${total}`);
});

test("/api/compare answers 304 to its own ETag, and another view has another ETag", async ({ request }) => {
  const url = "/api/compare?left=yuhang-2020&right=yuhang-2020&l=achievement&r=goal";
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^"[\w-]+"$/);
  const again = await request.get(url, { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);
  const filtered = await request.get(`${url}&only=changed`, { headers: { "if-none-match": etag } });
  expect(filtered.status()).toBe(200);
  expect(filtered.headers()["etag"]).not.toBe(etag);
});
