// A worker thread that runs tests/support/fuzz/checks on request, so a test can abandon (terminate) a case that hangs.
import { parentPort } from "node:worker_threads";
import { CHECKS, type CheckName } from "./checks";

parentPort!.on("message", (job: { id: number; check: CheckName; args: [string, string?] }) => {
  let problems: string[];
  try {
    problems = (CHECKS[job.check] as (a: string, b?: string) => string[])(...job.args);
  } catch (error) {
    problems = [`threw: ${error instanceof Error ? `${error.message}\n${error.stack}` : String(error)}`];
  }
  parentPort!.postMessage({ id: job.id, problems });
});
