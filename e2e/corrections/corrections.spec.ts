// Correct by hand (issue 13 point 9): a sentence's kind and a figure's value corrected on the reader page, seen in the
// compare view, and still there after `npx duizhao reanalyze` rebuilt every derived row from the stored texts.
// Runs its own server and database, so the shared e2e database keeps its automatic labels.
import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { newDatabase } from "../support/databases";
import { serverPort, startServer, type TestServer } from "../security/spawn-server";

let server: TestServer;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const databaseUrl = await newDatabase("seeded");
  server = await startServer({ port: serverPort(40), databaseUrl });
});

test.afterAll(async () => {
  await server?.stop();
});

const DIGITAL = "确保数字经济核心产业增加值增长15%以上";
const REVENUE = "完成财政总收入726.47亿元";

/** Open a sentence's 改正 panel the way a reader does: point at the sentence, then follow 改正 in its explanation. */
async function openFix(page: Page, text: string) {
  const sentence = page.locator("[data-kind]", { hasText: text }).first();
  await sentence.hover();
  await sentence.getByRole("link", { name: "改正" }).click();
  await expect(page).toHaveURL(/[?&]fix=s-\d+/);
  const panel = page.getByRole("region", { name: /改正 s-\d+/ });
  await expect(panel).toBeVisible();
  return panel;
}

test("a sentence's kind and a figure's value corrected on the reader page", async ({ page }) => {
  await page.goto(`${server.url}/reports/yuhang-2020`);
  const digital = page.locator("[data-kind]", { hasText: DIGITAL }).first();
  await expect(digital).toHaveAttribute("data-kind", "goal");

  const panel = await openFix(page, DIGITAL);
  await panel.getByRole("radio", { name: "实绩" }).check();
  await panel.getByLabel(/说明/).first().fill("e2e：这是去年的成绩");
  await panel.getByRole("button", { name: "保存句子改正" }).click();
  await expect(panel.getByRole("status")).toHaveText(/已保存/);
  await page.reload();
  await expect(digital).toHaveAttribute("data-kind", "achievement");
  await expect(digital.locator(".corrected-badge")).toHaveText("改正");
  // The automatic label and its reason stay visible beside the correction.
  await expect(page.getByRole("region", { name: /改正 s-\d+/ })).toContainText(/自动：目标（.+）→ 改为：实绩；说明：e2e：这是去年的成绩/);

  const figures = await openFix(page, REVENUE);
  await figures.locator("summary", { hasText: "726.47亿元" }).click();
  const form = figures.locator("details[open]");
  await form.getByLabel(/数值 Value/).fill("723.2");
  await form.getByLabel(/说明/).fill("以统计公报为准");
  await form.getByRole("button", { name: "保存指标改正" }).click();
  await expect(form.getByRole("status")).toHaveText(/已保存/);
  await page.reload();
  // The stored text is never rewritten; the figure is read as corrected, with what the analysis read beside it.
  await expect(page.locator("[data-kind]", { hasText: REVENUE }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: /改正 s-\d+/ }).locator("summary", { hasText: "723.2亿元" })).toContainText(/改正（自动：.*726\.47亿元）/);
});

