// A CLI import killed with SIGKILL mid-batch leaves the database consistent, and running it again completes the batch.
// Several CLI processes importing into the same database at once (SQLite: WAL plus a busy timeout) lose nothing.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { consistencyProblems, reportVariants } from "@/tests/support/reliability-helpers";

const url = prepareFreshDatabase("crash");
const { getDb } = await import("./db");
const BIN = path.join(process.cwd(), "bin/duizhao.js");
const env = { ...process.env, DATABASE_URL: url, DUIZHAO_ROOT: process.cwd() };

function writeVariants(from: number, to: number): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), "duizhao-crash-"));
  return reportVariants(to).slice(from).map((v) => {
    const file = path.join(dir, v.fileName);
    writeFileSync(file, v.bytes);
    return file;
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until no process of the group is left (kill -0 fails): then none of them holds the database any more. */
async function groupGone(pgid: number): Promise<void> {
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    await sleep(25);
  }
}

describe("a killed import", () => {
  it("leaves every stored report complete, and a second run completes the batch", async () => {
    const files = writeVariants(0, 30);
    // Its own process group, so SIGKILL reaches the shim, tsx and the node process that does the work.
    const child = spawn(process.execPath, [BIN, "import", ...files], { env, detached: true, stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    const deadline = Date.now() + 90_000;
    while ((await getDb().report.count()) < 1 && Date.now() < deadline) await sleep(25);
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    await groupGone(child.pid!);

    const landed = await getDb().report.count();
    expect(landed).toBeGreaterThanOrEqual(1);
    expect(landed).toBeLessThan(files.length); // killed mid-batch, not after it
    expect(await consistencyProblems(getDb())).toEqual([]);

    const rerun = spawnSync(process.execPath, [BIN, "import", ...files], { env, encoding: "utf8", timeout: 180_000 });
    expect(rerun.stderr).not.toMatch(/错误 \/ error/);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`导入 imported ${files.length - landed} · 重复 duplicate ${landed} · 失败 failed 0`));
    expect(await getDb().report.count()).toBe(files.length);
    expect(await consistencyProblems(getDb())).toEqual([]);
  }, 300_000);

  it("four CLI processes importing overlapping batches at once store each report once, completely", async () => {
    const files = writeVariants(30, 42);
    const before = await getDb().report.count();
    const batches = [files.slice(0, 6), files.slice(3, 9), files.slice(6, 12), [...files].reverse()];
    const runs = await Promise.all(
      batches.map(
        (batch) =>
          new Promise<{ code: number | null; err: string; out: string }>((resolve) => {
            const p = spawn(process.execPath, [BIN, "import", ...batch], { env, stdio: ["ignore", "pipe", "pipe"] });
            let [out, err] = ["", ""];
            p.stdout.on("data", (d) => (out += d));
            p.stderr.on("data", (d) => (err += d));
            p.on("exit", (code) => resolve({ code, err, out }));
          }),
      ),
    );
    // The summary and the reason of a failed file are on stdout: shown when a run fails.
    for (const { out, ...run } of runs) expect(run, out).toEqual({ code: 0, err: expect.not.stringMatching(/错误 \/ error|failed [1-9]/) });
    expect(await getDb().report.count()).toBe(before + files.length);
    expect(await consistencyProblems(getDb())).toEqual([]);
  }, 300_000);
});
