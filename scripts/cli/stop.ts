// How the CLI stops when asked to (Ctrl-C, SIGTERM, its launcher killed): at once, with one clear line. Every write
// is one transaction per report, so exiting between or inside reports leaves a consistent database: a transaction
// that did not commit is rolled back by SQLite or PostgreSQL. The running command says how far it got.
let describeProgress: () => string = () => "";

/** The running command's progress, for the line printed on stop ("3 of 40 files imported"). */
export function reportProgressWith(describe: () => string): void {
  describeProgress = describe;
}

const EXIT_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

function stop(reason: string, code: number): never {
  const progress = describeProgress();
  process.stderr.write(`\n已中断 / interrupted (${reason})${progress ? `: ${progress}` : ""}; the database is consistent: every finished report is stored, the one in progress was rolled back\n`);
  process.exit(code);
}

export function installStopHandlers(): void {
  for (const signal of Object.keys(EXIT_CODES)) process.on(signal, () => stop(signal, EXIT_CODES[signal]));
  // Started by bin/duizhao.js with an IPC channel: it closes when the launcher dies, even by SIGKILL.
  if (process.channel) {
    process.on("disconnect", () => stop("the duizhao launcher ended", 129));
    process.channel.unref();
  }
}
