// Vitest global setup: the CLI tests run bin/duizhao.js, which runs the compiled CLI. Compile it once, before any test
// file starts, when it is missing or older than its sources (npm install built it; an edit since makes it stale).
import { spawnSync } from "node:child_process";

export default function setup() {
  const run = spawnSync(process.execPath, ["scripts/build-cli.mjs", "--if-stale"], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`could not compile the CLI: ${run.stderr || run.stdout}`);
}
