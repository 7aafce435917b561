// Issue 12, finding 5: the CLI stops when stopped. SIGTERM to `duizhao` mid-batch ends the command with a clear line,
// leaves no process behind (checked by pid) and a consistent database; killing the launcher with SIGKILL ends its
// child too; inputs that are not regular files are refused instead of read forever. No timings are asserted: every
// wait is on output or a condition, with a deadline.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { consistencyProblems, reportVariants } from "@/tests/support/reliability-helpers";

const BATCH = 60;
const scratch = mkdtempSync(path.join(os.tmpdir(), "duizhao-signals-"));
const files = reportVariants(BATCH).map(({ fileName, bytes }) => {
  const file = path.join(scratch, fileName);
  writeFileSync(file, bytes);
  return file;
});

async function until<T>(what: string, check: () => T | null | undefined | false, deadlineMs = 60_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function withDeadline<T>(promise: Promise<T>, what: string, ms = 60_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** The pids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number).filter((p) => {
    try {
      return Number(readFileSync(`/proc/${p}/stat`, "utf8").replace(/^.*\) /s, "").split(" ")[1]) === pid;
    } catch {
      return false;
    }
  });
}

/** Running, as opposed to gone or a zombie waiting to be reaped. */
function isRunning(pid: number): boolean {
  try {
    return !/^[ZX]$/.test(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ")[0]);
  } catch {
    return false;
  }
}

function startImport(url: string, mode: Record<string, string>): { launcher: ChildProcess; output: () => string; exited: Promise<{ code: number | null; signal: string | null }> } {
  const launcher = spawn(process.execPath, ["bin/duizhao.js", "import", ...files], { env: { ...process.env, ...mode, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  launcher.stdout!.on("data", (d) => (output += d));
  launcher.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => launcher.on("exit", (code, signal) => resolve({ code, signal })));
  return { launcher, output: () => output, exited };
}

/**
 * The process doing the work: the compiled CLI runs in the launcher itself (it must have no child process); the
 * sources run in the launcher's one child.
 */
async function workerOf(launcher: ChildProcess, compiled: boolean): Promise<number> {
  if (compiled) {
    expect(childrenOf(launcher.pid!)).toEqual([]);
    return launcher.pid!;
  }
  const [worker] = await until("the worker process", () => {
    const children = childrenOf(launcher.pid!);
    return children.length > 0 && children;
  });
  return worker;
}

async function expectConsistent(url: string): Promise<number> {
  const db = createDb(resolveDatabase({ DATABASE_URL: url } as unknown as NodeJS.ProcessEnv));
  try {
    expect(await consistencyProblems(db)).toEqual([]);
    return await db.report.count();
  } finally {
    await db.$disconnect();
  }
}

// The compiled CLI (dist/cli, built by the global setup) and its fallback, the sources through tsx in a child.
describe.each([
  ["the compiled CLI", true, {}],
  ["the sources through tsx", false, { DUIZHAO_CLI_SOURCE: "1" }],
])("stopping npx duizhao import mid-batch (%s)", (_name, compiled, mode) => {
  it("SIGTERM: a clear line, no process left, a consistent database with only whole reports", async () => {
    const url = prepareFreshDatabase(`cli_sigterm_${compiled ? "compiled" : "sources"}`);
    const run = startImport(url, mode);
    // The first progress line (10 %) shows the batch is under way.
    await until("the first progress line", () => /\] \d+\/60/.test(run.output()));
    const worker = await workerOf(run.launcher, compiled);
    run.launcher.kill("SIGTERM");
    const exit = await withDeadline(run.exited, "the command to end");
    expect(exit.code).toBe(143);
    expect(run.output()).toMatch(/已中断 \/ interrupted \(SIGTERM\): stopped after \d+ of 60 file\(s\), \d+ imported; the database is consistent/);
    expect(run.output()).not.toMatch(/导入 imported \d+ · 重复/); // it did not run on to the summary
    await until("the worker to be gone", () => !isRunning(worker));
    const imported = Number(/(\d+) imported;/.exec(run.output())![1]);
    const stored = await expectConsistent(url);
    // The file in progress when the signal came either committed before the stop or was rolled back.
    expect(stored).toBeGreaterThanOrEqual(imported);
    expect(stored).toBeLessThanOrEqual(imported + 1);
    expect(stored).toBeLessThan(BATCH);
  });

  it("SIGKILL of the launcher: nothing runs on to the end of the batch", async () => {
    const url = prepareFreshDatabase(`cli_sigkill_${compiled ? "compiled" : "sources"}`);
    const run = startImport(url, mode);
    await until("the first progress line", () => /\] \d+\/60/.test(run.output()));
    const worker = await workerOf(run.launcher, compiled);
    run.launcher.kill("SIGKILL");
    await withDeadline(run.exited, "the launcher to die");
    await until("the orphaned worker to stop", () => !isRunning(worker));
    expect(await expectConsistent(url)).toBeLessThan(BATCH);
  });
});

describe("inputs that are not regular files", () => {
  const url = prepareFreshDatabase("cli_not_files");
  const cli = (...args: string[]) => spawnSync(process.execPath, ["bin/duizhao.js", ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 60_000 });
  const fifo = path.join(scratch, "pipe.txt");
  const folder = path.join(scratch, "folder.txt");

  it("refuses /dev/zero, a FIFO and an empty folder with a clear reason, for import and analyze", () => {
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    mkdirSync(folder);
    const run = cli("import", "/dev/zero", fifo, folder);
    expect(run.error).toBeUndefined(); // it did not hang until the timeout
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✗ zero: 不是普通文件 \/ not a regular file: a device/);
    expect(run.stdout).toMatch(/✗ pipe\.txt: 不是普通文件 \/ not a regular file: a FIFO/);
    expect(run.stdout).toMatch(/✗ folder\.txt: 文件夹中没有可导入的文件.* no importable file in the folder/);
    const analyze = cli("analyze", "/dev/zero");
    expect(analyze.status).toBe(2);
    expect(analyze.stderr.trim()).toBe("错误 / error: /dev/zero: 不是普通文件 / not a regular file: a device");
    expect(existsSync(fifo)).toBe(true);
  });

  it("calls a file that mixes UTF-8 and GBK undecodable", () => {
    // The same seed as UTF-8, then as GB18030 (an import fixture): a file pasted together from two sources.
    const utf8 = readFileSync("seeds/000_6f0d3471dae921c8.txt");
    const gb = readFileSync("tests/fixtures/import/files/000-gb18030.txt");
    const mixed = path.join(scratch, "mixed.txt");
    writeFileSync(mixed, Buffer.concat([utf8.subarray(0, 4000), gb.subarray(3000)]));
    const run = cli("import", mixed);
    expect(run.stdout).toMatch(/✗ mixed\.txt: 无法识别文件编码/);
    expect(run.stdout).not.toMatch(/二进制|binary/);
  });
});
