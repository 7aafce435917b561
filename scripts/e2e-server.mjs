// The e2e web server: a fresh database, migrated and seeded (a copy of the pass's seeded template), then `next start`
// on the production build.
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";

const root = process.cwd();
const bin = (name) => path.join(root, "node_modules/.bin", name);

// Migrates and seeds the pass's templates once, and makes the database from the seeded one (e2e/support/databases.ts).
execFileSync(bin("tsx"), ["e2e/support/prepare-databases.ts"], { stdio: "inherit", env: process.env });
const server = spawn(bin("next"), ["start", "-p", process.env.E2E_PORT ?? "3100", "-H", "127.0.0.1"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
