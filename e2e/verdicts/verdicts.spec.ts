import { expect, test } from "@playwright/test";
import { indicatorStatuses } from "../support/indicator-table";

// These need a second Yuhang year (the import fixture). The folder sorts after e2e/import, whose spec expects to be
// the first to import it into the fresh e2e database; here a duplicate is fine.
const JUDGED = ["met", "exceeded", "missed", "dropped"];


test("swap of a target-vs-result view gives no verdict and offers the way back", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel(/上传文件/).setInputFiles(`${__dirname}/../fixtures/yuhang-2021.txt`);
  await page.getByRole("button", { name: /导入/ }).click();
  await expect(page.getByRole("list", { name: "导入结果" }).locator("li")).toHaveCount(1);

  await page.goto("/compare/yuhang-2020/yuhang-2021?l=goal&r=achievement");
  await expect(page.locator("[data-comparison-kind]")).toHaveAttribute("data-comparison-kind", "target-vs-result");
  await expect(page.locator('[data-summary="met"]')).toBeVisible();
  expect((await indicatorStatuses(page)).some((s) => JUDGED.includes(s!))).toBe(true);

  await page.getByRole("button", { name: /交换/ }).click();
  await expect(page).toHaveURL(/\/compare\/yuhang-2021\/yuhang-2020\?l=achievement&r=goal$/);
  await expect(page.locator("[data-comparison-kind]")).toContainText("不判断完成");
  await expect(page.locator('[data-summary="met"]')).toHaveCount(0);
  for (const s of await indicatorStatuses(page)) expect(JUDGED).not.toContain(s);
  await page.getByRole("link", { name: "交换两侧：判断是否完成" }).click();
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2021\?l=goal&r=achievement$/);
});

test("a verdict tile filters the table and the rows to that verdict, and opens the table", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel(/上传文件/).setInputFiles(`${__dirname}/../fixtures/yuhang-2021.txt`);
  await page.getByRole("button", { name: /导入/ }).click();
  await expect(page.getByRole("list", { name: "导入结果" }).locator("li")).toHaveCount(1);

  await page.goto("/compare/yuhang-2020/yuhang-2021?l=goal&r=achievement");
  const count = Number(await page.locator('[data-summary="exceeded"]').textContent());
  expect(count).toBeGreaterThan(0);
  await page.getByRole("list", { name: /对照摘要/ }).getByRole("link", { name: /超额/ }).click();
  await expect(page).toHaveURL(/\?l=goal&r=achievement&only=exceeded$/);
  await expect(page.locator("table.indicator-table")).toBeVisible();
  const statuses = await indicatorStatuses(page);
  expect(statuses).toHaveLength(count);
  for (const s of statuses) expect(s).toBe("exceeded");
  expect(await page.locator("#compare-rows li.row-item").count()).toBeGreaterThan(0);
  await expect(page.getByLabel("行筛选")).toHaveValue("exceeded");
});
