// Forged writes (issue 12, findings 1 and 2): a form on another origin, a request with a foreign Origin or Host
// (DNS rebinding), a browser request without Origin. Each is refused with a JSON 403 and a reason, and nothing is
// stored; the same file from this machine without a browser is then imported (so it was not stored before).
import http from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, expect, test } from "@playwright/test";
import { newDatabase } from "../support/databases";
import { serverPort, startServer, type TestServer } from "./spawn-server";

const report = readFileSync(path.join(__dirname, "../fixtures/yuhang-2021.txt"), "utf8");
const variant = (n: number) => `${report}\n附件第${n}号:跨站写入测试。\n`;

/** A raw HTTP request, so that Host and Origin can be set to anything (fetch will not forge Host). */
function rawPost(port: number, pathName: string, body: string, headers: Record<string, string>): Promise<{ status: number; json: { ok: boolean; error?: string; outcomes?: { status: string }[] } }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path: pathName, method: "POST", headers: { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(body), ...headers } }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (d) => (text += d));
      response.on("end", () => {
        try {
          resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) });
        } catch {
          reject(new Error(`not JSON (${response.statusCode}): ${text.slice(0, 200)}`));
        }
      });
    });
    request.on("error", reject);
    request.end(body);
  });
}

let server: TestServer;
let host: string;
test.beforeAll(async () => {
  const databaseUrl = await newDatabase("seeded");
  server = await startServer({ port: serverPort(20), databaseUrl });
  host = `127.0.0.1:${server.port}`;
});
test.afterAll(() => server?.stop());

const importPath = "/api/import?name=r.txt";
const importedOnce = async (n: number) => (await rawPost(server.port, importPath, variant(n), { host })).json.outcomes?.[0]?.status;

test("the API refuses a foreign Origin, a cross-site fetch, a browser without Origin and a rebound Host, with a JSON reason", async () => {
  const forged: [Record<string, string>, RegExp][] = [
    [{ host, origin: "http://evil.example", "sec-fetch-site": "cross-site" }, /cross-site/],
    [{ host, origin: "http://evil.example" }, /does not match/],
    [{ host, origin: "null" }, /does not match/],
    [{ host, "sec-fetch-site": "same-origin" }, /Origin/],
    [{ host: `evil.example:${server.port}`, origin: `http://evil.example:${server.port}`, "sec-fetch-site": "same-origin" }, /not allowed/],
    [{ host: `evil.example:${server.port}` }, /not allowed/],
  ];
  for (const [headers, reason] of forged) {
    const { status, json } = await rawPost(server.port, importPath, variant(1), headers);
    expect(status, JSON.stringify(headers)).toBe(403);
    expect(json).toEqual({ ok: false, error: expect.stringMatching(reason) });
  }
  // The same text from this machine, same-origin or without a browser: imported, so none of the above stored it.
  expect((await rawPost(server.port, importPath, variant(1), { host, origin: `http://${host}`, "sec-fetch-site": "same-origin" })).json.outcomes?.[0]?.status).toBe("imported");
  expect(await importedOnce(2)).toBe("imported");
});

test("a cross-site form and a no-cors fetch on another origin store nothing", async ({ page }) => {
  const target = `${server.url}/api/import`;
  const attacker = http.createServer((_request, response) => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(`<!doctype html><meta charset="utf-8"><form method="post" enctype="multipart/form-data" action="${target}">
      <textarea name="text">${variant(3)}</textarea><button>go</button></form>`);
  });
  await new Promise<void>((resolve) => attacker.listen(serverPort(21), "127.0.0.1", resolve));
  try {
    await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
    const [response] = await Promise.all([page.waitForResponse((r) => r.url() === target), page.getByRole("button", { name: "go" }).click()]);
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ ok: false, error: expect.stringMatching(/cross-site|does not match/) });

    await page.goto(`http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`);
    const status = await page.evaluate(async ([url, text]) => {
      await fetch(url, { method: "POST", mode: "no-cors", body: text, headers: { "content-type": "text/plain" } });
      return "sent";
    }, [`${target}?name=x.txt`, variant(4)] as const);
    expect(status).toBe("sent");
  } finally {
    await new Promise<void>((resolve) => attacker.close(() => resolve()));
  }
  expect(await importedOnce(3)).toBe("imported");
  expect(await importedOnce(4)).toBe("imported");
});

test("DNS rebinding: the delete server action under a foreign name is refused and the report stays", async () => {
  // Chromium resolves evil.example to this machine, as a rebinding attacker's DNS would after the first lookup.
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--host-resolver-rules=MAP evil.example 127.0.0.1"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://evil.example:${server.port}/reports/yuhang-2020`);
    await page.getByText("管理：更正信息或删除").click();
    await page.getByLabel("输入报告标识以确认删除").fill("yuhang-2020");
    await page.getByRole("button", { name: /删除 Delete/ }).click();
    await expect(page.getByRole("alert").filter({ hasText: /not allowed/ })).toBeVisible();
  } finally {
    await browser.close();
  }
  const stored = await fetch(`${server.url}/reports/yuhang-2020`);
  expect(stored.status).toBe(200);
});
