#!/usr/bin/env node
// `npx duizhao …`. The CLI is compiled to plain JavaScript (dist/cli, by `npm install` and `npm run build`) and runs
// here, in this process: no tsx, no child. When that build is missing or older than one of its sources (an edit, a
// checkout), the sources run through tsx in a child process instead, with a one-line hint; DUIZHAO_CLI_SOURCE=1 asks
// for that path on purpose. docs/decisions/008-compiled-cli.md
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const { root, entry, staleness } = require("./compiled-cli");

process.env.DUIZHAO_ROOT ??= root;
const reason = process.env.DUIZHAO_CLI_SOURCE ? "source" : staleness();
if (reason === null) {
  // Signals, exit codes and the stop line are the CLI's own (scripts/cli/stop.ts).
  import(pathToFileURL(entry).href);
} else {
  if (reason !== "source") console.error(`提示 / hint: ${reason}; running the sources through tsx (slower start). \`npm run build:cli\` compiles it again.`);
  runSources();
}

// The sources run in one child process: node with tsx's loader and the react-server condition (the data layer is
// marked server-only). This process only relays signals and the exit code, and makes sure the child never outlives it.
function runSources() {
  const { spawn } = require("node:child_process"); // loaded here only: the compiled path needs neither
  const os = require("node:os");
  const loader = pathToFileURL(path.join(root, "node_modules", "tsx", "dist", "loader.mjs")).href;
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", loader, path.join(root, "scripts", "cli", "main.ts"), ...process.argv.slice(2)], {
    // The IPC channel closes when this process dies, even by SIGKILL: the child stops on "disconnect" (scripts/cli/stop.ts).
    stdio: ["inherit", "inherit", "inherit", "ipc"],
    env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json") },
  });

  // The child stops at its next await; a long synchronous step (analysing a large report) cannot see the signal, so it
  // is killed after a grace period. Either way each report is one transaction: the database keeps every finished one.
  const GRACE_MS = 5_000;
  let forced = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      if (child.exitCode !== null) return;
      child.kill(signal);
      setTimeout(() => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        forced = true;
        child.kill("SIGKILL");
      }, GRACE_MS).unref();
    });
  }

  child.on("exit", (code, signal) => {
    if (forced) console.error(`已中断 / interrupted: stopped by force after ${GRACE_MS / 1000} s; every report finished before is stored, the one in progress was rolled back`);
    process.exit(signal ? 128 + (os.constants.signals[signal] ?? 1) : (code ?? 1));
  });
}
