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
