import { createHash } from "node:crypto";
import { LRUCache } from "lru-cache";

/**
 * The rendered HTML of compare pages, kept in memory (decision 012e). An entry is served only while the stored
 * reports' fingerprint (`state`, readReportsState in lib/data/library-state-query.ts; decision 013b) is the one it was
 * rendered under, so an import, a delete, a metadata edit or a correction — in this process or another on the same
 * database — is seen on the next request.
 */
export interface CachedPage {
  state: string;
  etag: string;
  body: string;
  headers: [string, string][];
}

/** Query parameters sorted (and empty ones dropped) so that two spellings of one view share an entry. */
export function pageKey(url: URL, dest: "document" | "fetch"): string {
  const params = [...url.searchParams].filter(([, v]) => v !== "").sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  const query = new URLSearchParams(params).toString();
  return `${dest} ${url.pathname}${query ? `?${query}` : ""}`;
}

export function pageEtag(key: string, state: string, body: string): string {
  return `W/"${createHash("sha256").update(key).update("\0").update(state).update("\0").update(body).digest("base64url").slice(0, 27)}"`;
}

/** A weak comparison of If-None-Match (a list, or *) with an entity tag. */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => t.trim() === "*" || bare(t) === bare(etag));
}

export function createPageCache(maxBytes: number) {
  return new LRUCache<string, CachedPage>({ maxSize: Math.max(1, maxBytes), sizeCalculation: (p) => Math.max(1, p.body.length * 2 + 512) });
}

export function pageCacheBytes(env: Record<string, string | undefined>): number {
  const mb = Number(env.DUIZHAO_PAGE_CACHE_MB ?? "32");
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : 0;
}
