import { expect, test } from "@playwright/test";
import { openIndicatorTable } from "../support/indicator-table";

const VIEWS = [
  "/compare/yuhang-2020-news/yuhang-2020",
  "/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal",
  "/compare/xihu-2012/xihu-2012?l=achievement&r=goal",
  "/compare/yuhang-2020/shangcheng-2020?l=achievement&r=achievement",
];

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`the digest 主要变化 is above the fold at ${viewport.width}×${viewport.height}, after the title`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const url of VIEWS) {
      await page.goto(url);
      const title = page.locator("main h1");
      const digest = page.getByRole("heading", { name: /主要变化/ });
      await expect(digest).toBeInViewport();
      const [t, d] = [await title.boundingBox(), await digest.boundingBox()];
      expect(t!.y).toBeLessThan(d!.y);
      // The first headline card (or the "nothing changed" line) is on screen too.
      const first = page.locator("[data-digest]").first();
      await expect(first).toBeVisible();
      const box = (await first.boundingBox())!;
      expect(box.y, url).toBeLessThan(viewport.height);
      // The full table and the unchanged rows are one click away, folded.
      await expect(page.locator("details#indicator-table")).not.toHaveAttribute("open", "");
      await expect(page.locator("table.indicator-table")).toBeHidden();
    }
  });
}

test("no raw ids as link text anywhere on the compare page", async ({ page }) => {
  await page.goto("/compare/yuhang-2020-news/yuhang-2020?collapse=0");
  await openIndicatorTable(page);
  const texts = await page.locator("main a").allInnerTexts();
  expect(texts.length).toBeGreaterThan(10);
  for (const t of texts) expect(t).not.toMatch(/#?i-[a-z]|x-[\u4e00-\u9fff]|\bs-\d+/);
});

test("a digest card opens its pair in the folded 对照表 in one navigation (?at=)", async ({ page }) => {
  await page.goto("/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal");
  const card = page.locator("[data-digest] a").first();
  const href = (await card.getAttribute("href"))!;
  // The view's own URL with at=<pair id>, and the same id as the hash.
  expect(href).toMatch(/^\/compare\/yuhang-2020\/yuhang-2020\?l=achievement&r=goal&at=(i-[^#&]+)#\1$/);
  const id = decodeURIComponent(href.split("#")[1]);
  const documents: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "document") documents.push(r.url());
  });
  await card.click();
  // The pair is in the first response, in the opened table: no client reload was needed to find it.
  await expect(page.locator(`tr[id="${id}"]`)).toBeVisible();
  await expect(page.locator("details#indicator-table")).toHaveAttribute("open", "");
  await page.waitForLoadState("networkidle");
  expect(documents).toHaveLength(1);
  expect(decodeURIComponent(documents[0])).toContain(`at=${id}`);
  await expect(page).toHaveURL(new RegExp(`#${id}$`));
});
