// npm run bench [-- --only pipeline,compare,cli] [--quick] [--reports N] [--no-build] [--workers N] [--concurrency N] [--reimport]
// One process, one run: every selected step, a readable table, and bench/results.json (with machine facts).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs, STEPS, type Step } from "./args";
import { runCli } from "./cli";
import { runCompare } from "./compare";
import { runImport } from "./import";
import { machineFacts } from "./machine";
import { runPipeline } from "./pipeline";
import { formatResults, type BenchResults } from "./report";
import { runRender } from "./render";
import { runSearch } from "./search";
import { ROOT } from "./seeds";
import { releaseDatabase } from "./use-database";

const log = (s: string) => console.error(`[bench] ${s}`);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const results: BenchResults = { errors: {} };
  const steps: Record<Step, () => Promise<void>> = {
    pipeline: async () => void (results.pipeline = await runPipeline(args)),
    compare: async () => void (results.compare = await runCompare(args)),
    render: async () => void (results.render = await runRender({ build: args.build, largeAll: args.largeAll, log })),
    import: async () => void (results.import = await runImport({ ...args, log })),
    search: async () => void (results.search = await runSearch({ ...args, log })),
    cli: async () => void (results.cli = await runCli(args)),
  };
  for (const step of args.only) {
    log(`${step}…`);
    const t = performance.now();
    try {
      await steps[step]();
    } catch (error) {
      results.errors![step] = error instanceof Error ? error.message : String(error);
      log(`${step} failed: ${results.errors![step]}`);
    }
    log(`${step} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  await releaseDatabase();
  console.log(formatResults(results));
  const file = path.join(ROOT, "bench", args.quick ? "results-quick.json" : "results.json");
  mkdirSync(path.dirname(file), { recursive: true });
  // A run of some steps (--only) keeps the other steps' figures from the previous run, each with its own date.
  const previous = args.only.length < STEPS.length && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  const measured = Object.fromEntries(args.only.filter((s) => results[s]).map((s) => [s, { measuredAt: new Date().toISOString(), ...results[s] }]));
  const payload = { ...previous, machine: machineFacts(), args, totalSeconds: Math.round((performance.now() - started) / 1000), ...measured, errors: results.errors };
  writeFileSync(file, `${JSON.stringify(payload, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(ROOT, file)} · timings are medians on a shared 2-core machine: expect ±20% noise`);
  process.exit(Object.keys(results.errors!).length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
