/**
 * Small in-memory token buckets per client. An import costs one token per file in one bucket and one per byte in
 * another, so one request carrying fifteen files costs fifteen, not one. In-process only: each `next start` process
 * keeps its own buckets (see README, "Writing is protected").
 */
export type Taken = { ok: true } | { ok: false; retryAfterSeconds: number; exceedsCapacity: boolean };

export interface RateLimiter {
  /** Seconds until `cost` tokens are there for this key (0: now; Infinity: never, the cost is above the capacity). */
  wait(key: string, cost?: number, now?: number): number;
  /** Take `cost` tokens for this key, or none when there are not enough. */
  take(key: string, now?: number, cost?: number): Taken;
}

export function createRateLimiter(options: { capacity: number; refillPerSecond: number; maxKeys?: number }): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const maxKeys = options.maxKeys ?? 10_000;
  const tokensAt = (key: string, now: number) => {
    const previous = buckets.get(key);
    if (!previous) return options.capacity;
    const elapsed = Math.max(0, now - previous.at) / 1000;
    return Math.min(options.capacity, previous.tokens + elapsed * options.refillPerSecond);
  };
  const wait = (key: string, cost = 1, now = Date.now()) => {
    if (cost > options.capacity) return Infinity;
    const tokens = tokensAt(key, now);
    return tokens >= cost ? 0 : Math.ceil((cost - tokens) / options.refillPerSecond);
  };
  return {
    wait,
    take(key, now = Date.now(), cost = 1) {
      const tokens = tokensAt(key, now);
      const seconds = wait(key, cost, now);
      buckets.delete(key); // re-insert last, so the map's order is least recently used first
      buckets.set(key, { tokens: seconds === 0 ? tokens - cost : tokens, at: now });
      // Bound memory: a flood of distinct keys evicts the least recently seen ones.
      while (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return seconds === 0 ? { ok: true } : { ok: false, retryAfterSeconds: seconds, exceedsCapacity: seconds === Infinity };
    },
  };
}

export interface RateSettings {
  capacity: number;
  refillPerSecond: number;
}

/** DUIZHAO_RATE_LIMIT: "off" disables; "N/M" allows bursts of N files refilled at N per M seconds; default 10/60. */
export function rateLimitSettings(value: string | undefined): RateSettings | null {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "off" || v === "0" || v === "false") return null;
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(v);
  const [capacity, seconds] = m ? [Number(m[1]), Number(m[2])] : [10, 60];
  return { capacity: Math.max(1, capacity), refillPerSecond: Math.max(1, capacity) / Math.max(1, seconds) };
}

const UNITS: Record<string, number> = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** DUIZHAO_RATE_LIMIT_BYTES: "SIZE/M" with SIZE in bytes or with k, M or G (binary); default 25M/60. */
export function byteLimitSettings(value: string | undefined): RateSettings {
  const m = /^(\d+)\s*([kmg]?)i?b?\s*\/\s*(\d+)$/i.exec((value ?? "").trim());
  const [capacity, seconds] = m ? [Number(m[1]) * UNITS[m[2].toLowerCase()], Number(m[3])] : [25 * 1024 ** 2, 60];
  return { capacity: Math.max(1, capacity), refillPerSecond: Math.max(1, capacity) / Math.max(1, seconds) };
}

export interface ImportBudget {
  /** Take files and bytes for one request, both or neither. */
  take(key: string, cost: { files: number; bytes: number }, now?: number): Taken & { message?: string };
}

export function createImportBudget(files: RateSettings, bytes: RateSettings): ImportBudget {
  const fileBucket = createRateLimiter(files);
  const byteBucket = createRateLimiter(bytes);
  return {
    take(key, cost, now = Date.now()) {
      const seconds = Math.max(fileBucket.wait(key, cost.files, now), byteBucket.wait(key, cost.bytes, now));
      if (seconds === 0) {
        fileBucket.take(key, now, cost.files);
        byteBucket.take(key, now, cost.bytes);
        return { ok: true };
      }
      const mb = (n: number) => `${Math.round((n / 1024 ** 2) * 10) / 10} MB`;
      const limit = `${files.capacity} 个文件、${mb(bytes.capacity)} / ${files.capacity} files, ${mb(bytes.capacity)} per ${Math.round(files.capacity / files.refillPerSecond)} s`;
      const message =
        seconds === Infinity
          ? `一次请求超出导入限额(${limit}),请分批导入 / this request (${cost.files} files, ${mb(cost.bytes)}) is more than the import limit allows at once (${limit}): send fewer files at a time`
          : `导入过于频繁,请 ${seconds} 秒后再试 / too many imports (limit ${limit}): retry in ${seconds} s`;
      return { ok: false, retryAfterSeconds: seconds, exceedsCapacity: seconds === Infinity, message };
    },
  };
}

const GLOBAL = Symbol.for("duizhao.importBudget");

/**
 * The process-wide import budget (kept on globalThis: Next bundles route handlers and server actions separately, and
 * each bundle would otherwise get its own module instance and its own buckets). Returns null when limits are off.
 */
export function importBudget(env: NodeJS.ProcessEnv = process.env): ImportBudget | null {
  const files = rateLimitSettings(env.DUIZHAO_RATE_LIMIT);
  if (!files) return null;
  const bytes = byteLimitSettings(env.DUIZHAO_RATE_LIMIT_BYTES);
  const store = globalThis as unknown as Record<symbol, { key: string; budget: ImportBudget } | undefined>;
  const key = JSON.stringify([files, bytes]);
  if (store[GLOBAL]?.key !== key) store[GLOBAL] = { key, budget: createImportBudget(files, bytes) };
  return store[GLOBAL]!.budget;
}
