/**
 * A small in-memory token bucket per client: `capacity` requests at once, refilled at `refillPerSecond`.
 * In-process only, which fits one `next start`; several instances would each keep their own buckets.
 */
export interface RateLimiter {
  /** Take one token for this key; false when the bucket is empty. */
  take(key: string, now?: number): { ok: true } | { ok: false; retryAfterSeconds: number };
}

export function createRateLimiter(options: { capacity: number; refillPerSecond: number; maxKeys?: number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  return {
    take(key, now = Date.now()) {
      const previous = buckets.get(key);
      const elapsed = previous ? Math.max(0, now - previous.at) / 1000 : 0;
      const tokens = previous ? Math.min(options.capacity, previous.tokens + elapsed * options.refillPerSecond) : options.capacity;
      buckets.delete(key); // re-insert last, so the map's order is least recently used first
      if (tokens < 1) {
        buckets.set(key, { tokens, at: now });
        return { ok: false, retryAfterSeconds: Math.ceil((1 - tokens) / options.refillPerSecond) };
      }
      buckets.set(key, { tokens: tokens - 1, at: now });
      // Bound memory: a flood of distinct keys evicts the least recently seen ones.
      while (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return { ok: true };
    },
  };
}

/** DUIZHAO_RATE_LIMIT: "off" disables; "N/M" allows bursts of N imports refilled at N per M seconds; default 10/60. */
export function rateLimitSettings(value: string | undefined): { capacity: number; refillPerSecond: number } | null {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "off" || v === "0" || v === "false") return null;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
  const [capacity, seconds] = m ? [Number(m[1]), Number(m[2])] : [10, 60];
  return { capacity: Math.max(1, capacity), refillPerSecond: Math.max(1, capacity) / Math.max(1, seconds) };
}

const GLOBAL = Symbol.for("duizhao.importRateLimiter");

/**
 * The process-wide import limiter (kept on globalThis: Next bundles route handlers and server actions separately, and
 * each bundle would otherwise get its own module instance and its own buckets). Returns null when limits are off.
 */
export function importRateLimiter(env: NodeJS.ProcessEnv = process.env): RateLimiter | null {
  const settings = rateLimitSettings(env.DUIZHAO_RATE_LIMIT);
  if (!settings) return null;
  const store = globalThis as unknown as Record<symbol, { key: string; limiter: RateLimiter } | undefined>;
  const key = `${settings.capacity}/${settings.refillPerSecond}`;
  if (store[GLOBAL]?.key !== key) store[GLOBAL] = { key, limiter: createRateLimiter(settings) };
  return store[GLOBAL]!.limiter;
}
