import { expect, test } from "@playwright/test";
import { openIndicatorTable } from "../support/indicator-table";

test.use({ viewport: { width: 390, height: 844 } });

test("compare on a phone: controls fold behind one button, indicator pairs are cards with every value", async ({ page }) => {
  await page.goto("/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal");
  const rowFilter = page.getByLabel("行筛选");
  await expect(rowFilter).toBeHidden();
  const toggle = page.getByRole("button", { name: /报告与筛选/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(rowFilter).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");

  await openIndicatorTable(page);
  const card = page.locator("table.indicator-table tbody tr").first();
  await expect(card).toBeVisible();
  // Metric, both values, delta and status all on screen in one card, each with its column's name.
  const cells = card.locator("td[data-label]:not([data-label=''])");
  await expect(cells).toHaveCount(5);
  for (const cell of await cells.all()) {
    await expect(cell).toBeVisible();
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  const label = await cells.nth(3).evaluate((td) => getComputedStyle(td, "::before").content);
  expect(label).toContain("差值");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(390);
});

test("the reader on a phone puts the title before the outline", async ({ page }) => {
  await page.goto("/reports/yuhang-2020");
  const title = (await page.locator("main h1").boundingBox())!;
  const outline = (await page.getByText("目录 Outline").boundingBox())!;
  expect(title.y).toBeLessThan(outline.y);
  await expect(page.locator("main h1")).toBeInViewport();
});
