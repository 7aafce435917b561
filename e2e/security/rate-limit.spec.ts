// The import rate limit (issue 12, findings 4 and 7): the client is the TCP peer, so X-Forwarded-For from a client
// that is not a configured trusted proxy does not open new buckets; and every file and byte counts, not the request.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newDatabase } from "../support/databases";
import { serverPort, startServer, type TestServer } from "./spawn-server";

const report = readFileSync(path.join(__dirname, "../fixtures/yuhang-2021.txt"), "utf8");
const variant = (n: number) => `${report}\n附件第${n}号:限流测试。\n`;
const post = (base: string, n: number, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/import?name=r${n}.txt`, { method: "POST", body: variant(n), headers: { "content-type": "text/plain", ...headers } });

function multipart(base: string, numbers: number[]) {
  const form = new FormData();
  for (const n of numbers) form.append("files", new File([variant(n)], `m${n}.txt`, { type: "text/plain" }));
  return fetch(`${base}/api/import`, { method: "POST", body: form });
}

async function withServer(env: Record<string, string>, offset: number, run: (server: TestServer) => Promise<void>) {
  const databaseUrl = await newDatabase("migrated");
  const server = await startServer({ port: serverPort(offset), databaseUrl, env });
  try {
    await run(server);
  } finally {
    await server.stop();
  }
}

test("X-Forwarded-For from a client that is not a trusted proxy does not give it new buckets", async () => {
  await withServer({ DUIZHAO_RATE_LIMIT: "3/600" }, 22, async (server) => {
    const statuses: number[] = [];
    for (let n = 1; n <= 5; n++) statuses.push((await post(server.url, n, { "x-forwarded-for": `127.0.0.${n}` })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
  // With a token, any forwarded address was believed before: each one opened its own bucket.
  await withServer({ DUIZHAO_RATE_LIMIT: "3/600", DUIZHAO_ADMIN_TOKEN: "rate-s3cret" }, 26, async (server) => {
    const statuses: number[] = [];
    for (let n = 1; n <= 5; n++) statuses.push((await post(server.url, n, { authorization: "Bearer rate-s3cret", "x-forwarded-for": `203.0.113.${n}` })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });
});

test("a trusted proxy's X-Forwarded-For names the client", async () => {
  await withServer({ DUIZHAO_RATE_LIMIT: "1/600", DUIZHAO_TRUSTED_PROXIES: "127.0.0.1,::1" }, 23, async (server) => {
    // Writes without a token come only from this machine, so the forwarded clients are loopback addresses too.
    expect((await post(server.url, 1, { "x-forwarded-for": "127.0.0.5" })).status).toBe(200);
    expect((await post(server.url, 2, { "x-forwarded-for": "127.0.0.5" })).status).toBe(429);
    expect((await post(server.url, 3, { "x-forwarded-for": "127.0.0.6" })).status).toBe(200);
  });
});

test("every file and every byte of a request counts", async () => {
  await withServer({ DUIZHAO_RATE_LIMIT: "3/600", DUIZHAO_RATE_LIMIT_BYTES: "1M/600" }, 24, async (server) => {
    const tooMany = await multipart(server.url, [1, 2, 3, 4]);
    expect(tooMany.status).toBe(413);
    expect(await tooMany.json()).toEqual({ ok: false, error: expect.stringMatching(/4 files.*more than the import limit/) });
    const three = await multipart(server.url, [5, 6, 7]);
    expect(three.status).toBe(200);
    expect((await three.json()).outcomes.map((o: { status: string }) => o.status)).toEqual(["imported", "imported", "imported"]);
    expect((await post(server.url, 8)).status).toBe(429);
  });
  await withServer({ DUIZHAO_RATE_LIMIT: "100/600", DUIZHAO_RATE_LIMIT_BYTES: `${Buffer.byteLength(variant(1)) * 2 + 100}/600` }, 25, async (server) => {
    expect((await multipart(server.url, [1, 2])).status).toBe(200);
    const limited = await post(server.url, 3);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
