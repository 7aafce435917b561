// Step 4: searchSentences latency over the generated corpus in PostgreSQL, for a fixed query set, with and
// without filters. Written against searchSentences({ q, region?, year?, kind?, limit? }) from lib/data/search.
import { RARE_PHRASE } from "./corpus";
import { ensureCorpusDb } from "./corpus-db";
import { stats, timeMs, type Stats } from "./timing";
import { bindDatabase } from "./use-database";

export const QUERIES = ["增长", "亚运", "数字经济核心产业", "地区生产总值", "城镇居民人均可支配收入", "數字經濟", RARE_PHRASE];

export interface SearchOptions {
  q: string;
  region?: string;
  year?: number;
  kind?: string;
  limit?: number;
}

export const FILTERS: { name: string; filter: Omit<SearchOptions, "q"> }[] = [
  { name: "none", filter: {} },
  { name: "region=yuhang", filter: { region: "yuhang" } },
  { name: "year=2020", filter: { year: 2020 } },
  { name: "kind=report", filter: { kind: "report" } },
  { name: "region+year+kind", filter: { region: "hangzhou", year: 2021, kind: "report" } },
];

type SearchFn = (options: SearchOptions) => Promise<unknown>;

/** searchSentences, or null while lib/data/search.ts does not exist yet. */
export async function loadSearch(): Promise<SearchFn | null> {
  try {
    // A computed specifier, so the typecheck passes while the module does not exist yet.
    const specifier = "@/lib/data/search";
    const mod = (await import(specifier)) as { searchSentences?: SearchFn };
    return mod.searchSentences ?? null;
  } catch (error) {
    if (/Cannot find module|ERR_MODULE_NOT_FOUND/.test(String(error))) return null;
    throw error;
  }
}

/** The number of hits in whatever shape the result has (a list, or { results | hits | items | total }). */
export function hitCount(result: unknown): number | null {
  if (Array.isArray(result)) return result.length;
  const r = result as Record<string, unknown> | null;
  for (const key of ["results", "hits", "items", "sentences"]) if (Array.isArray(r?.[key])) return (r![key] as unknown[]).length;
  return typeof r?.total === "number" ? r.total : null;
}

export interface SearchRow {
  q: string;
  filter: string;
  hits: number | null;
  /** Matching sentences; null when searchSentences capped the candidates (partial). */
  total: number | null;
  partial: boolean;
  ms: Stats;
}

export async function runSearch(opts: { reports: number; concurrency: number; workers: number; reimport: boolean; quick: boolean; log: (s: string) => void }) {
  const corpus = await ensureCorpusDb(opts);
  await bindDatabase(corpus.url);
  const search = await loadSearch();
  if (!search) return { skipped: "lib/data/search.ts (searchSentences) does not exist yet", reports: corpus.reportCount, rows: [] as SearchRow[] };
  const rows: SearchRow[] = [];
  const runs = opts.quick ? 7 : 15;
  // The cost of a search itself: the in-memory answer cache (lib/data/search-cache.ts) would answer every timed repeat.
  const cacheSetting = process.env.DUIZHAO_SEARCH_CACHE_MB;
  process.env.DUIZHAO_SEARCH_CACHE_MB = "0";
  try {
    for (const q of QUERIES) {
      for (const { name, filter } of FILTERS) {
        const call = () => search({ q, ...filter, limit: 50 });
        const first = await call();
        await call();
        const times: number[] = [];
        const budget = performance.now() + 10_000; // a slow cell stops after 10 s (at least 5 runs)
        for (let i = 0; i < runs && (i < 5 || performance.now() < budget); i++) times.push((await timeMs(call)).ms);
        const { total, partial } = (first ?? {}) as { total?: unknown; partial?: unknown };
        rows.push({ q, filter: name, hits: hitCount(first), total: typeof total === "number" ? total : null, partial: partial === true, ms: stats(times) });
      }
      opts.log(`  search ${q}: ${rows.slice(-FILTERS.length).map((r) => `${r.filter} ${r.ms.median.toFixed(1)} ms`).join(" · ")}`);
    }
  } finally {
    if (cacheSetting === undefined) delete process.env.DUIZHAO_SEARCH_CACHE_MB;
    else process.env.DUIZHAO_SEARCH_CACHE_MB = cacheSetting;
  }
  const all = rows.map((r) => r.ms.median);
  return { reports: corpus.reportCount, sentences: corpus.sentenceCount, database: corpus.url.replace(/\/\/[^@]*@/, "//…@"), rows, overall: stats(all) };
}
