import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";

// Issue 13 point 6: a long report is paged on the server (paragraphs kept whole), and a link to a sentence lands on
// whichever page holds it. The fixture report five times over is about 770 sentences, more than one page.
const sentenceIds = (page: Page) => page.locator("[id^='s-']").evaluateAll((els) => els.map((e) => e.id));

test("a long report is paged, and links to a sentence on another page, or to one that is gone, land", async ({ page, request }) => {
  const fixture = readFileSync("e2e/fixtures/yuhang-2021.txt", "utf8");
  const text = [fixture, ...["一", "二", "三", "四"].map((n) => `\n（续${n}）分页测试\n${fixture}`)].join("\n");
  const imported = await request.post("/api/import?name=paging-long.txt", { data: text, headers: { "content-type": "text/plain; charset=utf-8" } });
  const body = (await imported.json()) as { outcomes: { slug?: string; status: string }[] };
  const slug = body.outcomes[0].slug!;
  expect(slug, JSON.stringify(body)).toBeTruthy();

  await page.goto(`/reports/${slug}`);
  const pager = page.getByRole("navigation", { name: "正文分页 / text pages" });
  await expect(pager).toContainText(/第 1 \/ [2-9] 页/);
  const first = await sentenceIds(page);
  expect(first.length).toBeGreaterThan(100);

  await pager.getByRole("link", { name: /下一页/ }).click();
  await expect(page).toHaveURL(new RegExp(`/reports/${slug}\\?page=2$`));
  const second = await sentenceIds(page);
  expect(second.some((id) => first.includes(id))).toBe(false);
  const target = second.at(-1)!;

  await page.goto(`/reports/${slug}#${target}`);
  await expect(page).toHaveURL(new RegExp(`at=${target}#${target}$`));
  await expect(page.locator(`#${target}`)).toHaveClass(/is-target/);
  await expect(page.locator(`#${target}`)).toBeInViewport();

  // A sentence id beyond the report lands on the last sentence, with a notice.
  const pages = Number((await pager.textContent())!.match(/\/\s*(\d+)\s*页/)![1]);
  await page.goto(`/reports/${slug}?page=${pages}`);
  const last = (await sentenceIds(page)).at(-1)!;
  await page.goto(`/reports/${slug}#s-999999`);
  await expect(page.getByRole("status").filter({ hasText: "已不存在" })).toContainText("#s-999999");
  await expect(page).toHaveURL(new RegExp(`#${last}$`));
  await expect(page.locator(`#${last}`)).toHaveClass(/is-target/);
});
