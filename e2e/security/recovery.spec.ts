// A database that is unusable gives a clear error page (500, no stack trace, no internals) and a clear API error
// (503); when the cause goes away, the same server answers 200 again without a restart. A database not migrated yet can
// happen on either (both passes); a row of the wrong type only SQLite stores (the SQLite pass); a database refusing
// connections is PostgreSQL's (the PostgreSQL pass).
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { postgresDatabaseName } from "../../prisma/postgres-url.mjs";
import { newDatabase, pass } from "../support/databases";
import { startServer, migrate, serverPort } from "./spawn-server";

const LEAKS = /SQLITE|Prisma|main\.Report|public\.Report|The table|relation .* does not exist|\n\s+at |node_modules|\.tsx?:\d+|accepting connections/;

test("a missing migration: clear error page and API error, then recovery once migrated", async ({ page, request }) => {
  // Not migrated yet: a missing migration is the fault.
  const server = await startServer({ port: serverPort(13), databaseUrl: await newDatabase("empty") });
  try {
    const response = await page.goto(`${server.url}/reports/yuhang-2020`);
    expect(response!.status()).toBeGreaterThanOrEqual(500);
    await expect(page.getByRole("alert").filter({ hasText: /暂时/ })).toContainText(/暂时/);
    await expect(page.getByRole("alert").filter({ hasText: /暂时/ })).toContainText(/try again|Retry|重试/);
    expect(await page.locator("body").innerText()).not.toMatch(LEAKS);
    expect(await (await request.get(`${server.url}/reports/yuhang-2020`)).text()).not.toMatch(LEAKS);

    const api = await request.get(`${server.url}/api/compare?left=yuhang-2020&right=yuhang-2020`);
    expect(api.status()).toBe(503);
    const body = await api.json();
    expect(body).toEqual({ ok: false, error: expect.stringMatching(/not migrated/) });
    expect(JSON.stringify(body)).not.toMatch(LEAKS);

    migrate(server.databaseUrl, { seed: true });
    const recovered = await page.goto(`${server.url}/reports/yuhang-2020`);
    expect(recovered!.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect((await request.get(`${server.url}/api/compare?left=yuhang-2020&right=yuhang-2020`)).status()).toBe(200);
  } finally {
    await server.stop();
  }
});

test("a corrupt row: clear error page, then re-analysis repairs it", async ({ page }) => {
  test.skip(pass.provider !== "sqlite", "a text in a float column, which only SQLite stores: runs in the SQLite pass only");
  const databaseUrl = await newDatabase("seeded");
  const server = await startServer({ port: serverPort(15), databaseUrl });
  try {
    const file = new Database(databaseUrl.replace(/^file:/, ""));
    file.prepare(`UPDATE Sentence SET confidence = 'not-a-number' WHERE "index" = 3 AND reportId = (SELECT id FROM Report WHERE slug = 'yuhang-2020')`).run();
    file.close();
    // The report's summary (and so the page's metadata) still reads, so the shell streams with 200 before the broken
    // sentence rows fail; the error boundary then replaces the content. A streamed status cannot change afterwards.
    await page.goto(`${server.url}/reports/yuhang-2020`);
    await expect(page.getByRole("alert").filter({ hasText: /暂时/ })).toBeVisible();
    expect(await page.locator("body").innerText()).not.toMatch(/not-a-number|confidence|Expected a float/);
    // Other reports are unaffected.
    expect((await page.goto(`${server.url}/reports/shangcheng-2020`))!.status()).toBe(200);

    execFileSync(process.execPath, ["bin/duizhao.js", "reanalyze"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
    expect((await page.goto(`${server.url}/reports/yuhang-2020`))!.status()).toBe(200);
  } finally {
    await server.stop();
  }
});

test("PostgreSQL going away under a running server, then coming back", async ({ page, request }) => {
  test.skip(pass.provider !== "postgresql", "PostgreSQL refusing connections: runs in the PostgreSQL pass only");
  const databaseUrl = await newDatabase("seeded");
  const database = postgresDatabaseName(databaseUrl);
  const pgServer = await startServer({ port: serverPort(14), databaseUrl });
  const admin = new pg.Client({ connectionString: pass.url });
  await admin.connect();
  try {
    expect((await page.goto(`${pgServer.url}/reports/yuhang-2020`))!.status()).toBe(200);

    // The database refuses new connections and its open ones are cut.
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    // Only the app's own connections (its role): an autovacuum worker on the database belongs to the superuser and may
    // not be terminated by this role (seen in CI: "must be a superuser to terminate superuser process").
    const ours = `datname = '${database}' AND usename = current_user AND pid <> pg_backend_pid()`;
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE ${ours}`);
    // pg_terminate_backend only signals: wait until the server's connections are really gone.
    const open = async () => Number((await admin.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE ${ours}`)).rows[0].n);
    await expect.poll(open, { timeout: 10_000 }).toBe(0);
    const down = await page.goto(`${pgServer.url}/reports/yuhang-2020`);
    expect(down!.status()).toBeGreaterThanOrEqual(500);
    await expect(page.getByRole("alert").filter({ hasText: /暂时/ })).toContainText(/暂时/);
    expect(await page.locator("body").innerText()).not.toMatch(LEAKS);
    const api = await request.get(`${pgServer.url}/api/compare?left=yuhang-2020&right=yuhang-2020`);
    expect(api.status()).toBe(503);
    expect((await api.json()).error).toMatch(/cannot be reached|数据库/);

    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    await expect.poll(async () => (await request.get(`${pgServer.url}/reports/yuhang-2020`)).status(), { timeout: 20_000 }).toBe(200);
    expect((await request.get(`${pgServer.url}/api/compare?left=yuhang-2020&right=yuhang-2020`)).status()).toBe(200);
  } finally {
    await admin.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`).catch(() => undefined);
    await admin.end();
    await pgServer.stop();
  }
});
