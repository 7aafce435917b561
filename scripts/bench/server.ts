// A production `next start` for the render step and the load test: build if stale, a free port on 127.0.0.1,
// wait until it answers, stop it (only the process group we started) afterwards.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { ROOT } from "./seeds";

const SOURCES = ["app", "lib", "prisma", "instrumentation.ts", "next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json"];
const IGNORED = /(^|\/)(generated|node_modules|__fixtures__|fixtures)(\/|$)|\.test\.tsx?$|\.md$/;

function newestSourceMtime(): { file: string; mtime: number } {
  let newest = { file: "", mtime: 0 };
  const visit = (p: string) => {
    const rel = path.relative(ROOT, p);
    if (IGNORED.test(rel) || !existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else if (st.mtimeMs > newest.mtime) newest = { file: rel, mtime: st.mtimeMs };
  };
  for (const s of SOURCES) visit(path.join(ROOT, s));
  return newest;
}

export function buildId(): string | null {
  const file = path.join(ROOT, ".next", "BUILD_ID");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}

/** Build unless .next/BUILD_ID is newer than every source file (or --no-build). Returns what happened. */
export function ensureBuild(opts: { allowed: boolean; log: (s: string) => void }): { built: boolean; buildMs?: number; reason: string } {
  const idFile = path.join(ROOT, ".next", "BUILD_ID");
  const built = existsSync(idFile) ? statSync(idFile).mtimeMs : 0;
  const newest = newestSourceMtime();
  if (built > newest.mtime) return { built: false, reason: "build is newer than the sources" };
  if (!opts.allowed) {
    if (!built) throw new Error("no production build (.next/BUILD_ID) and --no-build was given");
    return { built: false, reason: `--no-build (stale: ${newest.file} is newer than the build)` };
  }
  opts.log(`building (${built ? `${newest.file} is newer than .next/BUILD_ID` : "no build yet"})…`);
  const start = performance.now();
  for (let attempt = 0; ; attempt++) {
    const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (result.status === 0) return { built: true, buildMs: performance.now() - start, reason: `${newest.file} was newer than the build` };
    const output = result.stdout + result.stderr;
    // Someone else in this tree is building: wait for theirs, which is as fresh as ours would be.
    if (/Another next build process is already running/.test(output) && attempt < 36) {
      if (attempt === 0) opts.log("another next build is running: waiting for it…");
      spawnSync("sleep", ["5"]);
      const id = path.join(ROOT, ".next", "BUILD_ID");
      if (existsSync(id) && statSync(id).mtimeMs > newest.mtime) return { built: false, reason: "built meanwhile by another process" };
      continue;
    }
    throw new Error(`npm run build failed:\n${output.split("\n").slice(-30).join("\n")}`);
  }
}

/** A free port on 127.0.0.1, or DUIZHAO_BENCH_PORT when set (machines shared by several runs give each its range). */
export function freePort(): Promise<number> {
  const fixed = Number(process.env.DUIZHAO_BENCH_PORT);
  if (Number.isInteger(fixed) && fixed > 0) return Promise.resolve(fixed);
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    for (const child of running) killGroup(child, "SIGTERM");
    process.exit(130);
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * `next start` on a free 127.0.0.1 port with the given DATABASE_URL; resolves once GET / answers. Others build in the
 * same tree: when .next is missing mid-rebuild, wait for their BUILD_ID (up to 3 minutes) and try once more.
 */
export async function startServer(opts: { databaseUrl: string; env?: Record<string, string>; log: (s: string) => void }): Promise<RunningServer> {
  try {
    return await startOnce(opts);
  } catch (error) {
    if (!/Could not find a production build|ENOENT.*\.next/.test(String(error))) throw error;
    opts.log(".next is being rebuilt by someone else: waiting for BUILD_ID…");
    const deadline = Date.now() + 180_000;
    while (!buildId() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1000));
    await new Promise((r) => setTimeout(r, 3000)); // BUILD_ID is written near the end; let the build finish
    return startOnce(opts);
  }
}

async function startOnce(opts: { databaseUrl: string; env?: Record<string, string>; log: (s: string) => void }): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: opts.databaseUrl, ...opts.env };
  delete env.DUIZHAO_ADMIN_TOKEN;
  const child = spawn(path.join(ROOT, "node_modules", ".bin", "next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    detached: true, // its own process group, so stop() ends next and its workers and nothing else
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    killGroup(child, "SIGTERM");
    const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
    running.delete(child);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${output.slice(-2000)}`);
    try {
      const res = await fetch(`${url}/`, { signal: AbortSignal.timeout(5000) });
      await res.arrayBuffer();
      opts.log(`next start on ${url} (pid ${child.pid}, ${opts.databaseUrl.replace(/\/\/[^@]*@/, "//…@")})`);
      return { url, pid: child.pid!, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  await stop();
  throw new Error(`next start did not answer within 60 s:\n${output.slice(-2000)}`);
}
