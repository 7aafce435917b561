// Issue 12, finding 4: one large report must not freeze the server. A 4.9 MB report is imported while reads go on;
// every read succeeds, and reads keep completing while the import runs (before, the import's synchronous work held
// the server's thread for its whole length, so none could). Ordering is asserted, never a duration.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newDatabase } from "../support/databases";
import { serverPort, startServer, type TestServer } from "./spawn-server";

const SEEDS = ["000_6f0d3471dae921c8.txt", "003_d850761e47ed951d.txt", "004_eb0d6571eb462b03.txt"].map((f) => readFileSync(path.join("seeds", f), "utf8"));

/** About 4.9 MB of report text: the seeds over and over, each copy with its numbers shifted so that no two are alike. */
function largeReport(bytes: number): string {
  let text = "";
  for (let i = 0; Buffer.byteLength(text) < bytes; i++) text += `${SEEDS[i % SEEDS.length].replace(/\d+(\.\d+)?/g, (m) => String(Number(m) + i))}\n`;
  return text;
}

let server: TestServer;
test.beforeAll(async () => {
  const databaseUrl = await newDatabase("seeded");
  server = await startServer({ port: serverPort(28), databaseUrl });
});
test.afterAll(() => server?.stop());

test("reads go on, and all succeed, while a 4.9 MB report is imported", async () => {
  test.setTimeout(180_000);
  const report = largeReport(4_900_000);
  expect(Buffer.byteLength(report)).toBeLessThan(5 * 1024 * 1024);
  const reads = [`/api/search?q=${encodeURIComponent("增长")}`, "/reports/yuhang-2020", "/api/compare?left=yuhang-2020&right=shangcheng-2020"];

  let importing = true;
  const statuses: number[] = [];
  let duringImport = 0;
  const readLoop = (async () => {
    for (let n = 0; importing; n++) {
      const response = await fetch(`${server.url}${reads[n % reads.length]}`);
      await response.arrayBuffer();
      statuses.push(response.status);
      if (importing) duringImport++;
    }
  })();
  const response = await fetch(`${server.url}/api/import?name=large.txt`, { method: "POST", body: report, headers: { "content-type": "text/plain; charset=utf-8" } });
  const body = await response.json();
  importing = false;
  await readLoop;

  expect(response.status, JSON.stringify(body)).toBe(200);
  expect(body.outcomes[0]).toMatchObject({ status: "imported" });
  expect(statuses.every((s) => s === 200), JSON.stringify(statuses)).toBe(true);
  expect(duringImport, "reads completed while the import ran").toBeGreaterThanOrEqual(10);
  // The report is whole: its page opens.
  expect((await fetch(`${server.url}/reports/${body.outcomes[0].slug}`)).status).toBe(200);
});
