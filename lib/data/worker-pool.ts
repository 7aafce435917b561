// A bounded pool of worker threads for one kind of job, each under a time budget: large imports (import-pool.ts,
// decision 007) and the first computation of a large comparison (compare-jobs.ts, decision 011c). A worker loads a TypeScript module of this project through tsx, with the
// react-server condition of the data layer, and answers `{ id, output }` or `{ id, error }` for each `{ id, input }`.
import { Worker } from "node:worker_threads";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** A pool setting from the environment (DUIZHAO_*_WORKERS, _BUDGET_MS…): its number, or the fallback when unset, blank or not a number. */
export const envNumber = (value: string | undefined, fallback: number) => (value !== undefined && value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : fallback);

export interface WorkerPoolOptions<I, O> {
  /** The worker module, relative to the project root (for example lib/data/compare-worker.ts). */
  script: string;
  /** Worker threads at most; more jobs wait in line. */
  size: number;
  /** Per-job time budget in ms, counted from the job's start (not from its wait in line). */
  budgetMs: number;
  /** The outcome of a job that overran its budget (its worker is terminated, which rolls back its transaction). */
  overran(budgetMs: number, input: I): O;
  /** The outcome of a job whose worker crashed (an error) or exited. */
  crashed(reason: { message: string; exited: boolean }, input: I): O;
  root?: string;
  /** Extra environment for the workers (each gets its own database connection). */
  env?: Record<string, string>;
}

export interface WorkerPool<I, O> {
  run(input: I): Promise<O>;
  /** Jobs running and waiting. */
  load(): { running: number; waiting: number };
  close(): Promise<void>;
}

type Reply<O> = { id: number; output?: O; error?: { message: string; code?: string } };

function bootCode(root: string, script: string): string {
  const worker = pathToFileURL(path.join(root, script)).href;
  const tsx = pathToFileURL(path.join(root, "node_modules/tsx/dist/esm/api/index.mjs")).href;
  return `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`;
}

export function createWorkerPool<I, O>(options: WorkerPoolOptions<I, O>): WorkerPool<I, O> {
  const root = options.root ?? process.env.DUIZHAO_ROOT ?? process.cwd();
  const idle: Worker[] = [];
  const queue: { id: number; input: I; resolve(output: O): void; reject(error: Error): void }[] = [];
  let running = 0;
  let next = 0;
  const start = () =>
    new Worker(bootCode(root, options.script), {
      eval: true,
      execArgv: ["--conditions=react-server"],
      env: { ...process.env, DUIZHAO_PG_POOL: "2", TSX_TSCONFIG_PATH: process.env.TSX_TSCONFIG_PATH ?? path.join(root, "tsconfig.json"), ...options.env },
      resourceLimits: { maxOldGenerationSizeMb: 3072 },
    });

  const dispatch = () => {
    while (queue.length > 0 && running < options.size) {
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
      const onMessage = (reply: Reply<O>) => {
        if (reply.id !== job.id) return;
        if (reply.error) return finish(true, () => job.reject(Object.assign(new Error(reply.error!.message), { code: reply.error!.code })));
        finish(true, () => job.resolve(reply.output as O));
      };
      const onError = (error: Error) => finish(false, () => job.resolve(options.crashed({ message: error.message, exited: false }, job.input)));
      const onExit = () => finish(false, () => job.resolve(options.crashed({ message: "exited", exited: true }, job.input)));
      const timer = setTimeout(() => finish(false, () => job.resolve(options.overran(options.budgetMs, job.input))), options.budgetMs);
      worker.ref(); // a job in progress keeps the process alive
      worker.on("message", onMessage);
      worker.on("error", onError);
      worker.on("exit", onExit);
      worker.postMessage({ id: job.id, input: job.input });
    }
  };

  return {
    run: (input) =>
      new Promise<O>((resolve, reject) => {
        queue.push({ id: next++, input, resolve, reject });
        dispatch();
      }),
    load: () => ({ running, waiting: queue.length }),
    async close() {
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}

/**
 * Answers the pool's messages in a worker thread: `handle` gets each job's input, its result is the job's output.
 * `after` runs once the answer is sent (work the caller need not wait for).
 */
export async function serveWorkerJobs<I, O>(handle: (input: I) => Promise<O>, after?: (output: O) => Promise<unknown>): Promise<void> {
  const { parentPort } = await import("node:worker_threads");
  parentPort!.on("message", async (job: { id: number; input: I }) => {
    try {
      const output = await handle(job.input);
      parentPort!.postMessage({ id: job.id, output });
      if (after) await after(output).catch(() => undefined);
    } catch (error) {
      const e = error as { message?: string; code?: unknown };
      parentPort!.postMessage({ id: job.id, error: { message: String(e?.message ?? error), code: typeof e?.code === "string" ? e.code : undefined } });
    }
  });
}
