import { expect, test } from "@playwright/test";

// Printing a folded view prints its 对照表 (decision 012b): the folded table's rows are fetched once the browser is
// idle after load, and in print a folded <details id="indicator-table"> shows its content.
test("a folded compare view prints with its 对照表", async ({ page }) => {
  await page.goto("/compare/xihu-2012/xihu-2012?l=achievement&r=goal");
  const details = page.locator("details#indicator-table");
  await expect(details).not.toHaveAttribute("open", "");
  const total = Number(/全部 (\d+) 项/.exec(await details.locator("summary").innerText())![1]);
  expect(total).toBeGreaterThan(20);
  const rows = page.locator("table.indicator-table tbody tr[id^='i-']");
  // On screen the table stays folded.
  await expect(page.locator("table.indicator-table")).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(rows.first()).toBeVisible();
  await expect(rows).toHaveCount(Math.min(total, 150));
  await expect(rows.last()).toBeVisible();
  // Still folded: nothing was opened for the print, and the screen view is as it was.
  await expect(details).not.toHaveAttribute("open", "");
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator("table.indicator-table")).toBeHidden();
});

test("the same holds on a phone-width print of a news article against its report", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/compare/yuhang-2020-news/yuhang-2020");
  await page.emulateMedia({ media: "print" });
  const rows = page.locator("table.indicator-table tbody tr[id^='i-']");
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().locator("td").first()).not.toBeEmpty();
});
