import { expect, test } from "@playwright/test";

test("the outline diff is folded by default and aligns the two reports' headings", async ({ page }) => {
  await page.goto("/compare/shangcheng-2020/yuhang-2020");
  const outline = page.locator("details#outline-diff");
  await expect(outline).not.toHaveAttribute("open", "");
  await expect(outline.locator("li").first()).toBeHidden();
  await outline.locator("summary").click();
  const renamed = outline.locator('li[data-outline-status="renamed"]').filter({ hasText: "文旅融合成效明显" });
  await expect(renamed).toContainText("文旅融合成效初显");
  await expect(renamed.locator(".chip")).toHaveText("改名");
  await expect(renamed.locator(".chip")).toHaveAttribute("title", /相似度 \d+%.*自动判断/);
  // The summary's counts are the rows' statuses.
  const summary = (await outline.locator("summary").textContent())!;
  for (const [zh, status] of [["改名", "renamed"], ["新增", "added"], ["删去", "dropped"]] as const) {
    const n = await outline.locator(`li[data-outline-status="${status}"]`).count();
    if (n) expect(summary).toContain(`${zh} ${n}`);
  }
  // A heading opens its section in the reader (at its first sentence: a run-in heading has no anchor of its own).
  const link = renamed.getByRole("link", { name: "文旅融合成效初显" });
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/reports\/yuhang-2020#s-\d+$/);
  await link.click();
  await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toContainText("文旅融合成效初显");
});
