// A bounded pool of worker threads for large imports. The import of a 4.9 MB report (decode, analysis, and the
// transaction that writes ~40,000 sentence rows) takes seconds of synchronous work: on the server's own thread it
// blocks every other request, and on the CLI's it blocks signal handling. A worker does all of it with its own
// database connection (SQLite in WAL mode lets the server's readers go on meanwhile) under a time budget: a worker
// that overruns it is terminated, which rolls its transaction back. docs/decisions/007-import-workers.md
import type { ImportInput, ImportOutcome } from "./report-imports";
import { formatBudget } from "@/lib/format/duration";
import { createWorkerPool, envNumber } from "./worker-pool";

export interface ImportPoolSettings {
  /** Worker threads at most (DUIZHAO_IMPORT_WORKERS; 0 turns the pool off). */
  size: number;
  /** Per-report time budget in ms (DUIZHAO_IMPORT_BUDGET_MS). */
  budgetMs: number;
  /** Inputs at least this large go to a worker (DUIZHAO_IMPORT_WORKER_MIN_BYTES); smaller ones take milliseconds. */
  minBytes: number;
}

export function importPoolSettings(env: NodeJS.ProcessEnv = process.env): ImportPoolSettings | null {
  const size = Math.floor(envNumber(env.DUIZHAO_IMPORT_WORKERS, 1));
  if (size <= 0) return null;
  return { size, budgetMs: envNumber(env.DUIZHAO_IMPORT_BUDGET_MS, 120_000), minBytes: envNumber(env.DUIZHAO_IMPORT_WORKER_MIN_BYTES, 256 * 1024) };
}

export interface ImportPool {
  run(input: ImportInput): Promise<ImportOutcome>;
  close(): Promise<void>;
}

const failed = (input: ImportInput, code: string, message: string): ImportOutcome => ({ status: "failed", fileName: input.fileName ?? null, code, message });

export function createImportPool(settings: ImportPoolSettings, root?: string): ImportPool {
  return createWorkerPool<ImportInput, ImportOutcome>({
    script: "lib/data/import-worker.ts",
    size: settings.size,
    budgetMs: settings.budgetMs,
    root,
    // Terminating the worker closes its connection: the transaction it had open is rolled back, nothing is stored.
    overran: (ms, input) => {
      const budget = formatBudget(ms);
      return failed(input, "too-slow", `分析超过 ${budget.zh},已放弃 / the import took longer than ${budget.en} and was abandoned: split the report into smaller files`);
    },
    crashed: (why, input) =>
      why.exited
        ? failed(input, "worker-crashed", "分析进程意外退出 / the analysis stopped unexpectedly")
        : failed(input, "worker-crashed", `分析进程出错 / the analysis stopped: ${why.message}`),
  });
}
