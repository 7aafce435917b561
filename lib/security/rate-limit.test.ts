import { describe, expect, it } from "vitest";
import { createRateLimiter, importRateLimiter, rateLimitSettings } from "./rate-limit";

describe("rate limit", () => {
  it("allows a burst, then refuses until tokens refill", () => {
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("a", t).ok)).toEqual([true, true, true]);
    const refused = limiter.take("a", t);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take("b", t).ok).toBe(true); // per client
    expect(limiter.take("a", t + 1000).ok).toBe(true);
    expect(limiter.take("a", t + 1000).ok).toBe(false);
  });

  it("never holds more than capacity, and bounds the number of clients it remembers", () => {
    const limiter = createRateLimiter({ capacity: 2, refillPerSecond: 1, maxKeys: 100 });
    const t = 5_000_000;
    limiter.take("a", t);
    expect([0, 0, 0].map(() => limiter.take("a", t + 3_600_000).ok)).toEqual([true, true, false]);
    for (let i = 0; i < 1000; i++) limiter.take(`flood-${i}`, t);
    // "a" was evicted by the flood and starts over with a full bucket.
    expect(limiter.take("a", t + 3_600_000).ok).toBe(true);
  });

  it("reads DUIZHAO_RATE_LIMIT", () => {
    expect(rateLimitSettings("off")).toBeNull();
    expect(rateLimitSettings(undefined)).toEqual({ capacity: 10, refillPerSecond: 10 / 60 });
    expect(rateLimitSettings("3/30")).toEqual({ capacity: 3, refillPerSecond: 0.1 });
    expect(importRateLimiter({ DUIZHAO_RATE_LIMIT: "off" } as unknown as NodeJS.ProcessEnv)).toBeNull();
    const shared = importRateLimiter({ DUIZHAO_RATE_LIMIT: "2/60" } as unknown as NodeJS.ProcessEnv);
    expect(importRateLimiter({ DUIZHAO_RATE_LIMIT: "2/60" } as unknown as NodeJS.ProcessEnv)).toBe(shared);
  });
});
