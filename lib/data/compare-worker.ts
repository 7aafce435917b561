// A worker thread of the compare pool (compare-jobs.ts): computes and stores one comparison on its own connection.
import { serveWorkerJobs } from "./worker-pool";
import { getComparison } from "./comparisons";
import type { CompareJobInput, CompareJobOutcome } from "./compare-jobs";

void serveWorkerJobs<CompareJobInput, CompareJobOutcome>(async (input) => {
  const comparison = await getComparison(input);
  return comparison ? { status: "stored" } : { status: "failed", code: "not-found", message: "报告已删除 / a report was deleted meanwhile" };
});
