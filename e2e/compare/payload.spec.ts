import { expect, test, type Page } from "@playwright/test";

// Issue 13 point 6, "the page payload does not repeat the rendered rows" (decision 012b): the compare rows and the
// reader's text (and its indicator table) are in the HTML only; the page payload (self.__next_f) carries a token.
const VIEWS = [
  "/compare/xihu-2012/xihu-2012?l=achievement&r=goal",
  "/compare/yuhang-2020/shangcheng-2020?l=achievement&r=achievement",
  "/compare/yuhang-2020-news/yuhang-2020",
];

/** The flight data of a page's HTML: every self.__next_f.push string chunk, decoded and joined. */
function payloadOf(html: string): string {
  let text = "";
  for (const m of html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)) {
    const [, chunk] = JSON.parse(m[1]) as [number, string?];
    if (typeof chunk === "string") text += chunk;
  }
  return text;
}

/**
 * The last 12 characters of each rendered sentence (with its closing punctuation): long enough to be unambiguous, and
 * never part of a metric's name in the filter options.
 */
async function textsOf(page: Page, selector: string): Promise<string[]> {
  // The sentence text alone: without a row side's kind link and badges, and without a sentence's explanation tip.
  const texts = await page.locator(selector).evaluateAll((els) =>
    els.map((e) => {
      const copy = e.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("a.row-src, .corrected-badge, [role=tooltip], [aria-label]").forEach((n) => n.remove());
      return (copy.textContent ?? "").replace(/\s+/g, "");
    }),
  );
  return texts.filter((t) => t.length >= 16).map((t) => t.slice(-12));
}

for (const url of VIEWS) {
  test(`${url}: the rows are in the HTML, not in the page payload, and work after hydration`, async ({ page }) => {
    const response = await page.goto(url);
    const html = await response!.text();
    const payload = payloadOf(html);
    expect(payload.length).toBeGreaterThan(1000);
    const rows = page.locator("#compare-rows li.row-item");
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    // Every row's id is in the HTML; none of the row texts is in the payload.
    const ids = await rows.evaluateAll((els) => els.map((e) => e.id));
    for (const id of ids) expect(html).toContain(`id="${id}"`);
    const texts = await textsOf(page, "#compare-rows .row-body > div");
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) {
      expect(html.replace(/<[^>]+>/g, "")).toContain(t);
      expect(payload, `row text ${t} in the payload`).not.toContain(t);
    }
    // After hydration the rows are still there and 下一处 moves through them.
    await page.waitForLoadState("networkidle");
    await expect(rows).toHaveCount(count);
    await page.getByRole("button", { name: /下一处/ }).click();
    await expect(page).toHaveURL(/#r-[\dx]+-[\dx]+$/);
  });
}

test("a client navigation (a filter tile) brings the rows in its payload, and Back shows the first view again", async ({ page }) => {
  const url = VIEWS[0];
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  const before = await page.locator("#compare-rows li.row-item").count();
  const documents: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "document") documents.push(r.url());
  });
  const tile = page.locator("a[href$='&only=changed']").first();
  await tile.click();
  await expect(page).toHaveURL(/only=changed/);
  const changed = page.locator("#compare-rows li.row-item");
  await expect(changed.first()).toBeVisible();
  await expect(page.locator("#compare-rows li.row-item:not([data-status='changed'])")).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`${url.replace(/[?]/g, "\\?")}$`));
  await expect(page.locator("#compare-rows li.row-item")).toHaveCount(before);
  await page.waitForLoadState("networkidle");
  // Neither step loaded a document: the filter was a client navigation, and Back restored the rows without a reload.
  expect(documents).toEqual([]);
});

test("the Yuhang reader: sentences and the indicator table are in the HTML, not in the payload; arrow keys still move", async ({ page }) => {
  const response = await page.goto("/reports/yuhang-2020");
  const html = await response!.text();
  const payload = payloadOf(html);
  const sentences = page.locator("[data-kind]");
  const count = await sentences.count();
  expect(count).toBeGreaterThan(100);
  const texts = await textsOf(page, "p > [data-kind]");
  expect(texts.length).toBeGreaterThan(50);
  // (A warning in the header may quote the text where it breaks off: that quote is the header's, not the text's.)
  const header = (await page.locator("article header").innerText()).replace(/\s+/g, "");
  for (const t of texts.filter((x) => !header.includes(x))) expect(payload, `sentence ${t} in the payload`).not.toContain(t);
  const figures = await page.locator("section[aria-labelledby=indicators] tbody tr").count();
  expect(figures).toBeGreaterThan(20);
  expect(payload).not.toContain("726.47亿元");
  expect(html).toContain("726.47亿元");
  // The payload is a small share of the page.
  expect(payload.length).toBeLessThan(html.length / 5);
  await page.waitForLoadState("networkidle");
  await expect(sentences).toHaveCount(count);
  // The text is one tab stop and the arrow keys move between sentences (SentenceKeys, a client island, over server HTML).
  const first = page.locator("[data-kind][tabindex='0']");
  await first.focus();
  const firstId = await first.getAttribute("id");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator("[data-kind]:focus")).not.toHaveAttribute("id", firstId!);
});
