// The compare page's HTML cache (decision 012e): a repeated document request is served from memory with an ETag, and
// a correction or an import changes the page on the very next request; a comparison stored for another pair does not
// (013b). Own server and database (its writes would
// change the shared e2e database's labels).
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { newDatabase } from "../support/databases";
import { serverPort, startServer, type TestServer } from "../security/spawn-server";

let server: TestServer;
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const databaseUrl = await newDatabase("seeded");
  server = await startServer({ port: serverPort(61), databaseUrl });
});

test.afterAll(async () => {
  await server?.stop();
});

const DIGITAL = "确保数字经济核心产业增加值增长15%以上";
const VIEW = `/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal&q=${encodeURIComponent("数字经济核心产业")}&collapse=0`;

async function get(request: APIRequestContext, path: string, headers: Record<string, string> = {}) {
  const res = await request.get(`${server.url}${path}`, { headers, maxRedirects: 0 });
  return { status: res.status(), cache: res.headers()["x-duizhao-page-cache"], etag: res.headers()["etag"], body: res.status() === 200 ? await res.text() : "" };
}

test("a repeated page is served from memory, the same for another spelling of its query, and 304 for its ETag", async ({ request }) => {
  // The first request computes and stores the comparison: the stored data changed while it rendered, so it is not
  // kept; the next one is rendered and kept (miss), then served from memory (hit).
  await expect.poll(async () => (await get(request, VIEW)).cache, { timeout: 60_000 }).toBe("hit");
  const first = await get(request, VIEW);
  expect(first.status).toBe(200);
  expect(first.body).toContain(DIGITAL);
  const second = await get(request, VIEW);
  expect(second.cache).toBe("hit");
  expect(second.body).toBe(first.body);
  expect(second.etag).toMatch(/^W\/".+"$/);
  // The same view with its parameters in another order is the same entry.
  const reordered = await get(request, `/compare/yuhang-2020/yuhang-2020?collapse=0&q=${encodeURIComponent("数字经济核心产业")}&r=goal&l=achievement`);
  expect(reordered.cache).toBe("hit");
  expect(reordered.etag).toBe(second.etag);
  expect((await get(request, VIEW, { "if-none-match": second.etag! })).status).toBe(304);
  // A script's fetch (Sec-Fetch-Dest: empty) is rendered by the app, never from the cache.
  expect((await get(request, VIEW, { "sec-fetch-dest": "empty" })).cache).toBeUndefined();
});

test("a comparison stored for another pair leaves the cached page in place (decision 013b)", async ({ request }) => {
  const before = await get(request, VIEW);
  expect(before.cache).toBe("hit");
  // Another pair's first request computes and stores its comparison (as an import's warm comparisons do); that row
  // cannot change this page, so this page stays cached with the same ETag.
  const other = "/compare/xihu-2012/hangzhou-2021-excerpt?l=goal&r=achievement";
  await expect.poll(async () => (await get(request, other)).cache, { timeout: 60_000 }).toBe("hit");
  const after = await get(request, VIEW);
  expect(after.cache).toBe("hit");
  expect(after.etag).toBe(before.etag);
});

async function rowOf(page: Page) {
  return page.locator("#compare-rows li", { hasText: DIGITAL }).first();
}

test("a correction made on the reader page shows in the cached compare page at once", async ({ page, request }) => {
  await page.goto(`${server.url}${VIEW}`);
  await expect((await rowOf(page)).locator(".corrected-badge")).toHaveCount(0);
  const before = await get(request, VIEW);
  expect(before.cache).toBe("hit");

  await page.goto(`${server.url}/reports/yuhang-2020`);
  const sentence = page.locator("[data-kind]", { hasText: DIGITAL }).first();
  await sentence.hover();
  await sentence.getByRole("link", { name: "改正" }).click();
  const panel = page.getByRole("region", { name: /改正 s-\d+/ });
  await panel.getByRole("radio", { name: "实绩" }).check();
  await panel.getByRole("button", { name: "保存句子改正" }).click();
  await expect(panel.getByRole("status")).toHaveText(/已保存/);

  // The correction deleted the stored comparison: the next request renders it afresh (not from the cache).
  const after = await get(request, VIEW);
  expect(after.status).toBe(200);
  expect(after.cache).not.toBe("hit");
  expect(after.body).not.toBe(before.body);
  await page.goto(`${server.url}${VIEW}`);
  await expect((await rowOf(page)).locator(".corrected-badge")).toHaveCount(1);
});

// The page no longer lists the library's reports (its pickers search, decision 012d), so what an import must change is
// the cache entry: the old ETag no longer validates and the page is rendered again.
test("an import changes the cached page at once: its old ETag no longer validates", async ({ request }) => {
  const before = await get(request, VIEW);
  expect(before.cache).toBe("hit");
  expect((await get(request, VIEW, { "if-none-match": before.etag! })).status).toBe(304);
  const res = await request.post(`${server.url}/api/import?name=yuhang-2021.txt`, { data: readFileSync("e2e/fixtures/yuhang-2021.txt"), headers: { "content-type": "text/plain; charset=utf-8" } });
  expect(res.status()).toBe(200);
  const after = await get(request, VIEW, { "if-none-match": before.etag! });
  expect(after.status).toBe(200);
  expect(after.cache).not.toBe("hit");
  expect(after.etag).not.toBe(before.etag);
});
