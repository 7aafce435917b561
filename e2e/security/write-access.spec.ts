// Write access over HTTP: reading is public; without a token only this machine may write, and forging
// x-forwarded-for does not change who the client is; with a token set, the token is required; imports are rate-limited;
// request bodies are size-limited.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { newDatabase } from "../support/databases";
import { publicAddress, serverPort, startServer, type TestServer } from "./spawn-server";

const report = readFileSync(path.join(__dirname, "../fixtures/yuhang-2021.txt"));
const variant = (n: number) => Buffer.concat([report, Buffer.from(`\n附件第${n}号:测试。\n`)]);
const post = (base: string, body: Buffer, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/import?name=r.txt`, { method: "POST", body: new Uint8Array(body), headers: { "content-type": "text/plain", ...headers } });


test("the shared e2e server refuses a write that claims to come from elsewhere", async ({ request }) => {
  const forgeries: Record<string, string>[] = [{ "x-forwarded-for": "203.0.113.9" }, { "x-forwarded-for": "127.0.0.1, 203.0.113.9" }, { forwarded: "for=203.0.113.9" }, { "x-real-ip": "203.0.113.9" }];
  for (const headers of forgeries) {
    const response = await request.post("/api/import?name=r.txt", { data: variant(1), headers: { "content-type": "text/plain", ...headers } });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
  }
  expect((await request.get("/api/compare?left=yuhang-2020&right=yuhang-2020")).status()).toBe(200);
});

test.describe("a server listening on a public address without a token", () => {
  let server: TestServer;
  const address = publicAddress();
  test.skip(!address, "this machine has no non-loopback address");
  test.beforeAll(async () => {
    const databaseUrl = await newDatabase("seeded");
    server = await startServer({ port: serverPort(11), host: "0.0.0.0", databaseUrl, env: { DUIZHAO_RATE_LIMIT: "3/600" } });
  });
  test.afterAll(() => server?.stop());

  test("a remote client forging x-forwarded-for: 127.0.0.1 (and the peer header) is refused; reading stays public", async () => {
    const remote = `http://${address}:${serverPort(11)}`;
    const forged = await post(remote, variant(2), { "x-forwarded-for": "127.0.0.1", "x-real-ip": "127.0.0.1", "x-duizhao-peer": "127.0.0.1", forwarded: "for=127.0.0.1" });
    expect(forged.status).toBe(403);
    expect((await forged.json()).error).toMatch(/localhost/);
    expect((await fetch(`${remote}/reports/yuhang-2020`)).status).toBe(200);
  });

  test("the server action refuses a remote client too", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: `http://${address}:${serverPort(11)}`, extraHTTPHeaders: { "x-forwarded-for": "127.0.0.1" } });
    const page = await context.newPage();
    await page.goto("/import");
    await page.getByLabel(/或粘贴全文/).fill(variant(3).toString("utf8"));
    await page.getByRole("button", { name: /导入/ }).click();
    await expect(page.getByText(/只允许本机写入/)).toBeVisible();
    await context.close();
  });

  test("imports from one client are rate-limited; a local write is allowed until then", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(server.url, variant(10 + i))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await post(server.url, variant(20));
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

test.describe("a server with DUIZHAO_ADMIN_TOKEN", () => {
  let server: TestServer;
  test.beforeAll(async () => {
    const databaseUrl = await newDatabase("migrated");
    server = await startServer({ port: serverPort(12), databaseUrl, env: { DUIZHAO_ADMIN_TOKEN: "e2e-s3cret" } });
  });
  test.afterAll(() => server?.stop());

  test("requires the token even from localhost, and accepts it as a bearer or x-duizhao-token header", async () => {
    expect((await post(server.url, variant(30))).status).toBe(403);
    expect((await post(server.url, variant(30), { authorization: "Bearer wrong" })).status).toBe(403);
    expect((await post(server.url, variant(30), { authorization: "Bearer e2e-s3cret" })).status).toBe(200);
    expect((await post(server.url, variant(31), { "x-duizhao-token": "e2e-s3cret" })).status).toBe(200);
  });

  test("reads the token exactly: no scheme is refused, an empty header does not hide a valid bearer", async () => {
    const bare = await post(server.url, variant(33), { authorization: "e2e-s3cret" });
    expect(bare.status).toBe(403);
    expect(await bare.json()).toEqual({ ok: false, error: expect.stringMatching(/Bearer <token>/) });
    expect((await post(server.url, variant(33), { authorization: "Bearer e2e-s3cret", "x-duizhao-token": "wrong" })).status).toBe(403);
    expect((await post(server.url, variant(33), { authorization: "Bearer e2e-s3cret", "x-duizhao-token": "" })).status).toBe(200);
  });

  test("the import form needs the token", async ({ browser }) => {
    const page = await (await browser.newContext({ baseURL: server.url })).newPage();
    await page.goto("/import");
    await page.getByLabel(/或粘贴全文/).fill(variant(32).toString("utf8"));
    await page.getByRole("button", { name: /导入/ }).click();
    await expect(page.getByText(/需要管理令牌/)).toBeVisible();
  });
});

test("request bodies are size-limited, with or without a content-length", async ({ baseURL }) => {
  const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
  const declared = await fetch(`${baseURL}/api/import?name=big.txt`, { method: "POST", body: new Uint8Array(big), headers: { "content-type": "text/plain" } });
  expect(declared.status).toBe(413);
  let sent = 0;
  const chunked = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ > 400) controller.close();
      else controller.enqueue(new Uint8Array(64 * 1024).fill(0x42));
    },
  });
  const streamed = await fetch(`${baseURL}/api/import?name=big.txt`, { method: "POST", body: chunked, headers: { "content-type": "multipart/form-data; boundary=x" }, duplex: "half" } as RequestInit);
  expect(streamed.status).toBe(413);
});
