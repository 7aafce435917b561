// Issue 12 (the first computation of a comparison): a large pair nobody stored yet is computed in a worker, never on
// the request's thread. The API answers 202 with Retry-After at once, searches and other pages keep answering while
// the job runs, and the page shows 正在计算对照… and reloads itself (a meta refresh, so also without JavaScript) until
// the stored comparison is there. Latency bounds are relative to the job's own length: before, one read waited for
// all of it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newDatabase } from "../support/databases";
import { serverPort, startServer, type TestServer } from "./spawn-server";

const SEEDS = ["000_6f0d3471dae921c8.txt", "003_d850761e47ed951d.txt", "004_eb0d6571eb462b03.txt"].map((f) => readFileSync(path.join("seeds", f), "utf8"));

/** A long report: the seeds over and over, each copy with its numbers shifted (by `shift`) so that no two are alike. */
function largeReport(bytes: number, shift: number): string {
  let text = "";
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += `${SEEDS[i % SEEDS.length].replace(/\d+(\.\d+)?/g, (m) => String(Number(m) + i * shift))}\n`;
  return text;
}

let server: TestServer;
const slugs: string[] = [];
test.beforeAll(async () => {
  test.setTimeout(240_000);
  const databaseUrl = await newDatabase("seeded");
  // No comparison at import: the test wants the pairs uncomputed.
  server = await startServer({ port: serverPort(29), databaseUrl, env: { DUIZHAO_WARM_COMPARISONS: "0" } });
  for (const [name, shift] of [["large-a.txt", 1], ["large-b.txt", 3]] as const) {
    const response = await fetch(`${server.url}/api/import?name=${name}`, { method: "POST", body: largeReport(1_200_000, shift), headers: { "content-type": "text/plain; charset=utf-8" } });
    const body = await response.json();
    expect(body.outcomes?.[0], JSON.stringify(body)).toMatchObject({ status: "imported" });
    slugs.push(body.outcomes[0].slug);
  }
});
test.afterAll(() => server?.stop());

async function timed(url: string): Promise<{ status: number; ms: number }> {
  const began = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - began };
}

test("the API answers 202 with Retry-After at once, and reads stay quick while the pair is computed", async () => {
  test.setTimeout(300_000);
  const api = `${server.url}/api/compare?left=${slugs[0]}&right=${slugs[1]}`;
  const began = performance.now();
  const first = await fetch(api);
  const asked = performance.now() - began;
  const body = await first.json();
  expect(first.status, JSON.stringify(body)).toBe(202);
  expect(Number(first.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  expect(body).toMatchObject({ ok: false, status: "computing", retryAfter: Number(first.headers.get("retry-after")) });

  const reads = [`/api/search?q=${encodeURIComponent("增长")}`, "/reports/yuhang-2020", "/compare/yuhang-2020/shangcheng-2020?l=achievement&r=achievement", "/search?q=GDP"];
  const during: { status: number; ms: number }[] = [];
  let ready: Response | null = null;
  for (let n = 0; !ready; n++) {
    const read = await timed(`${server.url}${reads[n % reads.length]}`);
    const state = await fetch(api);
    if (state.status === 202) during.push(read); // completed while the job was still running
    else ready = state;
  }
  const jobMs = performance.now() - began;
  expect(ready.status).toBe(200);
  expect((await ready.json()).summary.matched).toBeGreaterThan(0);
  expect(during.every((r) => r.status === 200), JSON.stringify(during)).toBe(true);
  // Reads went on while the job ran; none waited for it (without the worker, the first read waited the whole job).
  expect(during.length, `reads during a ${Math.round(jobMs)} ms job`).toBeGreaterThanOrEqual(4);
  const slowest = Math.max(...during.map((r) => r.ms));
  const sorted = during.map((r) => r.ms).sort((x, y) => x - y);
  console.log(`compare job ${Math.round(jobMs)} ms; 202 in ${Math.round(asked)} ms; ${during.length} reads meanwhile, median ${Math.round(sorted[sorted.length >> 1])} ms, max ${Math.round(slowest)} ms`);
  expect(slowest, `slowest read ${Math.round(slowest)} ms of a ${Math.round(jobMs)} ms job`).toBeLessThan(jobMs / 3);
  expect(asked, "the 202 came before the job was done").toBeLessThan(jobMs / 3);
  // Stored once: the next request is a plain cached answer.
  expect((await fetch(api)).status).toBe(200);
});

test("the page shows 正在计算对照… and reloads itself until the comparison is there", async ({ page }) => {
  test.setTimeout(300_000);
  const href = `/compare/${slugs[1]}/${slugs[0]}?l=achievement&r=achievement`;
  await page.goto(`${server.url}${href}`);
  await expect(page.getByRole("status").filter({ hasText: "正在计算对照…" })).toBeVisible();
  await expect(page.getByRole("link", { name: /立即刷新/ })).toHaveAttribute("href", href);
  // No reload from the test: the page's own refresh brings the comparison.
  await expect(page.getByRole("heading", { name: /逐句对照/ })).toBeVisible({ timeout: 240_000 });
  await expect(page.getByText("正在计算对照…")).toHaveCount(0);
});

test("without JavaScript the computing page carries a meta refresh and reloads", async ({ browser }) => {
  test.setTimeout(120_000);
  const href = `/compare/${slugs[0]}/${slugs[1]}?l=goal&r=goal`;
  const html = await (await fetch(`${server.url}${href}`)).text();
  expect(html).toMatch(/<meta http-equiv="refresh" content="\d+"/);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  let loads = 0;
  page.on("load", () => loads++);
  await page.goto(`${server.url}${href}`);
  await expect.poll(() => loads, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
  await context.close();
});
