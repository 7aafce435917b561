import "server-only";
// Answers of the sentence search kept in memory while the stored reports are unchanged (issue 16). Under 50 clients
// asking the same common word, every request ran the same ranked walk (5–10 ms of the server's only thread on SQLite);
// now one request per state of the library does, and the others read the answer. An entry is used only while the
// reports' fingerprint (count, max id, max updatedAt: an import, a delete, a re-analysis and a hand correction all
// move it) is the one it was computed under, read from the database on every request, so a write by another process
// on the same PostgreSQL is seen at once, as with the compare page's cache (decision 012e).
import { LRUCache } from "lru-cache";
import { resolveDatabase } from "@/prisma/database-url";
import { cacheCounter } from "@/lib/http/cache-stats";
import { getDb } from "./db";
import { readReportsState } from "./library-state-query";
import type { SearchOptions, SearchResult } from "./search";

interface Entry {
  state: string;
  result: SearchResult;
}

/** DUIZHAO_SEARCH_CACHE_MB (default 8; 0 turns the cache off), counted as the UTF-16 size of the hits' text. */
export function searchCacheBytes(env: Record<string, string | undefined>): number {
  const mb = Number(env.DUIZHAO_SEARCH_CACHE_MB ?? "8");
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : 0;
}

/** An estimate of an answer's size in memory: its strings at two bytes a character, and a little per object. */
export function resultBytes(result: SearchResult): number {
  let bytes = 256;
  for (const h of result.hits) bytes += 2 * (h.text.length + h.title.length + h.slug.length + (h.region?.length ?? 0)) + 48 * h.matches.length + 256;
  return bytes;
}

const STATE = Symbol.for("duizhao.searchCache");
interface CacheState {
  bytes: number;
  lru: LRUCache<string, Entry>;
  pending: Map<string, Promise<SearchResult>>;
}

function cacheState(): CacheState | null {
  const bytes = searchCacheBytes(process.env);
  if (!bytes) return null;
  const store = globalThis as unknown as Record<symbol, CacheState | undefined>;
  if (store[STATE]?.bytes !== bytes) {
    const lru = new LRUCache<string, Entry>({ maxSize: bytes, sizeCalculation: (e) => Math.max(1, resultBytes(e.result)) });
    store[STATE] = { bytes, lru, pending: new Map() };
    cacheCounter("search", () => ({ entries: lru.size, bytes: lru.calculatedSize }));
  }
  return store[STATE]!;
}

/** `search(options)`, answered from memory when the same query was answered under the same stored reports. */
export async function cachedSearch(options: SearchOptions, search: (options: SearchOptions) => Promise<SearchResult>): Promise<SearchResult> {
  const cache = cacheState();
  if (!cache) return search(options);
  // The state is read before the search: an answer computed while a write lands is kept under the older state, so it
  // is never served once the write is visible.
  const state = await readReportsState(getDb());
  const key = JSON.stringify([resolveDatabase().url, options.q, options.region ?? null, options.year ?? null, options.kind ?? null, options.limit ?? null, options.offset ?? null]);
  const counter = cacheCounter("search");
  const entry = cache.lru.get(key);
  if (entry?.state === state) {
    counter.hits++;
    return entry.result;
  }
  counter.misses++;
  // Concurrent misses of one query under one state share one search.
  const flight = `${key}\0${state}`;
  let job = cache.pending.get(flight);
  if (!job) {
    job = search(options).finally(() => cache.pending.delete(flight));
    cache.pending.set(flight, job);
    job.then((result) => cache.lru.set(key, { state, result }), () => undefined);
  }
  return job;
}
