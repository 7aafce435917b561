// Sequential timed GETs: the time to the last byte of the body, as a reader's browser would wait for it.
import { stats, timeMs, type Stats } from "./timing";

export interface GetStats {
  path: string;
  firstMs: number;
  ms: Stats;
  statuses: Record<string, number>;
  bytes: number;
}

export async function timeGets(base: string, pathAndQuery: string, opts: { warmup: number; runs: number; timeoutMs?: number }): Promise<GetStats> {
  const statuses: Record<string, number> = {};
  let bytes = 0;
  const get = async () => {
    const res = await fetch(base + pathAndQuery, { signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000) });
    const body = await res.arrayBuffer();
    bytes = body.byteLength;
    return res.status;
  };
  // The first request is the cold one (compiles the route, may compute and cache the comparison).
  const first = await timeMs(get);
  statuses[first.value] = (statuses[first.value] ?? 0) + 1;
  for (let i = 1; i < opts.warmup; i++) await get();
  const times: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const { ms, value } = await timeMs(get);
    statuses[value] = (statuses[value] ?? 0) + 1;
    times.push(ms);
  }
  return { path: pathAndQuery, firstMs: first.ms, ms: stats(times), statuses, bytes };
}
