import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const PAGES = [
  "/",
  "/compare",
  "/reports/yuhang-2020",
  "/reports/xihu-2012?kind=goal",
  "/compare/yuhang-2020-news/yuhang-2020",
  "/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal&collapse=0",
  "/compare/yuhang-2020/yuhang-2020?l=goal&r=achievement&only=changed",
  "/regions/yuhang",
  "/search?q=增长",
  "/import",
];

async function seriousViolations(page: Page) {
  // Folded parts count too: open every <details> before the scan.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`axe-core finds no serious or critical violation at ${viewport.width} px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      found.push(...(await seriousViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
  });
}
