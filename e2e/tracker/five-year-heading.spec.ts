import { expect, test } from "@playwright/test";
import { HANDMADE_2016_PLAN, HANDMADE_2021_REVIEW } from "../../tests/fixtures/handmade-thirteenth-plan";

// HAND-MADE fixture (tests/fixtures/handmade-thirteenth-plan.ts): a 十三五 target list dated only by its section
// heading and a five-year review answering it, imported as a reader would, then read on the tracker's periods section.
test("a plan's targets under its 十三五 heading are judged against the five-year review, and say why they were chosen", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel(/上传文件/).setInputFiles([
    { name: "handmade-2016-thirteenth-plan.txt", mimeType: "text/plain", buffer: Buffer.from(HANDMADE_2016_PLAN) },
    { name: "handmade-2021-thirteenth-review.txt", mimeType: "text/plain", buffer: Buffer.from(HANDMADE_2021_REVIEW) },
  ]);
  await page.getByRole("button", { name: /导入/ }).click();
  await expect(page.getByRole("list", { name: "导入结果" }).locator("li")).toHaveCount(2);

  await page.goto("/regions/china/tracker");
  const table = page.getByRole("table", { name: "“十三五”目标与五年回顾" });
  await expect(table).toBeVisible();
  // Typed from the fixture: 常住人口城镇化率达到60% → 60.3% (met); 单位国内生产总值能耗下降15% → 五年累计下降13.2% (missed).
  const urban = table.locator('tr[data-line="urbanization-rate:rate:end"]');
  await expect(urban).toContainText("60%");
  await expect(urban).toContainText("60.3%");
  await expect(urban.locator("[data-status]")).toHaveText(/^完成/);
  await expect(urban).toContainText("入选：五年规划目标，见标题「二、“十三五”时期主要目标任务和重大举措」");
  const energy = table.locator('tr[data-line="energy-intensity:growth:years"]');
  await expect(energy).toContainText("13.2%");
  await expect(energy.locator("[data-status]")).toHaveText(/未完成/);
  // 研究与试验发展经费投入强度达到2.5%: the review is silent → 未报告.
  await expect(table.getByRole("row").filter({ hasText: "2.5%" }).locator("[data-status]")).toHaveText(/未报告/);
  // On a phone the five columns become one card per target, with nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(table).toBeHidden();
  const card = page.getByRole("list", { name: "“十三五”目标与五年回顾" }).locator('li[data-card="urbanization-rate:rate:end"]');
  await expect(card).toContainText("60.3%");
  await expect(card.locator("[data-status]")).toHaveText(/^完成/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 900 });
  // A target's link opens its sentence in the plan.
  await urban.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/reports\/china-2016(\?[^#]*)?#s-\d+$/);
});
