// Issue 16 (where one machine is not enough): two `next start` processes on one PostgreSQL database do not corrupt
// each other. Imports posted to both at once land exactly once each (the same file sent to both: once); a new
// comparison asked of both at once is stored once and both answer the same; and when another process rebuilds the
// derived rows (re-analysis drops stored comparisons), an instance that had the comparison in memory notices the row
// is gone and stores it again instead of serving its memory.
import { execFileSync } from "node:child_process";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { newDatabase, pass } from "../support/databases";
import { serverPort, startServer, type TestServer } from "./spawn-server";
import { readFileSync } from "node:fs";
import path from "node:path";

const SEED = readFileSync(path.join("seeds", "003_d850761e47ed951d.txt"), "utf8");
const file = (tag: string) => ({ name: `two-${tag}.txt`, text: `${SEED.trimEnd()}\n\n附件${tag}:本报告由双实例测试生成。\n` });

async function post(server: TestServer, f: { name: string; text: string }) {
  const form = new FormData();
  form.append("files", new Blob([f.text], { type: "text/plain" }), f.name);
  const response = await fetch(`${server.url}/api/import`, { method: "POST", body: form });
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body.outcomes[0] as { status: string; slug: string };
}

test("two app processes on one PostgreSQL: imports land once, comparisons are stored once, caches follow the rows", async () => {
  test.setTimeout(240_000);
  test.skip(pass.provider !== "postgresql", "two processes on one PostgreSQL database: runs in the PostgreSQL pass only");
  const databaseUrl = await newDatabase("seeded");
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const env = { DUIZHAO_WARM_COMPARISONS: "0" };
  const [a, b] = await Promise.all([startServer({ port: serverPort(31), databaseUrl, env }), startServer({ port: serverPort(32), databaseUrl, env })]);
  try {
    const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);
    const before = await count(`SELECT count(*) AS n FROM "Report"`);

    // Four files to each instance, and four more to both at once.
    const own = [0, 1, 2, 3].map((i) => file(`a${i}`));
    const others = [0, 1, 2, 3].map((i) => file(`b${i}`));
    const shared = [0, 1, 2, 3].map((i) => file(`s${i}`));
    const outcomes = await Promise.all([...own.map((f) => post(a, f)), ...others.map((f) => post(b, f)), ...shared.flatMap((f) => [post(a, f), post(b, f)])]);
    expect(outcomes.slice(0, 8).every((o) => o.status === "imported"), JSON.stringify(outcomes)).toBe(true);
    for (let i = 0; i < shared.length; i++) {
      const pair = outcomes.slice(8 + 2 * i, 10 + 2 * i).map((o) => o.status).sort();
      expect(pair, `the shared file ${shared[i].name}, sent to both`).toEqual(["duplicate", "imported"]);
    }
    expect(await count(`SELECT count(*) AS n FROM "Report"`)).toBe(before + 12);
    expect(await count(`SELECT count(*) AS n FROM (SELECT "contentHash" FROM "Report" GROUP BY "contentHash" HAVING count(*) > 1) d`)).toBe(0);
    // Versions of one region and year (all these files are) are numbered without a gap or a twin.
    const versions = (await db.query(`SELECT "version" FROM "Report" WHERE "fileName" LIKE 'two-%' ORDER BY "version"`)).rows.map((r) => r.version);
    expect(new Set(versions).size, JSON.stringify(versions)).toBe(versions.length);
    // Every report is whole: as many sentence rows as it says.
    expect(await count(`SELECT count(*) AS n FROM "Report" r WHERE r."sentenceCount" <> (SELECT count(*) FROM "Sentence" s WHERE s."reportId" = r."id")`)).toBe(0);

    // One new comparison, asked of both instances ten times each, at once: one stored row, the same answer.
    const [left, right] = [outcomes[0].slug, outcomes[4].slug];
    const api = `/api/compare?left=${left}&right=${right}&l=achievement&r=achievement`;
    const bodies = await Promise.all(Array.from({ length: 20 }, (_, i) => fetch(`${(i % 2 ? b : a).url}${api}`).then(async (r) => ({ status: r.status, text: await r.text() }))));
    expect(bodies.every((x) => x.status === 200)).toBe(true);
    expect(new Set(bodies.map((x) => x.text)).size).toBe(1);
    const pairRows = () => count(`SELECT count(*) AS n FROM "Comparison" c JOIN "Report" l ON l."id" = c."leftId" JOIN "Report" r ON r."id" = c."rightId" WHERE l."slug" = $1 AND r."slug" = $2`, [left, right]);
    expect(await pairRows()).toBe(1);

    // Another process rebuilds every derived row: the stored comparison is gone.
    execFileSync(process.execPath, ["bin/duizhao.js", "reanalyze"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
    expect(await pairRows()).toBe(0);
    // Instance B had the result in memory; it finds its row gone, computes, and stores it again (once).
    const again = await fetch(`${b.url}${api}`);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(bodies[0].text);
    expect(await pairRows()).toBe(1);
    expect((await fetch(`${a.url}${api}`)).status).toBe(200);
    expect(await pairRows()).toBe(1);
  } finally {
    await db.end();
    await Promise.all([a.stop(), b.stop()]);
  }
});
