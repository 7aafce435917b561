// No script from a report ever runs: its text, title and metadata render as text on every page and in every export.
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../support/parse-csv";
import { HOSTILE_REPORT, HOSTILE_TITLE, RAW_MARKUP } from "./hostile-report";

let slug = "";
const dialogs: string[] = [];

test.beforeAll(async ({ request }) => {
  const response = await request.post("/api/import?name=hostile.txt", { data: Buffer.from(HOSTILE_REPORT), headers: { "content-type": "text/plain" } });
  const body = await response.json();
  expect(body.outcomes?.[0]?.status, JSON.stringify(body)).toMatch(/imported|duplicate/);
  slug = body.outcomes[0].slug;
});

async function expectInert(page: Page) {
  // Images and inline SVG hold back the load event, so their onload/onerror handlers have run by then; one more frame
  // lets anything they queued run too.
  await page.waitForLoadState("load");
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator("svg[onload], img[onerror], [onclick], a[href^='javascript:' i]").count()).toBe(0);
  for (const script of await page.locator("script:not([src])").allTextContents()) {
    // Next's inline flight data may carry the text as an escaped string, never as code.
    if (script.includes("__pwned")) expect(script).toMatch(/^\s*(self\.__next_f|\(self\.__next_f)/);
  }
}

async function expectRawHtmlEscaped(page: Page, url: string) {
  const html = await (await page.request.get(url)).text();
  for (const markup of RAW_MARKUP) expect(html, `${url} serves ${markup} unescaped`).not.toContain(markup);
}

test.beforeEach(async ({ page }) => {
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});

test("the reader shows the hostile text literally, cleaned and original", async ({ page }) => {
  for (const url of [`/reports/${slug}`, `/reports/${slug}?original=1`]) {
    await page.goto(url);
    await expect(page.getByText("<script>window.__pwned=1</script>", { exact: false }).first()).toBeVisible();
    await expect(page.getByText('<img src=x onerror="window.__pwned=1">', { exact: false }).first()).toBeVisible();
    await expect(page.getByText("=HYPERLINK(", { exact: false }).first()).toBeVisible();
    await expectInert(page);
    await expectRawHtmlEscaped(page, url);
  }
});

test("a hostile corrected title stays text in the page, the <title> and the Open Graph tags", async ({ page }) => {
  await page.goto(`/reports/${slug}`);
  await page.getByText("管理：更正信息或删除").click();
  await page.getByLabel("标题").fill(HOSTILE_TITLE);
  await page.getByRole("button", { name: "保存更正" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(HOSTILE_TITLE);
  await page.reload();
  await expectInert(page);
  expect(await page.title()).toContain(HOSTILE_TITLE);
  expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toContain(HOSTILE_TITLE);
  await expectRawHtmlEscaped(page, `/reports/${slug}`);

  for (const url of ["/", "/regions/yuhang", "/compare", `/compare/${slug}/${slug}?l=achievement&r=goal`, `/compare/yuhang-2020/${slug}`]) {
    await page.goto(url);
    await expectInert(page);
    await expectRawHtmlEscaped(page, url);
  }
  await page.goto("/");
  await expect(page.getByText(HOSTILE_TITLE).first()).toBeVisible();
});

test("compare shows both sides literally", async ({ page }) => {
  const url = `/compare/${slug}/${slug}?l=achievement&r=goal`;
  await page.goto(url);
  await expect(page.getByText("<script>window.__pwned=1</script>", { exact: false }).first()).toBeVisible();
  await expect(page.getByText('=HYPERLINK("http://evil.example/y","点击")', { exact: false }).first()).toBeVisible();
  await expectInert(page);
});

test("search results show the text literally", async ({ page }) => {
  const response = await page.goto("/search?q=" + encodeURIComponent("财政总收入"));
  test.skip(!response || response.status() === 404, "no search page");
  await expectInert(page);
  await expectRawHtmlEscaped(page, "/search?q=" + encodeURIComponent("财政总收入"));
});

test("the JSON API, CSV and Markdown exports keep the text inert and neutralise formulas", async ({ page, request }) => {
  const base = `/api/compare?left=${slug}&right=${slug}&l=achievement&r=goal`;
  await page.goto(base);
  await expectInert(page);
  const json = await request.get(base);
  expect(json.headers()["content-type"]).toMatch(/^application\/json/);
  expect(json.headers()["x-content-type-options"]).toBe("nosniff");
  expect(JSON.stringify(await json.json())).toContain("<script>window.__pwned=1</script>");

  for (const table of ["rows", "indicators"]) {
    const csv = await request.get(`${base}&format=csv&table=${table}`);
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment/);
    const cells = parseCsv(await csv.text());
    for (const cell of cells.flat()) {
      if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
      expect(cell, `CSV cell runs as a formula: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    }
    if (table === "rows") {
      const all = cells.flat();
      expect(all.some((c) => c.startsWith(`'=HYPERLINK("http://evil.example/x","点击")`))).toBe(true);
      expect(all.some((c) => c.startsWith("'+cmd|"))).toBe(true);
      expect(all.some((c) => c.startsWith("'@SUM("))).toBe(true);
      expect(all.some((c) => c.startsWith("'-2+3+cmd|"))).toBe(true);
      expect(all.some((c) => c.includes("<script>window.__pwned=1</script>"))).toBe(true);
    }
  }

  const md = await request.get(`${base}&format=md`);
  expect(md.headers()["content-type"]).toMatch(/^text\/markdown/);
  const markdown = await md.text();
  for (const markup of RAW_MARKUP) expect(markdown).not.toContain(markup);
  expect(markdown).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
});

// Last in this file: the hostile report leaves the shared e2e database (a Yuhang 2023 report would change what the
// tracker's specs read), and deleting it works like for any report.
test("the hostile report is deleted through its manage panel, and its page is gone", async ({ page, request }) => {
  await page.goto(`/reports/${slug}`);
  await page.getByText("管理：更正信息或删除").click();
  await page.getByLabel("输入报告标识以确认删除").fill(slug);
  await page.getByRole("button", { name: "删除 Delete" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/reports/${slug}$`));
  expect((await request.get(`/reports/${slug}`)).status()).toBe(404);
});
