// Issue 12, finding 6: a SQLite file deleted or replaced under a running process is noticed before every read and
// write (nothing is written into the unlinked file), and nothing but the migration creates a database file.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { describeDatabaseError } from "./db-errors";
import { errorResponse } from "@/lib/http/error-response";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { reportVariants } from "@/tests/support/reliability-helpers";

const sqlite = !process.env.TEST_DATABASE_URL;
const url = prepareFreshDatabase("db_file_identity");
const file = url.replace(/^file:/, "");
const { importReport } = await import("./report-imports");
const { getDb } = await import("./db");
const [first, second] = reportVariants(2);

describe.runIf(sqlite)("a SQLite file that goes away under the data layer", () => {
  it("refuses writes and reads with a clear 503 once the file is deleted, and does not create a new one", async () => {
    expect((await importReport(first)).status).toBe("imported");
    const keep = `${file}.kept`;
    copyFileSync(file, keep);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });

    const write = await importReport(second).catch((error: unknown) => error);
    expect(describeDatabaseError(write)?.problem).toBe("file-gone");
    const read = await (async () => getDb().report.count())().then(() => null, (error: unknown) => error);
    expect(describeDatabaseError(read)?.problem).toBe("file-gone");
    const response = errorResponse(write);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, error: expect.stringMatching(/deleted or replaced while the server was running/) });
    expect(existsSync(file)).toBe(false);

    // Another file put in its place (a copy, a fresh migration) is not the database this process opened either.
    renameSync(keep, file);
    expect(describeDatabaseError(await importReport(second).catch((error: unknown) => error))?.problem).toBe("file-gone");
  });
});

describe.runIf(sqlite)("the CLI never creates a database file", () => {
  it("refuses a missing file with one clear line and leaves no file behind", () => {
    const missing = path.join(mkdtempSync(path.join(os.tmpdir(), "duizhao-nofile-")), "never-migrated.db");
    for (const args of [["import", "seeds/000_6f0d3471dae921c8.txt"], ["analyze", "yuhang-2020"], ["export", "--all", "--out", `${missing}.json`]]) {
      const run = spawnSync(process.execPath, ["bin/duizhao.js", ...args], { env: { ...process.env, DATABASE_URL: `file:${missing}` }, encoding: "utf8", timeout: 120_000 });
      expect(run.status, args[0]).not.toBe(0);
      expect(run.stderr.trim().split("\n"), args[0]).toHaveLength(1);
      expect(run.stderr, args[0]).toMatch(/not migrated.*npm run db:migrate/);
      expect(existsSync(missing), args[0]).toBe(false);
    }
  });
});
