// Start a separate production server (the build from `npm run build`) on its own port and database, for tests that
// need settings the shared e2e server does not have: an admin token, a rate limit, a public address, a broken database.
// Its database comes from `newDatabase` (e2e/support/databases.ts): the pass's kind, SQLite or PostgreSQL.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { dropDatabase } from "../support/databases";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

export interface TestServer {
  url: string;
  port: number;
  databaseUrl: string;
  stop(): Promise<void>;
}

/** Ports for extra servers follow E2E_PORT (3100 by default: 3111, 3112…), so that parallel checkouts do not collide. */
export function serverPort(offset: number): number {
  return Number(process.env.E2E_PORT ?? 3100) + offset;
}

/** Runs the real migration (and seed) on a database: for a test about what a server does before and after. */
export function migrate(databaseUrl: string, options: { seed?: boolean } = {}) {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  execFileSync(bin("tsx"), ["scripts/migrate.ts", "deploy"], { env, stdio: "pipe" });
  if (options.seed) execFileSync(bin("tsx"), ["--conditions=react-server", "seeds/seed.ts"], { env, stdio: "pipe" });
}

/** How many running servers of this process use each database: the last one to stop drops it. */
const using = new Map<string, number>();

export async function startServer(options: { port: number; host?: string; databaseUrl: string; env?: Record<string, string> }): Promise<TestServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: options.databaseUrl, DUIZHAO_RATE_LIMIT: "off", ...options.env };
  if (!options.env?.DUIZHAO_ADMIN_TOKEN) delete env.DUIZHAO_ADMIN_TOKEN;
  using.set(options.databaseUrl, (using.get(options.databaseUrl) ?? 0) + 1);
  const child: ChildProcess = spawn(bin("next"), ["start", "-p", String(options.port), "-H", options.host ?? "127.0.0.1"], { env, stdio: "pipe" });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      await fetch(`${url}/_next/static/not-there`);
      break;
    } catch {
      if (Date.now() > deadline) {
        // Not left running on its port (and its database) for the tests that follow.
        await exited(child);
        throw new Error(`server did not start:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  let stopping: Promise<void> | undefined;
  return {
    url,
    port: options.port,
    databaseUrl: options.databaseUrl,
    stop: () =>
      (stopping ??= (async () => {
        await exited(child);
        const left = using.get(options.databaseUrl)! - 1;
        using.set(options.databaseUrl, left);
        if (left === 0) await dropDatabase(options.databaseUrl);
      })()),
  };
}

// next start drains open keep-alive connections on SIGTERM, which can take a minute: kill after 5 s.
function exited(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

/** An address of this machine that is not loopback, to reach a server as a remote client would; null if none. */
export function publicAddress(): string | null {
  for (const list of Object.values(os.networkInterfaces())) {
    for (const a of list ?? []) if (a.family === "IPv4" && !a.internal) return a.address;
  }
  return null;
}
