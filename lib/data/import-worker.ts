// A worker thread of the import pool (import-pool.ts): runs whole imports, decode to commit, on its own connection.
import { parentPort } from "node:worker_threads";
import { importReportHere, type ImportInput } from "./report-imports";
import { warmComparisons } from "./comparisons";

parentPort!.on("message", async (job: { id: number; input: ImportInput }) => {
  try {
    const outcome = await importReportHere(job.input);
    parentPort!.postMessage({ id: job.id, outcome });
    // After the answer, off the server's thread: the report's usual comparisons, so no reader computes them.
    if (outcome.status === "imported") await warmComparisons({ slug: outcome.slug }).catch(() => undefined);
  } catch (error) {
    // Database faults travel as message and code, so that the caller names them the same way (db-errors.ts).
    const e = error as { message?: string; code?: unknown };
    parentPort!.postMessage({ id: job.id, error: { message: String(e?.message ?? error), code: typeof e?.code === "string" ? e.code : undefined } });
  }
});
