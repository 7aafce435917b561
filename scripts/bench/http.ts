// Sequential timed GETs: the time to the last byte of the body, as a reader's browser would wait for it.
import { stats, timeMs, type Stats } from "./timing";

export interface GetStats {
  path: string;
  firstMs: number;
  ms: Stats;
  statuses: Record<string, number>;
  bytes: number;
  /** Of `bytes`, the page payload that hydrates it (the `self.__next_f.push` scripts of an HTML page). */
  payloadBytes: number;
  /** A compare page computed in the background: how long until it was ready (the first request got 正在计算对照…). */
  readyMs?: number;
}

/** Bytes of the page payload scripts in an HTML page (React Server Components data for hydration). */
export function payloadBytesOf(html: string): number {
  let bytes = 0;
  for (const m of html.matchAll(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g)) bytes += Buffer.byteLength(m[0]);
  return bytes;
}

/** A compare page still computing in a worker (decision 011c) says so; its figures would be the waiting page's. */
const COMPUTING = 'data-comparison-state="computing"';

/** Request `path` until the page is no longer a “computing” page (or the time is up); returns the time it took. */
async function waitReady(base: string, pathAndQuery: string, timeoutMs: number): Promise<number> {
  const started = performance.now();
  for (;;) {
    const res = await fetch(base + pathAndQuery, { signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    if (!text.includes(COMPUTING)) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`still computing after ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export async function timeGets(base: string, pathAndQuery: string, opts: { warmup: number; runs: number; timeoutMs?: number }): Promise<GetStats> {
  const statuses: Record<string, number> = {};
  let bytes = 0;
  let payloadBytes = 0;
  let computing = false;
  const get = async () => {
    const res = await fetch(base + pathAndQuery, { signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000) });
    const body = Buffer.from(await res.arrayBuffer());
    bytes = body.byteLength;
    const text = body.toString("utf8");
    payloadBytes = payloadBytesOf(text);
    computing = text.includes(COMPUTING);
    return res.status;
  };
  // The first request is the cold one (compiles the route, may compute and cache the comparison).
  const first = await timeMs(get);
  statuses[first.value] = (statuses[first.value] ?? 0) + 1;
  // A pair computed in a worker answers 正在计算对照… first: wait for it, so the figures are the real page's.
  const readyMs = computing ? first.ms + (await waitReady(base, pathAndQuery, opts.timeoutMs ?? 60_000)) : undefined;
  for (let i = 1; i < opts.warmup; i++) await get();
  const times: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const { ms, value } = await timeMs(get);
    statuses[value] = (statuses[value] ?? 0) + 1;
    times.push(ms);
  }
  return { path: pathAndQuery, firstMs: first.ms, ms: stats(times), statuses, bytes, payloadBytes, ...(readyMs !== undefined ? { readyMs } : {}) };
}
