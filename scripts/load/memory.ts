// The load server's memory: the RSS of every process in its process group (read from /proc, so it holds whatever the
// server is doing) and what the server says of its own V8 heap and caches (GET /api/internal/metrics). After the runs
// it polls until the RSS is steady — a measurement, bounded in time, never an assertion.
import { readdirSync, readFileSync } from "node:fs";
import type { CacheStats } from "@/lib/http/cache-stats";

export interface ProcessMemory {
  pid: number;
  command: string;
  rssMb: number;
}

export interface ServerMetrics {
  memoryMb: { rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number; heapLimit: number };
  caches: Record<string, CacheStats>;
}

export interface MemorySnapshot {
  at: string;
  /** Sum of VmRSS over the server's process group. */
  rssMb: number;
  processes: ProcessMemory[];
  /** The `next start` process's own account (null if the endpoint did not answer). */
  server: ServerMetrics["memoryMb"] | null;
  loadAverage: number;
}

const mb = (kb: number) => Number((kb / 1024).toFixed(1));

/** The processes whose process group is `pgid` (the load test starts `next start` as a group leader). */
export function processGroupMemory(pgid: number): ProcessMemory[] {
  const found: ProcessMemory[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses, so split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
      const command = readFileSync(`/proc/${name}/cmdline`, "utf8").split("\0").filter(Boolean).map((a) => a.split("/").pop()).join(" ").slice(0, 80);
      found.push({ pid: Number(name), command, rssMb: mb(Number(rss?.[1] ?? 0)) });
    } catch {
      // the process ended while we read it
    }
  }
  return found.sort((a, b) => a.pid - b.pid);
}

export async function serverMetrics(base: string): Promise<ServerMetrics | null> {
  try {
    const res = await fetch(`${base}/api/internal/metrics`, { signal: AbortSignal.timeout(10_000) });
    if (!res.ok) return null;
    return (await res.json()) as ServerMetrics;
  } catch {
    return null;
  }
}

export async function memorySnapshot(base: string, pgid: number, loadAverage: () => number): Promise<MemorySnapshot> {
  const metrics = await serverMetrics(base);
  const processes = processGroupMemory(pgid);
  const rssMb = Number(processes.reduce((n, p) => n + p.rssMb, 0).toFixed(1));
  return { at: new Date().toISOString(), rssMb, processes, server: metrics?.memoryMb ?? null, loadAverage: loadAverage() };
}

export interface Settled {
  snapshot: MemorySnapshot;
  /** Seconds polled before the RSS held steady (or the bound). */
  seconds: number;
  steady: boolean;
  samplesMb: number[];
}

/**
 * Poll the group's RSS once a second until `window` consecutive samples lie within `toleranceMb` of each other, for
 * at most `maxSeconds`. The window is longer than the server's idle collection takes to start (it looks every 5 s at
 * the last 5 s: lib/http/idle-collect.ts), so a level that is about to drop does not count as steady. The server is
 * idle by then: what it still holds is what it keeps.
 */
export async function settle(base: string, pgid: number, loadAverage: () => number, o = { window: 15, toleranceMb: 3, maxSeconds: 60 }): Promise<Settled> {
  const started = Date.now();
  const samples: number[] = [];
  for (;;) {
    samples.push(Number(processGroupMemory(pgid).reduce((n, p) => n + p.rssMb, 0).toFixed(1)));
    const recent = samples.slice(-o.window);
    const steady = recent.length === o.window && Math.max(...recent) - Math.min(...recent) <= o.toleranceMb;
    const seconds = Math.round((Date.now() - started) / 1000);
    if (steady || seconds >= o.maxSeconds) return { snapshot: await memorySnapshot(base, pgid, loadAverage), seconds, steady, samplesMb: samples };
    await new Promise((r) => setTimeout(r, 1000));
  }
}
