// `npm start`: next start, listening on loopback only unless an admin token protects writes.
// Why: docs/decisions/003-write-access.md. DUIZHAO_HOST overrides the choice (e.g. 0.0.0.0 behind a token).
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Without DUIZHAO_ADMIN_TOKEN, anyone who can reach the port could ask to write; so only this machine can reach it. */
export function listenHost(env) {
  if (env.DUIZHAO_HOST) return env.DUIZHAO_HOST;
  return env.DUIZHAO_ADMIN_TOKEN ? "0.0.0.0" : "127.0.0.1";
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const host = listenHost(process.env);
  const port = process.env.PORT ?? "3000";
  if (!process.env.DUIZHAO_ADMIN_TOKEN && host !== "127.0.0.1" && host !== "::1" && host !== "localhost") {
    console.warn(`warning: listening on ${host} without DUIZHAO_ADMIN_TOKEN; only requests from this machine may write`);
  }
  if (!["127.0.0.1", "::1", "localhost"].includes(host) && !process.env.DUIZHAO_ALLOWED_HOSTS) {
    console.warn(`note: writes are accepted only under the names localhost, 127.0.0.1 and [::1]; list the names this server is reached by in DUIZHAO_ALLOWED_HOSTS (docs/decisions/006-origin-and-host.md)`);
  }
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", port, "-H", host, ...process.argv.slice(2)], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
