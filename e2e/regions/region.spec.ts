import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

/** Three years of Yuhang: the seed plus the two fixture years (already there if the import spec ran first). */
async function ensureThreeYears(page: Page) {
  await page.goto("/import");
  await page.getByLabel(/上传文件/).setInputFiles([path.join(__dirname, "../fixtures/yuhang-2021.txt"), path.join(__dirname, "../fixtures/yuhang-2022.txt")]);
  await page.getByRole("button", { name: /导入/ }).click();
  await expect(page.getByRole("list", { name: "导入结果" }).locator("li")).toHaveCount(2);
}

test("the region page links consecutive years and its links open the right comparison kind", async ({ page }) => {
  await ensureThreeYears(page);
  await page.goto("/regions/yuhang");
  await expect(page.getByText("还没有相邻年份的报告")).toHaveCount(0);
  await expect(page.getByRole("link", { name: /2021年目标 vs 2021年实绩/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /2020年目标 vs 2021年目标/ })).toBeVisible();
  // No reading that skips a year (2019 results against 2021 targets).
  await expect(page.getByRole("link", { name: /2019年实绩 vs 2021年目标/ })).toHaveCount(0);
  await page.getByRole("link", { name: /2020年目标 vs 2020年实绩/ }).click();
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2021\?l=goal&r=achievement$/);
  await expect(page.locator("[data-comparison-kind]")).toHaveAttribute("data-comparison-kind", "target-vs-result");
  await expect(page.locator("[data-summary='met']")).toBeVisible();
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`chart year labels never overlap and qualifiers stay apart from values at ${viewport.width} px`, async ({ page }) => {
    await ensureThreeYears(page);
    await page.setViewportSize(viewport);
    await page.goto("/regions/yuhang");
    const charts = page.getByRole("img", { name: /目标与实绩/ });
    await expect(charts.first()).toBeVisible();
    for (const chart of await charts.all()) {
      const boxes = await chart.evaluate((svg) =>
        [...svg.querySelectorAll("text")].filter((t) => /^\d{4}$/.test(t.textContent ?? "")).map((t) => t.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, height: r.height })),
      );
      expect(boxes.length).toBeGreaterThan(1);
      for (let i = 1; i < boxes.length; i++) expect(boxes[i].left).toBeGreaterThan(boxes[i - 1].right);
      // Readable: at least 9 px tall on screen.
      for (const b of boxes) expect(b.height).toBeGreaterThanOrEqual(9);
    }
    for (const cell of await page.locator("figure table td").allTextContents()) expect(cell).not.toMatch(/[\d%](年均|累计|确保|力争)/);
  });
}
