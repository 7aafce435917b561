// Twenty imports at once, of the same file and of different files: no duplicates, no partial rows, no lost reports.
// Runs on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set (scripts/test-all.sh does both).
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { consistencyProblems, reportVariants } from "@/tests/support/reliability-helpers";

prepareFreshDatabase("concurrency");
const { importReport } = await import("./report-imports");
const { getDb } = await import("./db");

describe("concurrent imports", () => {
  it("20 imports of the same file store it once; the others are told it is a duplicate", async () => {
    const [file] = reportVariants(1);
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => importReport({ ...file })));
    const imported = outcomes.filter((o) => o.status === "imported");
    expect(imported).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "duplicate")).toHaveLength(19);
    const slugs = new Set(outcomes.map((o) => ("slug" in o ? o.slug : null)));
    expect(slugs.size).toBe(1);
    expect(await getDb().report.count()).toBe(1);
    expect(await consistencyProblems(getDb())).toEqual([]);
  });

  it("20 different files at once (colliding slugs) are all stored, each with all its rows and its own slug", async () => {
    const before = await getDb().report.count();
    const files = reportVariants(21).slice(1);
    const outcomes = await Promise.all(files.map((f) => importReport({ ...f })));
    expect(outcomes.map((o) => o.status)).toEqual(Array(20).fill("imported"));
    const slugs = outcomes.map((o) => ("slug" in o ? o.slug : ""));
    expect(new Set(slugs).size).toBe(20);
    expect(await getDb().report.count()).toBe(before + 20);
    expect(await consistencyProblems(getDb())).toEqual([]);
  });

  it("a mix of repeats and new files at once loses nothing and duplicates nothing", async () => {
    const files = reportVariants(31).slice(21); // 10 new files, each sent twice
    const before = await getDb().report.count();
    const outcomes = await Promise.all([...files, ...files].map((f) => importReport({ ...f })));
    expect(outcomes.filter((o) => o.status === "failed")).toEqual([]);
    expect(outcomes.filter((o) => o.status === "imported")).toHaveLength(10);
    expect(outcomes.filter((o) => o.status === "duplicate")).toHaveLength(10);
    expect(await getDb().report.count()).toBe(before + 10);
    expect(await consistencyProblems(getDb())).toEqual([]);
  });
});
