import path from "node:path";
import { expect, test } from "@playwright/test";

test("term trajectories: a single report asks for a second one", async ({ page }) => {
  await page.goto("/regions/xihu/terms");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("用词变化");
  await expect(page.getByRole("status").filter({ hasText: "至少需要两份报告" })).toBeVisible();
});

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  test(`term trajectories of Yuhang's years, each count opening its sentences, at ${viewport.width} px`, async ({ page }) => {
    await page.goto("/import");
    await page.getByLabel(/上传文件/).setInputFiles([path.join(__dirname, "../fixtures/yuhang-2021.txt"), path.join(__dirname, "../fixtures/yuhang-2022.txt")]);
    await page.getByRole("button", { name: /导入/ }).click();
    await expect(page.getByRole("list", { name: "导入结果" }).locator("li")).toHaveCount(2);
    await page.setViewportSize(viewport);
    await page.goto("/regions/yuhang");
    await page.getByRole("link", { name: /用词变化/ }).click();
    await expect(page).toHaveURL(/\/regions\/yuhang\/terms$/);
    const table = page.getByRole("table", { name: "用词变化表" });
    await expect(table.getByRole("columnheader")).toHaveText(["用语", "变化", "余杭区2020", "余杭区2021", "余杭区2022"]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    // GDP (地区生产总值, 生产总值) is in every year; its class says why.
    const gdp = table.locator('tr[data-term="gdp"]');
    await expect(gdp.locator("[data-class]")).toHaveText(/新出现|上升|平稳|减弱|消失/);
    await expect(gdp).toContainText("每万字");
    const cell = gdp.locator('td[data-report="yuhang-2021"]');
    await cell.locator("summary").click();
    const first = cell.getByRole("link").first();
    await expect(first).toHaveAttribute("href", /^\/reports\/yuhang-2021#s-\d+$/);
    await first.click();
    await expect(page).toHaveURL(/\/reports\/yuhang-2021#s-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`[id="${id}"]`)).toContainText(/生产总值|GDP/);
    // Any list: two regions side by side are labelled, not one series.
    await page.goto("/regions/yuhang/terms?reports=xihu-2012,yuhang-2020");
    await expect(page.getByRole("note")).toContainText("不同地区");
  });
}
