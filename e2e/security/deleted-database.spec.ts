// Issue 12, finding 6: the SQLite file deleted under a running server. Writes and reads are refused with a JSON 503
// and the reason (before: "imported" into the deleted file, and a 500 with an empty body from /api/search); the
// server never creates a new file; every API error is JSON.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newDatabase, pass } from "../support/databases";
import { serverPort, startServer, type TestServer } from "./spawn-server";

const report = readFileSync(path.join(__dirname, "../fixtures/yuhang-2021.txt"));

test.describe("the SQLite file deleted under a running server", () => {
  test.skip(pass.provider !== "sqlite", "a SQLite file deleted under the server: runs in the SQLite pass only");
  let server: TestServer;
  let file: string;
  test.beforeAll(async () => {
    const databaseUrl = await newDatabase("seeded");
    file = databaseUrl.replace(/^file:/, "");
    server = await startServer({ port: serverPort(27), databaseUrl });
  });
  test.afterAll(() => server?.stop());

  test("a deleted database file: imports and searches answer 503 with the reason, and no file is created", async ({ request }) => {
    expect((await request.get(`${server.url}/api/search?q=增长`)).status()).toBe(200);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });

    const imported = await request.post(`${server.url}/api/import?name=r.txt`, { data: report, headers: { "content-type": "text/plain" } });
    expect(imported.status()).toBe(503);
    expect(await imported.json()).toEqual({ ok: false, error: expect.stringMatching(/deleted or replaced while the server was running/) });
    const search = await request.get(`${server.url}/api/search?q=增长`);
    expect(search.status()).toBe(503);
    expect(await search.json()).toEqual({ ok: false, error: expect.stringMatching(/deleted or replaced/) });
    const compare = await request.get(`${server.url}/api/compare?left=yuhang-2020&right=yuhang-2020`);
    expect(compare.status()).toBe(503);
    expect(existsSync(file)).toBe(false);
  });
});

// Not about the database: on the shared server, so on both.
test("an unknown API path answers JSON too", async ({ request }) => {
  const response = await request.get("/api/no-such-endpoint");
  expect(response.status()).toBe(404);
  expect(await response.json()).toEqual({ ok: false, error: expect.stringMatching(/no such API endpoint/) });
});
