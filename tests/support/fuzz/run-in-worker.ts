// Run pipeline checks in a worker thread with a per-case safety timeout. A hang (an infinite loop blocks the thread,
// so no in-thread timer could fire) fails the case instead of the whole run; the worker is then replaced.
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { CheckName } from "./checks";

const WORKER = fileURLToPath(new URL("./pipeline-worker.ts", import.meta.url));
const TSX_API = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
// tsx loads the TypeScript sources (and tsconfig's @/ paths) inside the worker; execArgv --import is ignored there on Node 20.
const BOOT = `import(${JSON.stringify(TSX_API)}).then((m) => m.tsImport(${JSON.stringify(pathToFileURL(WORKER).href)}, ${JSON.stringify(pathToFileURL(WORKER).href)}))`;

export interface CheckRunner {
  run(check: CheckName, args: [string, string?], timeoutMs: number): Promise<string[]>;
  close(): Promise<void>;
}

export function createCheckRunner(): CheckRunner {
  let worker: Worker | null = null;
  let next = 0;
  const start = () => {
    worker = new Worker(BOOT, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
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
