// The e2e web server: a fresh database, migrated and seeded, then `next start` on the production build.
import { execFileSync, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const url = process.env.DATABASE_URL ?? "";
const bin = (name) => path.join(root, "node_modules/.bin", name);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit", env: process.env });

if (url.startsWith("file:")) {
  const file = path.resolve(root, url.replace(/^file:/, ""));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
} else if (url.startsWith("postgres")) {
  run(process.execPath, [path.join(root, "scripts/pg-reset.mjs"), url]);
}
run(bin("tsx"), ["scripts/migrate.ts", "deploy"]);
run(bin("tsx"), ["--conditions=react-server", "seeds/seed.ts"]);
const server = spawn(bin("next"), ["start", "-p", process.env.E2E_PORT ?? "3100", "-H", "127.0.0.1"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
