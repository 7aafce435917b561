import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

test("the Markdown export stands alone: both reports, the kind, the view's URL, the summary and ~~old~~ **new** marks", async ({ page }) => {
  const url = "/compare/yuhang-2020-news/yuhang-2020?only=changed";
  await page.goto(url);
  const kind = (await page.locator("[data-comparison-kind] > span").first().textContent())!.trim();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 Markdown" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("duizhao_yuhang-2020-news-all_vs_yuhang-2020-all_only-changed.md");
  const md = readFileSync((await file.path())!, "utf8");
  const head = md.split("## 句子对照")[0];
  expect(head).toContain("余杭区2020 新闻报道 全文");
  expect(head).toContain(kind);
  expect(head).toContain(`<${new URL(url, page.url()).href}>`);
  expect(head).toContain("筛选 Filter：只看有变化");
  const changed = Number(await page.locator('[data-summary="changed"]').textContent());
  expect(head).toContain(`有变化 ${changed}`);
  const rows = md.split("\n").filter((l) => /^\| r-\d+-\d+ \| 变化 \|/.test(l));
  expect(rows.length).toBe(await page.locator("#compare-rows li.row-item").count());
  expect(rows.some((r) => /~~[^~]+~~/.test(r))).toBe(true);
  expect(rows.some((r) => /\*\*[^*]+\*\*/.test(r))).toBe(true);
});

test("the CSV file name names both reports, the kinds and the filter", async ({ page }) => {
  await page.goto("/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal&only=unmatched");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "对照表 CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("duizhao_yuhang-2020-achievement_vs_yuhang-2020-goal_only-unmatched_indicators.csv");
  const lines = readFileSync((await file.path())!, "utf8").replace(/^\uFEFF/, "").trim().split(/\r\n/);
  expect(lines[0]).toBe("id,metric,label,status,left,right,delta,unit,reason");
});
