import { expect, type Page } from "@playwright/test";

/**
 * The 对照表 is folded on the compare page and its rows load when it opens (decision 011d); a view about indicators
 * (a verdict or metric filter, a linked #i-…) renders it open. This opens it like a user would and waits for its rows.
 */
export async function openIndicatorTable(page: Page): Promise<void> {
  const details = page.locator("details#indicator-table");
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator(":scope > summary").click();
  await expect(details).toHaveAttribute("open", "");
  await expect(page.locator("table.indicator-table tbody[data-loading-pairs]")).toHaveCount(0);
}

/** The data-status of every pair in the (opened) 对照表. */
export async function indicatorStatuses(page: Page): Promise<(string | null)[]> {
  await openIndicatorTable(page);
  return page.locator("table.indicator-table tbody tr").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
}