test("the reader's indicator table marks the corrected figure 改正, with its note on hover and on keyboard focus", async ({ page }) => {
  await page.goto(`${server.url}/reports/yuhang-2020`);
  const table = page.getByRole("region", { name: /^指标/ }).locator("table");
  const marks = table.locator("[data-corrected]");
  // Only the figure corrected above is marked; the sentence whose kind changed has its own badge in the text.
  await expect(marks).toHaveCount(1);
  const row = table.locator("tr").filter({ has: page.locator("[data-corrected]") });
  await expect(row.locator("td").nth(1)).toContainText("723.2");
  const mark = marks.first();
  await expect(mark.locator(".corrected-badge")).toHaveText("改正");
  const tip = page.locator(`[id="${await mark.getAttribute("aria-describedby")}"]`);
  await expect(tip).toBeHidden();
  // Keyboard: the mark is focusable and its explanation (what the analysis read, and the note) shows on focus.
  await mark.focus();
  await expect(tip).toBeVisible();
  await expect(tip).toHaveAttribute("role", "tooltip");
  await expect(tip).toContainText(/自动：.*726\.47亿元/);
  await expect(tip).toContainText("说明：以统计公报为准");
  await mark.blur();
  await expect(tip).toBeHidden();
  await mark.hover();
  await expect(tip).toBeVisible();
  const axe = await new AxeBuilder({ page }).include("section[aria-labelledby=indicators]").analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

async function expectCorrectedInCompare(page: Page) {
  // News against report: the report's corrected figure now agrees with the article's 723.2亿元.
  await page.goto(`${server.url}/compare/yuhang-2020-news/yuhang-2020?metric=fiscal-total-revenue`);
  // Indicator ids are stable: metric, type and the sentence (i-fiscal-total-revenue-level-l3).
  const row = page.locator('tr[id^="i-fiscal-total-revenue-level-l"]').first();
  await expect(row).toBeVisible();
  await expect(row.locator("td").nth(2)).toHaveText("723.2亿元（改正）");
  await expect(row).toHaveAttribute("data-status", "same");
  // Results against targets: the corrected sentence now stands among the results, marked as corrected.
  await page.goto(`${server.url}/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal&q=${encodeURIComponent("数字经济核心产业增加值增长15%")}`);
  const corrected = page.locator("#compare-rows [id^='r-']").filter({ has: page.locator(".corrected-badge") });
  await expect(corrected.first()).toContainText("数字经济核心产业增加值增长15%");
  await expect(corrected.first().locator(".corrected-badge")).toHaveText("改正");
}

test("the corrections show in the compare view", async ({ page }) => {
  await expectCorrectedInCompare(page);
});

test("the corrections survive a re-analysis of every report", async ({ page }) => {
  const out = execFileSync(process.execPath, ["bin/duizhao.js", "reanalyze"], { env: { ...process.env, DATABASE_URL: server.databaseUrl }, encoding: "utf8" });
  expect(out).toMatch(/re-analysed 5 report/);
  await expectCorrectedInCompare(page);
  await page.goto(`${server.url}/reports/yuhang-2020`);
  await expect(page.locator("[data-kind]", { hasText: DIGITAL }).first()).toHaveAttribute("data-kind", "achievement");
  await expect(page.getByRole("region", { name: /人工改正/ }).locator("li")).toHaveCount(2);
});

test("a pairing is unpaired on the compare page", async ({ page }) => {
  await page.goto(`${server.url}/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal`);
  await page.getByRole("link", { name: "改正配对 Correct a pairing" }).click();
  const panel = page.getByRole("region", { name: /改正配对/ });
  await expect(panel).toBeVisible();
  const unpair = panel.locator("form").first();
  const rd = await unpair.locator('option[value^="i-rd-intensity-share-l"]').first().getAttribute("value");
  await unpair.getByLabel(/已配对的指标/).selectOption(rd!);
  await unpair.getByRole("button", { name: "拆开 Unpair" }).click();
  await expect(unpair.getByRole("status")).toHaveText(/已保存/);
  await page.goto(`${server.url}/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal&metric=rd-intensity`);
  const rows = page.locator("#indicator-table tbody tr");
  await expect(rows.filter({ hasText: "人工拆开" })).toHaveCount(2);
});

test("the JSON API needs write access and names what is wrong", async ({ request }) => {
  const url = `${server.url}/api/corrections`;
  const foreign = await request.post(url, { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, data: { slug: "yuhang-2020", undo: "x" } });
  expect(foreign.status()).toBe(403);
  const bad = await request.post(url, { data: { slug: "yuhang-2020", correction: { type: "sentence", target: { id: "s-1", hash: "00000000" }, kind: "promise" } } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/^kind: /);
  const listed = await (await request.get(`${url}?slug=yuhang-2020`)).json();
  expect(listed.corrections.map((c: { state: string }) => c.state)).toEqual(["applied", "applied", "applied"]);
});

test("the correction panels have no serious or critical axe-core violation, at both widths", { tag: "@rendering" }, async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 844 });
    for (const path of ["/reports/yuhang-2020?fix=s-5#fix", "/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal&fix=pairs#pair-fix"]) {
      await page.goto(`${server.url}${path}`);
      await expect(page.locator("main h1").first()).toBeVisible();
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      found.push(...(await seriousViolations(page)).map((v) => `${width} ${path}: ${v}`));
    }
  }
  expect(found).toEqual([]);
});

test("on a phone a tapped sentence's explanation stays on screen and its 改正 link opens the panel", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/reports/yuhang-2020`);
  const sentence = page.locator("[data-kind]", { hasText: "全力推进阿里全球总部" }).first();
  await sentence.scrollIntoViewIfNeeded();
  await sentence.click();
  const link = sentence.getByRole("link", { name: "改正" });
  await expect(link).toBeInViewport({ ratio: 1 });
  await link.click();
  await expect(page.getByRole("region", { name: /改正 s-\d+/ })).toBeInViewport();
});
