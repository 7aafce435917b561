import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { newDatabase } from "../support/databases";
import { serverPort, startServer, type TestServer } from "../security/spawn-server";

const PAGES = [
  "/",
  "/compare",
  "/reports/yuhang-2020",
  "/reports/xihu-2012?kind=goal",
  "/compare/yuhang-2020-news/yuhang-2020",
  "/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal&collapse=0",
  "/compare/yuhang-2020/yuhang-2020?l=goal&r=achievement&only=changed",
  "/regions/yuhang",
  "/search?q=增长",
  "/import",
  "/reports/yuhang-2020?original=1",
  "/reports/no-such-report",
  "/compare/yuhang-2020/no-such-report",
];

async function unfoldedViolations(page: Page) {
  // Folded parts count too: open every <details> before the scan.
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
  return seriousViolations(page);
}

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`axe-core finds no serious or critical violation at ${viewport.width} px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(viewport);
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      found.push(...(await unfoldedViolations(page)).map((v) => `${path}: ${v}`));
    }
    expect(found).toEqual([]);
  });
}

// The compare page's two other states: 正在计算对照… (a pair computed in a worker) and the refusal. A server of its own
// sends every pair to the worker (min 1 sentence) with a budget no job meets, so the first request shows the computing
// page and, once the job gave up, the same address shows the refusal with its reason.
test.describe("the compare page while computing and when refused", () => {
  let server: TestServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const databaseUrl = await newDatabase("seeded");
    server = await startServer({ port: serverPort(47), databaseUrl, env: { DUIZHAO_WARM_COMPARISONS: "0", DUIZHAO_COMPARE_WORKER_MIN_SENTENCES: "1", DUIZHAO_COMPARE_BUDGET_MS: "1" } });
  });
  test.afterAll(() => server?.stop());

  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`axe-core finds no serious or critical violation at ${viewport.width} px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      // A pair and kinds of each width's own, so that the other test's failed job is not this one's.
      const [left, right, kinds] = viewport.width === 1280 ? ["xihu-2012", "shangcheng-2020", ""] : ["shangcheng-2020", "xihu-2012", "?l=goal&r=goal"];
      const path = `/compare/${left}/${right}${kinds}`;
      // The computing page as the server sent it to the first request (the job may end before a browser loads it).
      const first = await fetch(`${server.url}${path}`);
      const computing = await first.text();
      expect(computing).toContain("正在计算对照…");
      await page.route(`${server.url}${path}`, (route) => route.fulfill({ status: first.status, contentType: "text/html; charset=utf-8", body: computing }), { times: 1 });
      // Its refresh (every 2 s) waits while axe reads the page: the page's timers are held.
      await page.clock.install();
      await page.goto(`${server.url}${path}`);
      await expect(page.getByRole("status").filter({ hasText: "正在计算对照…" })).toBeVisible();
      const found = (await unfoldedViolations(page)).map((v) => `computing: ${v}`);
      // The job overruns its 1 ms budget and is remembered as failed.
      await expect.poll(async () => (await fetch(`${server.url}/api/compare?left=${left}&right=${right}${kinds.replace("?", "&")}`)).status, { timeout: 60_000 }).toBe(422);
      await page.goto(`${server.url}${path}`);
      await expect(page.getByRole("alert").filter({ hasText: "无法计算这组对照" })).toBeVisible();
      found.push(...(await unfoldedViolations(page)).map((v) => `refused: ${v}`));
      expect(found).toEqual([]);
    });
  }
});
