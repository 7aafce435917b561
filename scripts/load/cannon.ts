// One bounded autocannon run against 127.0.0.1: throughput, latency percentiles (p95 from every response's own
// time, since autocannon's summary stops at p90/p97.5) and errors (non-2xx, socket errors, timeouts).
import autocannon from "autocannon";
import { percentile } from "../bench/timing";

export interface LoadResult {
  path: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  ok2xx: number;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  errors: number;
  statuses: Record<string, number>;
}

export async function runCannon(base: string, path: string, opts: { connections: number; seconds: number }): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(base)) throw new Error(`load tests run against 127.0.0.1 only, not ${base}`);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const instance = autocannon({ url: base + path, connections: opts.connections, duration: opts.seconds, timeout: 20 });
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  const total = latencies.length;
  const ok2xx = Object.entries(statuses).filter(([s]) => s.startsWith("2")).reduce((n, [, c]) => n + c, 0);
  return {
    path,
    connections: opts.connections,
    seconds: opts.seconds,
    requests: total,
    requestsPerSecond: Number((total / opts.seconds).toFixed(1)),
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: Math.max(0, ...latencies) },
    ok2xx,
    non2xx: total - ok2xx,
    socketErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    errors: total - ok2xx + result.errors,
    statuses,
  };
}
