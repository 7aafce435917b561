import { describe, expect, it } from "vitest";
import { byteLimitSettings, createImportBudget, createRateLimiter, importBudget, rateLimitSettings } from "./rate-limit";

describe("rate limit", () => {
  it("allows a burst, then refuses until tokens refill", () => {
    const limiter = createRateLimiter({ capacity: 3, refillPerSecond: 1 });
    const t = 1_000_000;
    expect([1, 2, 3].map(() => limiter.take("a", t).ok)).toEqual([true, true, true]);
    const refused = limiter.take("a", t);
    expect(refused).toEqual({ ok: false, retryAfterSeconds: 1, exceedsCapacity: false });
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

  it("reads DUIZHAO_RATE_LIMIT and DUIZHAO_RATE_LIMIT_BYTES", () => {
    expect(rateLimitSettings("off")).toBeNull();
    expect(rateLimitSettings(undefined)).toEqual({ capacity: 10, refillPerSecond: 10 / 60 });
    expect(rateLimitSettings("3/30")).toEqual({ capacity: 3, refillPerSecond: 0.1 });
    expect(byteLimitSettings(undefined)).toEqual({ capacity: 25 * 1048576, refillPerSecond: (25 * 1048576) / 60 });
    expect(byteLimitSettings("2M/10")).toEqual({ capacity: 2 * 1048576, refillPerSecond: 2 * 1048576 / 10 });
    expect(byteLimitSettings("500/5")).toEqual({ capacity: 500, refillPerSecond: 100 });
    expect(importBudget({ DUIZHAO_RATE_LIMIT: "off" } as unknown as NodeJS.ProcessEnv)).toBeNull();
    const shared = importBudget({ DUIZHAO_RATE_LIMIT: "2/60" } as unknown as NodeJS.ProcessEnv);
    expect(importBudget({ DUIZHAO_RATE_LIMIT: "2/60" } as unknown as NodeJS.ProcessEnv)).toBe(shared);
  });
});

describe("import budget: files and bytes, not requests", () => {
  const t = 9_000_000;
  const budget = () => createImportBudget({ capacity: 10, refillPerSecond: 10 / 60 }, { capacity: 1000, refillPerSecond: 1000 / 60 });

  it("counts each file of a request: one request of 15 files never fits a limit of 10", () => {
    const b = budget();
    const refused = b.take("a", { files: 15, bytes: 15 }, t);
    expect(refused).toMatchObject({ ok: false, exceedsCapacity: true, message: expect.stringMatching(/15 files.*more than the import limit/) });
    expect(b.take("a", { files: 6, bytes: 6 }, t).ok).toBe(true);
    expect(b.take("a", { files: 5, bytes: 5 }, t)).toMatchObject({ ok: false, exceedsCapacity: false, retryAfterSeconds: 6 });
    expect(b.take("a", { files: 4, bytes: 4 }, t).ok).toBe(true);
  });

  it("counts bytes: a few large files exhaust the budget, and a refused request takes nothing", () => {
    const b = budget();
    expect(b.take("a", { files: 1, bytes: 900 }, t).ok).toBe(true);
    expect(b.take("a", { files: 1, bytes: 200 }, t)).toMatchObject({ ok: false, retryAfterSeconds: 6 });
    // Nothing was taken by the refusal: nine files of 100 bytes still fit once the bytes refilled.
    expect(b.take("a", { files: 9, bytes: 100 }, t + 6_000).ok).toBe(true);
  });
});
