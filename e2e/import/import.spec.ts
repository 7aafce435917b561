import path from "node:path";
import { expect, test } from "@playwright/test";

test("upload two reports, see them in the library, and follow a year-over-year comparison", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel(/上传文件/).setInputFiles([path.join(__dirname, "../fixtures/yuhang-2021.txt"), path.join(__dirname, "../fixtures/yuhang-2022.txt")]);
  await page.getByRole("button", { name: /导入/ }).click();
  const results = page.getByRole("list", { name: "导入结果" });
  await expect(results.locator("li[data-status='imported']")).toHaveCount(2);

  await page.goto("/");
  await expect(page.locator("a[href='/reports/yuhang-2021']")).toBeVisible();
  await expect(page.locator("a[href='/reports/yuhang-2022']")).toBeVisible();

  await page.getByRole("link", { name: "余杭区", exact: true }).click();
  await expect(page).toHaveURL(/\/regions\/yuhang$/);
  // Three years of reports: a target-vs-result chart per headline metric.
  await expect(page.getByRole("img", { name: /目标与实绩/ }).first()).toBeVisible();
  await page.getByRole("link", { name: /2020年目标 vs 2020年实绩/ }).click();
  await expect(page).toHaveURL(/\/compare\/yuhang-2020\/yuhang-2021\?l=goal&r=achievement$/);
  await expect(page.locator("[data-summary='met'], [data-summary='missed']").first()).toBeVisible();

  // Importing the same file again is reported as a duplicate.
  await page.goto("/import");
  await page.getByLabel(/上传文件/).setInputFiles(path.join(__dirname, "../fixtures/yuhang-2021.txt"));
  await page.getByRole("button", { name: /导入/ }).click();
  await expect(page.getByRole("list", { name: "导入结果" })).toContainText("与已有报告相同");
});

test("a rejected input says why and stores nothing", async ({ page }) => {
  // The library says how many reports it holds (共 N 份报告); the specs run one at a time, so nothing else imports meanwhile.
  const reportCount = async () => {
    await page.goto("/");
    const line = await page.getByText(/共 \d+ 份报告/).textContent();
    return Number(/共 (\d+) 份报告/.exec(line ?? "")?.[1]);
  };
  const before = await reportCount();
  expect(before).toBeGreaterThan(0);
  await page.goto("/import");
  await page.getByLabel(/或粘贴全文/).fill("This is an English text without any Chinese characters at all.");
  await page.getByRole("button", { name: /导入/ }).click();
  await expect(page.getByRole("list", { name: "导入结果" })).toContainText("失败");
  expect(await reportCount()).toBe(before);
  const search = await (await page.request.get("/api/search?q=English")).json();
  expect(search.hits).toEqual([]);
});
