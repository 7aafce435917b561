// A full garbage collection once the server falls idle after a burst (issue 16: memory after the load runs).
// Under 50 clients V8 grows its heap for the garbage of thousands of responses and, with no allocation once the load
// stops, never collects it: 184 MB used and 314 MB RSS a minute after the runs, while a collection leaves 76 MB of
// live objects (heap snapshot, decision 013b-load-memory-search). So a timer looks every few seconds: when the event loop was nearly idle
// over the last interval and the heap holds well over what the last collection left, it collects once. It never
// runs under load (a full collection of this heap pauses for some 30–100 ms) and costs nothing while idle.
import { performance } from "node:perf_hooks";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface CollectPolicy {
  /** Never collect a heap smaller than this (MB committed): not worth a pause. */
  minHeapMb: number;
  /** Collect again when the heap's used part is this many times what the last collection left… */
  usedGrowth: number;
  /** …or its committed size this many times what it was after the last collection. */
  totalGrowth: number;
  /** The event loop's busy share over the interval at or below which the server counts as idle. */
  maxUtilization: number;
}

export const IDLE_COLLECT_POLICY: CollectPolicy = { minHeapMb: 128, usedGrowth: 1.5, totalGrowth: 1.25, maxUtilization: 0.05 };
export const IDLE_CHECK_MS = 5000;

export interface HeapReading {
  usedMb: number;
  totalMb: number;
}

/**
 * Whether to collect now: the server was idle over the last interval, its heap is not small, and it grew well past
 * what the last collection left (in use or committed). A collection that could not shrink the heap is not repeated.
 */
export function shouldCollect(now: HeapReading & { utilization: number }, last: HeapReading | null, policy: CollectPolicy = IDLE_COLLECT_POLICY): boolean {
  if (now.utilization > policy.maxUtilization || now.totalMb < policy.minHeapMb) return false;
  return !last || now.usedMb >= last.usedMb * policy.usedGrowth || now.totalMb >= last.totalMb * policy.totalGrowth;
}

const INSTALLED = Symbol.for("duizhao.idleCollect");
function readHeap(): HeapReading {
  const h = getHeapStatistics();
  return { usedMb: h.used_heap_size / 1024 / 1024, totalMb: h.total_heap_size / 1024 / 1024 };
}

/** Start the idle check in this process (the server's main thread); DUIZHAO_IDLE_GC=0 leaves V8 alone. */
export function installIdleCollector(env: Record<string, string | undefined> = process.env): void {
  const store = globalThis as unknown as Record<symbol, boolean | undefined>;
  if (env.DUIZHAO_IDLE_GC === "0" || store[INSTALLED]) return;
  store[INSTALLED] = true;
  const existing = (globalThis as { gc?: () => void }).gc;
  // Without --expose-gc at start, the flag still exposes gc() to contexts made after it is set.
  if (!existing) setFlagsFromString("--expose-gc");
  const gc = existing ?? (runInNewContext("gc") as () => void);
  let last = performance.eventLoopUtilization();
  let after: HeapReading | null = null;
  const timer = setInterval(() => {
    const current = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(current, last);
    last = current;
    if (!shouldCollect({ ...readHeap(), utilization }, after)) return;
    // A full collection that also compacts: a plain one frees the garbage but leaves the old space's half-empty pages
    // committed (138 MB of old space holding 44 MB after the load runs); compacting moves the survivors together and
    // gives the emptied pages back. V8 11 (Node 20) ignores gc()'s options for this, hence the flag around the call.
    setFlagsFromString("--compact-on-every-full-gc");
    try {
      gc();
    } finally {
      setFlagsFromString("--no-compact-on-every-full-gc");
    }
    after = readHeap();
  }, IDLE_CHECK_MS);
  timer.unref();
}
