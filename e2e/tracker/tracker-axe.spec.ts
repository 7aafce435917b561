import path from "node:path";
import { expect, test } from "@playwright/test";
import { seriousViolations } from "../support/axe";

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`axe-core finds no serious or critical violation on the tracker and the term trajectories at ${viewport.width} px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto("/import");
    await page.getByLabel(/上传文件/).setInputFiles([path.join(__dirname, "../fixtures/yuhang-2021.txt"), path.join(__dirname, "../fixtures/yuhang-2022.txt")]);
    await page.getByRole("button", { name: /导入/ }).click();
    await expect(page.getByRole("list", { name: "导入结果" }).locator("li")).toHaveCount(2);
    await page.setViewportSize(viewport);
    const found: string[] = [];
    for (const url of ["/regions/yuhang/tracker", "/regions/yuhang/terms", "/regions/xihu/tracker"]) {
      await page.goto(url);
      await expect(page.locator("main h1").first()).toBeVisible();
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      found.push(...(await seriousViolations(page)).map((v) => `${url}: ${v}`));
    }
    expect(found).toEqual([]);
  });
}
