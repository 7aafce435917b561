import { expect, test } from "@playwright/test";
import { indicatorStatuses, openIndicatorTable } from "../support/indicator-table";

const NEWS_VS_REPORT = "/compare/yuhang-2020-news/yuhang-2020";

test("下一处 visits exactly the changed rows, counting 1 / N … N / N", async ({ page }) => {
  await page.goto(NEWS_VS_REPORT);
  const all = page.locator("#compare-rows li.row-item");
  const changed = await page.locator("#compare-rows li.row-item[data-status='changed']").evaluateAll((els) => els.map((e) => e.id));
  expect(changed.length).toBeGreaterThan(2);
  expect(await all.count()).toBeGreaterThan(changed.length);
  const counter = page.locator("[data-nav-counter]");
  await expect(counter).toContainText(`– / ${changed.length}`);
  const next = page.getByRole("button", { name: /下一处/ });
  for (const [i, id] of changed.entries()) {
    await next.click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(counter).toContainText(`${i + 1} / ${changed.length}`);
    await expect(page.locator(`#${id}`)).toBeInViewport();
  }
  await next.click();
  await expect(page).toHaveURL(new RegExp(`#${changed.at(-1)}$`));
  await page.getByRole("button", { name: /上一处/ }).click();
  await expect(page).toHaveURL(new RegExp(`#${changed.at(-2)}$`));
  await expect(counter).toContainText(`${changed.length - 1} / ${changed.length}`);
});

test("the filters apply to the rows and the indicator table; tiles are filters", async ({ page }) => {
  await page.goto(NEWS_VS_REPORT);
  const tableStatuses = () => indicatorStatuses(page);
  const rowStatuses = () => page.locator("#compare-rows li.row-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
  const before = await tableStatuses();
  expect(before).toContain("same");
  expect(before).toContain("left-only");

  await page.getByLabel("行筛选").selectOption("unmatched");
  await expect(page).toHaveURL(/\?only=unmatched$/);
  await expect.poll(async () => (await tableStatuses()).filter((s) => !["left-only", "right-only", "dropped"].includes(s!)).length).toBe(0);
  expect((await tableStatuses()).length).toBeGreaterThan(0);
  for (const s of await rowStatuses()) expect(["left-only", "right-only"]).toContain(s);

  // The 有变化 tile sets only=changed for both lists, and clicking it again clears the filter.
  const tile = page.getByRole("list", { name: /对照摘要/ }).getByRole("link", { name: /有变化/ });
  await tile.click();
  await expect(page).toHaveURL(/\?only=changed$/);
  await expect(tile).toHaveAttribute("aria-current", "true");
  await expect.poll(async () => (await tableStatuses()).filter((s) => s !== "changed").length).toBe(0);
  expect((await tableStatuses()).length).toBeGreaterThan(0);
  for (const s of await rowStatuses()) expect(s).toBe("changed");
  await tile.click();
  await expect(page).toHaveURL(new RegExp(`${NEWS_VS_REPORT}$`));

  // A topic filter narrows the table too.
  await page.getByLabel("按主题筛选").fill("财政");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/q=%E8%B4%A2%E6%94%BF/);
  await expect.poll(async () => (await tableStatuses()).length).toBeLessThan(before.length);
  await openIndicatorTable(page);
  const labels = await page.locator("table.indicator-table tbody tr td:first-child").allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  expect(labels.some((l) => l.includes("财政"))).toBe(true);
});

test("the density bar shows the rows of the filtered view and is one tab stop", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(NEWS_VS_REPORT);
  const marks = page.locator("[data-density-mark]");
  const navRows = page.locator("#compare-rows li.row-item[data-nav]");
  const changedCount = await page.locator("#compare-rows li.row-item[data-status='changed']").count();
  await expect(marks).toHaveCount(changedCount);
  expect(await navRows.count()).toBe(changedCount);

  await page.getByLabel("行筛选").selectOption("unmatched");
  await expect(page).toHaveURL(/only=unmatched/);
  const unmatched = await page.locator("#compare-rows li.row-item").count();
  expect(unmatched).not.toBe(changedCount);
  await expect(marks).toHaveCount(unmatched);
  const markIds = await marks.evaluateAll((els) => els.map((e) => e.getAttribute("data-density-mark")));
  const rowIds = await page.locator("#compare-rows li.row-item").evaluateAll((els) => els.map((e) => e.id));
  expect(markIds).toEqual(rowIds);

  const bar = page.getByRole("navigation", { name: /变化分布/ });
  const focusable = await bar.evaluate((nav) => [...nav.querySelectorAll("a, button, [tabindex]")].filter((e) => (e as HTMLElement).tabIndex >= 0).length);
  expect(focusable).toBe(1);
});
