// A worker thread of the import pool (import-pool.ts): runs whole imports, decode to commit, on its own connection.
// Database faults travel as message and code, so that the caller names them the same way (db-errors.ts).
import { importReportHere, type ImportInput, type ImportOutcome } from "./report-imports";
import { warmComparisons } from "./compare-jobs";
import { serveWorkerJobs } from "./worker-pool";

void serveWorkerJobs<ImportInput, ImportOutcome>(
  (input) => importReportHere(input),
  // After the answer, off the server's thread: the report's usual comparisons, so no reader computes them.
  async (outcome) => (outcome.status === "imported" ? warmComparisons({ slug: outcome.slug }) : undefined),
);
