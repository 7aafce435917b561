// Hit and miss counts of the in-memory caches, per process (the load test reports them; GET /api/internal/metrics).
// Kept on globalThis: the proxy and the route handlers are bundled apart and would otherwise count in two copies.

export interface CacheCounter {
  hits: number;
  misses: number;
  /** What the cache holds now: entries and the bytes its bound counts. */
  size?: () => { entries: number; bytes: number };
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** hits / (hits + misses), or null before the first request. */
  hitRatio: number | null;
  entries: number | null;
  bytes: number | null;
}

const REGISTRY = Symbol.for("duizhao.cacheCounters");
const registry = (): Map<string, CacheCounter> => {
  const store = globalThis as unknown as Record<symbol, Map<string, CacheCounter> | undefined>;
  return (store[REGISTRY] ??= new Map());
};

/** The counter named `name` in this process (created on first use); `size` reports the cache's current size. */
export function cacheCounter(name: string, size?: CacheCounter["size"]): CacheCounter {
  const counters = registry();
  const counter = counters.get(name) ?? { hits: 0, misses: 0 };
  if (size) counter.size = size;
  counters.set(name, counter);
  return counter;
}

export function readCacheStats(): Record<string, CacheStats> {
  return Object.fromEntries(
    [...registry()].map(([name, c]) => {
      const size = c.size?.();
      const asked = c.hits + c.misses;
      return [name, { hits: c.hits, misses: c.misses, hitRatio: asked ? Number((c.hits / asked).toFixed(4)) : null, entries: size?.entries ?? null, bytes: size?.bytes ?? null }];
    }),
  );
}
