// The import pool: a large import runs in a worker thread on its own connection and stores exactly what an import on
// this thread stores; one that overruns its time budget is abandoned with a clear reason, nothing stored, and the
// database stays writable (the worker's open transaction was rolled back with it).
import { describe, expect, it } from "vitest";
import { prepareFreshDatabase } from "@/tests/support/test-db";
import { consistencyProblems, reportVariants } from "@/tests/support/reliability-helpers";
import { importPoolSettings } from "./import-pool";

prepareFreshDatabase("import_pool");
const { importReport, importReportHere } = await import("./report-imports");
const { getDb } = await import("./db");
// Variants 1 and 5 are the same seed with a different closing line.
const [inWorker, overrun, after, , onThread] = reportVariants(5);

async function rowsOf(slug: string) {
  const report = await getDb().report.findUniqueOrThrow({ where: { slug }, select: { id: true, title: true, sentenceCount: true, text: true } });
  const sentences = await getDb().sentence.findMany({ where: { reportId: report.id }, orderBy: { index: "asc" }, select: { text: true, kind: true, start: true, end: true } });
  return { title: report.title, sentenceCount: report.sentenceCount, sentences };
}

describe("import pool", () => {
  it("reads its settings", () => {
    expect(importPoolSettings({} as NodeJS.ProcessEnv)).toEqual({ size: 1, budgetMs: 120_000, minBytes: 256 * 1024 });
    expect(importPoolSettings({ DUIZHAO_IMPORT_WORKERS: "0" } as unknown as NodeJS.ProcessEnv)).toBeNull();
    expect(importPoolSettings({ DUIZHAO_IMPORT_WORKERS: "2", DUIZHAO_IMPORT_BUDGET_MS: "500", DUIZHAO_IMPORT_WORKER_MIN_BYTES: "0" } as unknown as NodeJS.ProcessEnv))
      .toEqual({ size: 2, budgetMs: 500, minBytes: 0 });
  });

  it("stores the same rows from a worker as from this thread", async () => {
    process.env.DUIZHAO_IMPORT_WORKER_MIN_BYTES = "0";
    const viaWorker = await importReport({ ...inWorker, slug: "via-worker" });
    delete process.env.DUIZHAO_IMPORT_WORKER_MIN_BYTES;
    const here = await importReportHere({ ...onThread, slug: "on-thread" });
    expect(viaWorker).toMatchObject({ status: "imported", slug: "via-worker" });
    expect(here).toMatchObject({ status: "imported", slug: "on-thread" });
    const [a, b] = [await rowsOf("via-worker"), await rowsOf("on-thread")];
    // The two variants differ only in their closing line.
    expect(a.sentenceCount).toBe(b.sentenceCount);
    expect(a.sentences.slice(0, -1)).toEqual(b.sentences.slice(0, -1));
    expect(await consistencyProblems(getDb())).toEqual([]);
  });

  it("abandons an import over its time budget, stores nothing, and leaves the database writable", async () => {
    process.env.DUIZHAO_IMPORT_WORKER_MIN_BYTES = "0";
    process.env.DUIZHAO_IMPORT_BUDGET_MS = "1";
    try {
      const outcome = await importReport(overrun);
      expect(outcome).toMatchObject({ status: "failed", code: "too-slow", message: expect.stringMatching(/超过 1 毫秒.*longer than 1 ms and was abandoned/) });
    } finally {
      delete process.env.DUIZHAO_IMPORT_BUDGET_MS;
    }
    const next = await importReport(after);
    delete process.env.DUIZHAO_IMPORT_WORKER_MIN_BYTES;
    expect(next.status).toBe("imported");
    expect(await getDb().report.count()).toBe(3);
    expect(await consistencyProblems(getDb())).toEqual([]);
  });
});
