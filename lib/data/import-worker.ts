// A worker thread of the import pool (import-pool.ts): runs whole imports, decode to commit, on its own connection.
import { parentPort } from "node:worker_threads";
import { importReportHere, type ImportInput } from "./report-imports";

parentPort!.on("message", async (job: { id: number; input: ImportInput }) => {
  try {
    parentPort!.postMessage({ id: job.id, outcome: await importReportHere(job.input) });
  } catch (error) {
    // Database faults travel as message and code, so that the caller names them the same way (db-errors.ts).
    const e = error as { message?: string; code?: unknown };
    parentPort!.postMessage({ id: job.id, error: { message: String(e?.message ?? error), code: typeof e?.code === "string" ? e.code : undefined } });
  }
});
