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

test("a report whose outline holds a heading wider than the phone keeps the page to the phone's width", async ({ page, request }) => {
  // A draft's front lines run together into one outline entry (（征求意见稿） 2019年1月 请于…): the entry is cut short with
  // an ellipsis, and the page never scrolls sideways.
  const heading = "一、坚持稳中求进工作总基调全面推进高质量发展加快建设现代化经济体系努力实现经济社会持续健康发展";
  const text = ["某市政府工作报告", heading, "　　过去一年，全市地区生产总值增长6.1%。", "二、2024年工作安排", "　　今年全市地区生产总值增长6%左右。"].join("\n");
  const imported = await request.post("/api/import?name=phone-long-heading.txt", { data: text, headers: { "content-type": "text/plain; charset=utf-8" } });
  const body = (await imported.json()) as { outcomes: { slug?: string; status: string }[] };
  const slug = body.outcomes[0].slug!;
  expect(slug, JSON.stringify(body)).toBeTruthy();
  await page.goto(`/reports/${slug}`);
  await expect(page.getByRole("link", { name: heading }).first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

