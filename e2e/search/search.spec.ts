import { expect, test } from "@playwright/test";

test("search from the library box, see highlighted hits, and follow one to its sentence", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("搜索句子").fill("数字经济核心产业");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page).toHaveURL(/\/search\?q=/);
  expect(new URL(page.url()).searchParams.get("q")).toBe("数字经济核心产业");

  const results = page.getByRole("list", { name: "搜索结果" });
  const hits = results.getByTestId("search-hit");
  await expect(hits.first()).toBeVisible();
  expect(await hits.count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByText(/找到 \d+ 个句子/)).toBeVisible();
  for (const mark of await results.locator("mark").all()) await expect(mark).toHaveText("数字经济核心产业");

  const href = await hits.first().getAttribute("href");
  expect(href).toMatch(/^\/reports\/[\w-]+#s-\d+$/);
  await hits.first().click();
  await expect(page).toHaveURL(href!);
  const id = href!.split("#")[1];
  const sentence = page.locator(`[id='${id}']`);
  await expect(sentence).toContainText("数字经济核心产业");
  await expect(sentence).toHaveClass(/is-target/);
  await expect(sentence).toBeInViewport();
});

test("a traditional query finds simplified text", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("亞運")}`);
  const hits = page.getByTestId("search-hit");
  await expect(hits.first()).toBeVisible();
  await expect(page.getByRole("list", { name: "搜索结果" }).locator("mark").first()).toHaveText("亚运");
});

test("filtering by region writes the URL and survives a reload", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("增长")}`);
  await expect(page.getByTestId("search-hit").first()).toBeVisible();
  const before = await page.getByText(/找到 \d+ 个句子/).textContent();

  await page.getByLabel("地区").selectOption("yuhang");
  await expect(page).toHaveURL(/[?&]region=yuhang(&|$)/);
  expect(new URL(page.url()).searchParams.get("q")).toBe("增长");
  await expect(page.getByText(/找到 \d+ 个句子/)).not.toHaveText(before!);
  const hrefs = await page.getByTestId("search-hit").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/reports\/yuhang-\d{4}(-news|-v\d+)?#s-\d+$/); // the import spec may add later Yuhang years

  await page.reload();
  await expect(page.getByLabel("地区")).toHaveValue("yuhang");
  await expect(page.getByRole("searchbox", { name: "搜索句子" })).toHaveValue("增长");
  const again = await page.getByTestId("search-hit").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(again).toEqual(hrefs);

  await page.getByLabel("地区").selectOption("");
  await expect(page).toHaveURL(/\/search\?q=[^&]+$/);
});

test("pages through many hits and keeps filters in the page links", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("增长")}`);
  await page.getByRole("link", { name: "下一页 →" }).click();
  await expect(page).toHaveURL(/[?&]page=2$/);
  await expect(page.getByText(/第 2 \/ \d+ 页/)).toBeVisible();
  await page.getByRole("link", { name: "← 上一页" }).click();
  await expect(page).toHaveURL(/\/search\?q=[^&]+$/);
});

test("search syntax and an empty query do not break the page", async ({ page }) => {
  for (const q of ['"增长" AND (亚运*) -', "。"]) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: /搜索句子/ })).toBeVisible();
  }
  await page.goto("/search");
  await expect(page.getByRole("link", { name: "增长" })).toBeVisible();
  const api = await page.request.get(`/api/search?q=${encodeURIComponent("亚运")}`);
  expect(api.ok()).toBe(true);
  const body = await api.json();
  expect(body.hits.length).toBeGreaterThan(0);
  expect(body.hits[0]).toMatchObject({ slug: expect.any(String), sentenceIndex: expect.any(Number), matches: expect.any(Array) });
});
