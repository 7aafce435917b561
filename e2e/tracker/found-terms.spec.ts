import { expect, test } from "@playwright/test";

// Two seed reports in a list (Xihu 2012, Yuhang 2020): the words jieba proposes are shown beside the curated terms.
test("terms found automatically are listed with their class, and a count opens the sentences that hold the word", async ({ page }) => {
  const url = "/regions/xihu/terms?reports=xihu-2012,yuhang-2020";
  await page.goto(url);
  const table = page.getByRole("table", { name: "自动发现的用语表" });
  await expect(table).toBeVisible();
  const rows = table.locator("tbody tr");
  expect(await rows.count()).toBeGreaterThan(2);
  // A word that came up: its Yuhang cell opens the sentence links, and the first one holds the word.
  const row = rows.filter({ has: page.locator('[data-class="emerging"]') }).first();
  const word = (await row.locator("th").innerText()).trim();
  await row.locator('td[data-report="yuhang-2020"] summary').click();
  const link = row.locator('td[data-report="yuhang-2020"] a').first();
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/reports\/yuhang-2020#s-\d+$/);
  await page.goto(href);
  await expect(page.locator(`[id="${href.split("#")[1]}"]`)).toContainText(word);
});
