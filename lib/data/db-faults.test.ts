// Database faults give one clear line from the CLI (never a stack trace), and SQLite runs in WAL mode with a busy timeout.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { describeDatabaseError, oneLine } from "./db-errors";
import { prepareFreshDatabase } from "@/tests/support/test-db";

const BIN = path.join(process.cwd(), "bin/duizhao.js");
const SEED = path.join(process.cwd(), "seeds/000_6f0d3471dae921c8.txt");
const tmp = () => mkdtempSync(path.join(os.tmpdir(), "duizhao-faults-"));
const cli = (url: string, args: string[], extra: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, DATABASE_URL: url, ...extra }, encoding: "utf8", timeout: 120_000 });

function expectOneClearLine(run: ReturnType<typeof cli>, pattern: RegExp) {
  expect(run.status).not.toBe(0);
  expect(run.stderr.trim().split("\n").filter((l) => l.startsWith("错误"))).toHaveLength(1);
  expect(run.stderr).toMatch(pattern);
  expect(run.stderr).not.toMatch(/\n\s+at |Invalid `|PrismaClient/);
}

describe("clear CLI messages for database faults", () => {
  it("a folder that does not exist", () => {
    expectOneClearLine(cli(`file:${path.join(tmp(), "missing/x.db")}`, ["import", SEED]), /cannot be opened: check DATABASE_URL/);
  });

  it("a database that was never migrated", () => {
    expectOneClearLine(cli(`file:${path.join(tmp(), "empty.db")}`, ["compare", "a", "b"]), /not migrated.*npm run db:migrate/);
  });

  it("a file that is not a database", () => {
    const file = path.join(tmp(), "garbage.db");
    writeFileSync(file, Buffer.alloc(8192, 7));
    expectOneClearLine(cli(`file:${file}`, ["compare", "a", "b"]), /damaged: restore it from a backup/);
  });

  it("a PostgreSQL server that is not there", () => {
    expectOneClearLine(cli("postgresql://duizhao:duizhao@127.0.0.1:1/none", ["compare", "a", "b"]), /cannot be reached: check that it is running/);
  });

  it("a path that is a directory", () => {
    const dir = path.join(tmp(), "dir.db");
    mkdirSync(dir);
    expectOneClearLine(cli(`file:${dir}`, ["compare", "a", "b"]), /cannot be opened/);
  });

  it("a corrupt row, and re-analysis repairs it", () => {
    if (process.env.TEST_DATABASE_URL) return; // the fault is injected through SQLite's loose column types
    const url = prepareFreshDatabase("faults_corrupt_row");
    expect(cli(url, ["import", SEED]).status).toBe(0);
    const file = new Database(url.replace(/^file:/, ""));
    file.prepare(`UPDATE Sentence SET confidence = 'not-a-number' WHERE "index" = 3`).run();
    file.close();
    const slug = /→ (\S+)/.exec(cli(url, ["import", SEED]).stdout)?.[1] ?? "yuhang-2020";
    expectOneClearLine(cli(url, ["compare", slug, slug]), /a row in the database is invalid: re-import the report, or restore/);
    expect(cli(url, ["reanalyze"]).status).toBe(0);
    expect(cli(url, ["compare", slug, slug]).status).toBe(0);
  });

  it("a database locked by another process, with its busy timeout", () => {
    if (process.env.TEST_DATABASE_URL) return; // SQLite only
    const url = prepareFreshDatabase("faults_locked");
    const holder = new Database(url.replace(/^file:/, ""));
    holder.exec("BEGIN EXCLUSIVE");
    try {
      const started = Date.now();
      const run = cli(url, ["import", SEED], { DUIZHAO_SQLITE_BUSY_TIMEOUT_MS: "2500" });
      expect(Date.now() - started).toBeGreaterThan(2500); // it waited for the lock (busy timeout) before giving up
      // Reads still work under WAL; the write waits, retries, then reports the file as failed with a clear reason.
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/✗ 000_6f0d3471dae921c8.txt: .*locked by other writers: try again/);
      expect(run.stderr).not.toMatch(/\n\s+at |Invalid `/);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
    }
    // And once the lock is gone, the same command succeeds.
    expect(cli(url, ["import", SEED]).status).toBe(0);
  });
});

describe("SQLite settings", () => {
  it("runs in WAL mode with a busy timeout", async () => {
    if (process.env.TEST_DATABASE_URL) return;
    const url = prepareFreshDatabase("faults_wal");
    const file = new Database(url.replace(/^file:/, ""), { readonly: true });
    expect(file.pragma("journal_mode", { simple: true })).toBe("wal");
    file.close();
    const { createDb } = await import("@/prisma/client");
    const { resolveDatabase } = await import("@/prisma/database-url");
    const db = createDb(resolveDatabase({ DATABASE_URL: url } as unknown as NodeJS.ProcessEnv));
    const [row] = await db.$queryRawUnsafe<{ timeout: number | bigint }[]>("PRAGMA busy_timeout");
    expect(Number(Object.values(row)[0])).toBeGreaterThanOrEqual(5000);
    await db.$disconnect();
  });
});

describe("describeDatabaseError", () => {
  it("classifies by code and message, and gives null for other errors", () => {
    expect(describeDatabaseError(Object.assign(new Error("x"), { code: "P1001" }))?.problem).toBe("unreachable");
    expect(describeDatabaseError(new Error("SqliteError: database disk image is malformed"))?.problem).toBe("corrupt");
    expect(describeDatabaseError(new Error("Inconsistent column data: Could not convert value"))?.problem).toBe("invalid-row");
    expect(describeDatabaseError(new Error("relation \"Report\" does not exist"))?.problem).toBe("not-migrated");
    expect(describeDatabaseError(new Error("Cannot open database because the directory does not exist"))?.problem).toBe("cannot-open");
    expect(describeDatabaseError(Object.assign(new Error("Raw query failed. Code: `55000`."), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "postgres", originalCode: "55000", message: 'database "x" is not currently accepting connections' } } } }))?.problem).toBe("unreachable");
    expect(describeDatabaseError(new Error("slug must be a string"))).toBeNull();
    expect(oneLine(new Error("\nInvalid `db.report.findUnique()` invocation in\n/x.ts:84:34\n\n  81 code\n→ 84 more\nCan't reach database server"))).toBe("Can't reach database server");
  });
});
