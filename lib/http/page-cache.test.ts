import { describe, expect, it } from "vitest";
import { createPageCache, etagMatches, pageCacheBytes, pageEtag, pageKey } from "./page-cache";

describe("the compare page cache's key and ETag (decision 012e)", () => {
  it("keys a view by its path and its sorted, non-empty parameters", () => {
    const a = pageKey(new URL("http://x/compare/a/b?r=goal&l=achievement&q="), "document");
    expect(a).toBe(pageKey(new URL("http://x/compare/a/b?l=achievement&r=goal"), "document"));
    expect(a).toBe("document /compare/a/b?l=achievement&r=goal");
    expect(a).not.toBe(pageKey(new URL("http://x/compare/a/b?l=achievement&r=goal&page=2"), "document"));
    expect(a).not.toBe(pageKey(new URL("http://x/compare/b/a?l=achievement&r=goal"), "document"));
    expect(pageKey(new URL("http://x/compare/a/b?m=2&m=1"), "document")).toBe("document /compare/a/b?m=1&m=2");
  });

  it("gives another ETag when the stored data's state or the body changes, and matches it weakly", () => {
    const e = pageEtag("k", "1.2.3", "<html>");
    expect(e).toMatch(/^W\/"[\w-]{27}"$/);
    expect(pageEtag("k", "1.2.4", "<html>")).not.toBe(e);
    expect(pageEtag("k", "1.2.3", "<html> ")).not.toBe(e);
    expect(etagMatches(e, e)).toBe(true);
    expect(etagMatches(`"x", ${e.slice(2)}`, e)).toBe(true);
    expect(etagMatches("*", e)).toBe(true);
    expect(etagMatches(null, e)).toBe(false);
    expect(etagMatches('W/"other"', e)).toBe(false);
  });

  it("is bounded by size and can be turned off", () => {
    const cache = createPageCache(10_000);
    for (let i = 0; i < 10; i++) cache.set(String(i), { state: "s", etag: "e", body: "x".repeat(1_000), headers: [] });
    expect(cache.calculatedSize).toBeLessThanOrEqual(10_000);
    expect(cache.has("0")).toBe(false);
    expect(cache.has("9")).toBe(true);
    expect(pageCacheBytes({})).toBe(32 * 1024 * 1024);
    expect(pageCacheBytes({ DUIZHAO_PAGE_CACHE_MB: "0" })).toBe(0);
  });
});
