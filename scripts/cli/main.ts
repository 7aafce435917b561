// npx duizhao <command> … — one entry for the analysis, compare, import and backup commands.
import { CliError } from "./cli-error";
import { installStopHandlers } from "./stop";
import { describeDatabaseError, oneLine } from "@/lib/data/db-errors";

const USAGE = `用法 / usage:
  npx duizhao analyze <slug | file> [--json]
  npx duizhao compare <left> <right> [--left goal|achievement|all] [--right goal|achievement|all] [--json]
                      [--xlsx FILE] [--docx FILE]
  npx duizhao track <region> [--json | --csv [--table targets|years|periods]]
  npx duizhao terms <region> [--reports a,b,c] [--json]
  npx duizhao import [--year YYYY] [--source-url URL] [--publisher NAME] [--published YYYY-MM-DD] <files or folders…>
  npx duizhao correct <slug> [<s-12> --kind K | --figure 8% --value 7.5 …] · correct <left> <right> --unpair <i-id>
  npx duizhao reanalyze
  npx duizhao export --all [--out file.json]
  npx duizhao restore <file.json>`;

// Each command is loaded when it runs: `--help` and a one-file analyze read only what they use (the compiled CLI
// keeps each one in its own chunk).
const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  analyze: async (args) => (await import("./analyze")).runAnalyze(args),
  compare: async (args) => (await import("./compare")).runCompare(args),
  import: async (args) => (await import("./import")).runImport(args),
  track: async (args) => (await import("./track")).runTrack(args),
  terms: async (args) => (await import("./terms")).runTerms(args),
  correct: async (args) => (await import("./correct")).runCorrect(args),
  export: async (args) => (await import("./backup")).runExport(args),
  restore: async (args) => (await import("./backup")).runRestore(args),
  reanalyze: async () => {
    const { reanalyzeAll } = await import("@/lib/data/report-imports");
    console.log(`re-analysed ${await reanalyzeAll()} report(s)`);
    return 0;
  },
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === "--help" || command === "-h") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new CliError(`unknown command "${command}"\n${USAGE}`);
  return run(args);
}

// Piped stdout is asynchronous: exit only once everything written has been flushed (large --json output).
function exitAfterFlush(code: number) {
  process.stdout.write("", () => process.exit(code));
}

installStopHandlers();
// A command has no other requests to keep answering: the comparisons it needs (warming after an import, the tracker's
// pairs) are computed on its own thread, as the compare pool would only add a worker's start-up and its esbuild child
// (decision 012c). Large imports still go to the import pool, which lets a stop signal through mid-file.
process.env.DUIZHAO_COMPARE_WORKERS = "0";
main(process.argv.slice(2))
  .then(exitAfterFlush)
  .catch((error: unknown) => {
    // One clear line, never a stack trace (set DUIZHAO_DEBUG=1 to see it).
    if (process.env.DUIZHAO_DEBUG) console.error(error);
    console.error(`错误 / error: ${error instanceof CliError ? error.message : describeError(error)}`);
    process.exit(error instanceof CliError ? error.exitCode : 1);
  });

function describeError(error: unknown): string {
  const database = describeDatabaseError(error);
  if (database) return `${database.message} (${oneLine(error)})`;
  return oneLine(error);
}
