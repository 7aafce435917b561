// Run pipeline checks in a worker thread with a per-case safety timeout. A hang (an infinite loop blocks the thread,
// so no in-thread timer could fire) fails the case instead of the whole run; the worker is then replaced.
import { Worker } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import type { CheckName } from "./checks";

const WORKER = fileURLToPath(new URL("./pipeline-worker.ts", import.meta.url));

export interface CheckRunner {
  run(check: CheckName, args: [string, string?], timeoutMs: number): Promise<string[]>;
  close(): Promise<void>;
}

export function createCheckRunner(): CheckRunner {
  let worker: Worker | null = null;
  let next = 0;
  const start = () => {
    // tsx resolves the TypeScript sources and the @/ paths of tsconfig.json inside the worker.
    worker = new Worker(WORKER, { execArgv: ["--import", "tsx"], resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    worker.unref();
    return worker;
  };
  return {
    run(check, args, timeoutMs) {
      const w = worker ?? start();
      const id = next++;
      return new Promise<string[]>((resolve) => {
        const done = (problems: string[]) => {
          clearTimeout(timer);
          w.off("message", onMessage);
          w.off("error", onError);
          resolve(problems);
        };
        const onMessage = (m: { id: number; problems: string[] }) => m.id === id && done(m.problems);
        const onError = (error: Error) => {
          worker = null;
          done([`worker crashed: ${error.message}`]);
        };
        const timer = setTimeout(() => {
          worker = null;
          void w.terminate();
          done([`${check} did not finish within ${timeoutMs} ms (input of ${args[0].length} characters)`]);
        }, timeoutMs);
        w.on("message", onMessage);
        w.on("error", onError);
        w.postMessage({ id, check, args });
      });
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}
