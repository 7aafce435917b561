// A bounded pool of worker threads for large imports. The import of a 4.9 MB report (decode, analysis, and the
// transaction that writes ~40,000 sentence rows) takes seconds of synchronous work: on the server's own thread it
// blocks every other request, and on the CLI's it blocks signal handling. A worker does all of it with its own
// database connection (SQLite in WAL mode lets the server's readers go on meanwhile) under a time budget: a worker
// that overruns it is terminated, which rolls its transaction back. docs/decisions/007-import-workers.md
import { Worker } from "node:worker_threads";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ImportInput, ImportOutcome } from "./report-imports";

export interface ImportPoolSettings {
  /** Worker threads at most (DUIZHAO_IMPORT_WORKERS; 0 turns the pool off). */
  size: number;
  /** Per-report time budget in ms (DUIZHAO_IMPORT_BUDGET_MS). */
  budgetMs: number;
  /** Inputs at least this large go to a worker (DUIZHAO_IMPORT_WORKER_MIN_BYTES); smaller ones take milliseconds. */
  minBytes: number;
}

const number = (value: string | undefined, fallback: number) => (value !== undefined && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : fallback);

export function importPoolSettings(env: NodeJS.ProcessEnv = process.env): ImportPoolSettings | null {
  const size = Math.floor(number(env.DUIZHAO_IMPORT_WORKERS, 1));
  if (size <= 0) return null;
  return { size, budgetMs: number(env.DUIZHAO_IMPORT_BUDGET_MS, 120_000), minBytes: number(env.DUIZHAO_IMPORT_WORKER_MIN_BYTES, 256 * 1024) };
}

type Reply = { id: number; outcome?: ImportOutcome; error?: { message: string; code?: string } };
interface Job {
  id: number;
  input: ImportInput;
  resolve(outcome: ImportOutcome): void;
  reject(error: Error): void;
}

export interface ImportPool {
  run(input: ImportInput): Promise<ImportOutcome>;
  close(): Promise<void>;
}

/** The worker runs TypeScript sources through tsx (as the CLI does), with the react-server condition of the data layer. */
function bootCode(root: string): string {
  const worker = pathToFileURL(path.join(root, "lib/data/import-worker.ts")).href;
  const tsx = pathToFileURL(path.join(root, "node_modules/tsx/dist/esm/api/index.mjs")).href;
  return `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`;
}

export function createImportPool(settings: ImportPoolSettings, root = process.env.DUIZHAO_ROOT ?? process.cwd()): ImportPool {
  const idle: Worker[] = [];
  let running = 0;
  const queue: Job[] = [];
  let next = 0;
  const start = () => {
    const worker = new Worker(bootCode(root), {
      eval: true,
      execArgv: ["--conditions=react-server"],
      // Its own small PostgreSQL pool; SQLite opens its own connection.
      env: { ...process.env, DUIZHAO_PG_POOL: "2", TSX_TSCONFIG_PATH: process.env.TSX_TSCONFIG_PATH ?? path.join(root, "tsconfig.json") },
      resourceLimits: { maxOldGenerationSizeMb: 3072 },
    });
    return worker;
  };

  const dispatch = () => {
    while (queue.length > 0 && running < settings.size) {
      const job = queue.shift()!;
      const worker = idle.pop() ?? start();
      running++;
      let settled = false;
      const finish = (keep: boolean, settle: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
        running--;
        if (keep) {
          worker.unref(); // an idle worker never keeps the process alive
          idle.push(worker);
        } else void worker.terminate();
        settle();
        dispatch();
      };
      const onMessage = (reply: Reply) => {
        if (reply.id !== job.id) return;
        if (reply.outcome) return finish(true, () => job.resolve(reply.outcome!));
        finish(true, () => job.reject(Object.assign(new Error(reply.error?.message ?? "import failed in its worker"), { code: reply.error?.code })));
      };
      const failed = (code: string, message: string) => ({ status: "failed" as const, fileName: job.input.fileName ?? null, code, message });
      const onError = (error: Error) => finish(false, () => job.resolve(failed("worker-crashed", `分析进程出错 / the analysis stopped: ${error.message}`)));
      const onExit = () => finish(false, () => job.resolve(failed("worker-crashed", "分析进程意外退出 / the analysis stopped unexpectedly")));
      // Terminating the worker closes its connection: the transaction it had open is rolled back, nothing is stored.
      const timer = setTimeout(() => {
        const seconds = Math.round(settings.budgetMs / 1000);
        finish(false, () => job.resolve(failed("too-slow", `分析超过 ${seconds} 秒,已放弃 / the import took longer than ${seconds} s and was abandoned: split the report into smaller files`)));
      }, settings.budgetMs);
      worker.ref(); // a job in progress keeps the process alive
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id: job.id, input: job.input });
    }
  };

  return {
    run(input) {
      return new Promise<ImportOutcome>((resolve, reject) => {
        queue.push({ id: next++, input, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}
