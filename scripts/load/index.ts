// npm run load [-- --during-imports N] [--no-build] [--seconds 60]
// A bounded load test against 127.0.0.1 only: 50 concurrent clients on the compare page and on the search API, on the
// SQLite and the PostgreSQL bench databases, in at most 60 s of load in total. Prints a table, writes
// bench/load-results.json. With --during-imports N, N concurrent imports run during each database's first load run and
// are checked afterwards (each landed exactly once, no report lost).
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "../bench/args";
import { machineFacts } from "../bench/machine";
import { ROOT } from "../bench/seeds";
import { ensureBuild, startServer } from "../bench/server";
import { formatTable, ms, thousands } from "../bench/table";
import { runCannon, type LoadResult } from "./cannon";
import { postgresLoadDb, sqliteLoadDb } from "./databases";
import { checkImports, freshImportFiles, startImports, type ImportCheck } from "./imports";
import { openStore } from "./store";
import { memorySnapshot, serverMetrics, settle, type MemorySnapshot, type Settled } from "./memory";
import type { CacheStats } from "@/lib/http/cache-stats";

const log = (s: string) => console.error(`[load] ${s}`);
const CONNECTIONS = 50;
const TARGETS = [
  { name: "compare page", path: "/compare/yuhang-2020-news/yuhang-2020", cache: "page" },
  { name: "search API", path: `/api/search?q=${encodeURIComponent("增长")}`, cache: "search" },
];
/** The 1-minute load average: the machine is shared, so every figure carries it. */
const load1 = () => Number(loadavg()[0].toFixed(2));

/** A run's cache hits and misses: the counters after the run less those before it. */
type RunCache = Pick<CacheStats, "hits" | "misses" | "hitRatio">;
function cacheDelta(before: CacheStats | undefined, after: CacheStats | undefined): RunCache | null {
  if (!after) return null;
  const hits = after.hits - (before?.hits ?? 0);
  const misses = after.misses - (before?.misses ?? 0);
  return { hits, misses, hitRatio: hits + misses ? Number((hits / (hits + misses)).toFixed(4)) : null };
}

interface DbRun {
  database: string;
  url: string;
  reports: number;
  runs: (LoadResult & { target: string; loadAverage: number; cache: RunCache | null })[];
  imports?: ImportCheck;
  memory?: { before: MemorySnapshot; after: MemorySnapshot; settled: Settled };
}

async function main() {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv.filter((a) => !a.startsWith("--seconds")));
  const at = argv.indexOf("--seconds");
  const budget = Math.min(60, Number(at === -1 ? 60 : argv[at + 1]));
  const seconds = Math.floor(budget / (2 * TARGETS.length)); // 4 runs share the budget
  ensureBuild({ allowed: args.build, log });
  const databases = [
    { name: "SQLite", ...(await sqliteLoadDb(log)) },
    { name: "PostgreSQL", ...(await postgresLoadDb(log)) },
  ];
  const nonce = Date.now().toString(36);
  const results: DbRun[] = [];
  for (const [d, db] of databases.entries()) {
    // Import limits are for people; a load test that imports on purpose turns them off on its own server.
    const server = await startServer({ databaseUrl: db.url, env: { DUIZHAO_RATE_LIMIT: "off" }, log });
    const run: DbRun = { database: db.name, url: db.url.replace(/\/\/[^@]*@/, "//…@"), reports: db.reports, runs: [] };
    const store = await openStore(db.url);
    try {
      for (const target of TARGETS) for (let i = 0; i < 3; i++) await (await fetch(server.url + target.path)).arrayBuffer(); // warm-up
      const before = await memorySnapshot(server.url, server.pid, load1);
      for (const [t, target] of TARGETS.entries()) {
        const withImports = args.duringImports > 0 && t === 0;
        const files = withImports ? freshImportFiles(args.duringImports, `${nonce}${d}`) : [];
        const countBefore = withImports ? await store.countReports() : 0;
        const imports = withImports ? await startImports(server.url, files) : null;
        log(`${db.name} · ${target.name}: ${CONNECTIONS} clients for ${seconds} s${withImports ? ` with ${files.length} concurrent imports` : ""}…`);
        const loadAverage = load1();
        const cachesBefore = (await serverMetrics(server.url))?.caches;
        const result = await runCannon(server.url, target.path, { connections: CONNECTIONS, seconds });
        const cachesAfter = (await serverMetrics(server.url))?.caches;
        run.runs.push({ target: target.name, loadAverage, cache: cacheDelta(cachesBefore?.[target.cache], cachesAfter?.[target.cache]), ...result });
        if (imports) run.imports = await checkImports(store, files, countBefore, await imports());
      }
      const after = await memorySnapshot(server.url, server.pid, load1);
      log(`${db.name}: server RSS ${before.rssMb} MB before, ${after.rssMb} MB after the runs; waiting for it to settle…`);
      run.memory = { before, after, settled: await settle(server.url, server.pid, load1) };
    } finally {
      await store.close();
      await server.stop();
    }
    results.push(run);
  }
  print(results, seconds);
  const file = path.join(ROOT, "bench", "load-results.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ machine: machineFacts(), connections: CONNECTIONS, secondsPerRun: seconds, duringImports: args.duringImports, results }, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(ROOT, file)} · a shared 2-core machine: load generator, server and database compete for the same cores`);
  const failed = results.some((r) => r.imports && (r.imports.lost !== 0 || r.imports.landedOnce !== r.imports.requested));
  process.exit(failed ? 1 : 0);
}

const percent = (ratio: number | null | undefined) => (ratio == null ? "–" : `${(ratio * 100).toFixed(1)} %`);

function print(results: DbRun[], seconds: number) {
  console.log(formatTable(`Load: ${CONNECTIONS} connections, ${seconds} s per run, 127.0.0.1`, ["database", "target", "req/s", "p50 ms", "p95 ms", "p99 ms", "requests", "non-2xx", "socket err", "timeouts", "cache hits", "load avg"],
    results.flatMap((r) => r.runs.map((x) => [`${r.database} (${thousands(r.reports)} reports)`, x.target, x.requestsPerSecond.toFixed(1), ms(x.latencyMs.p50), ms(x.latencyMs.p95), ms(x.latencyMs.p99), thousands(x.requests), x.non2xx, x.socketErrors, x.timeouts, percent(x.cache?.hitRatio), x.loadAverage]))));
  const heap = (s: MemorySnapshot) => (s.server ? `${s.server.heapUsed} / ${s.server.heapTotal}` : "–");
  console.log(formatTable("Server memory (RSS of the next start process group, MB; V8 heap used / total of the server)", ["database", "before", "right after", "settled", "settle s", "heap before", "heap after", "heap settled", "load avg"],
    results.filter((r) => r.memory).map((r) => { const m = r.memory!; return [r.database, m.before.rssMb, m.after.rssMb, `${m.settled.snapshot.rssMb}${m.settled.steady ? "" : " (not steady)"}`, m.settled.seconds, heap(m.before), heap(m.after), heap(m.settled.snapshot), m.settled.snapshot.loadAverage]; })));
  const checks = results.filter((r) => r.imports);
  if (checks.length) {
    console.log(formatTable("Imports during load (POST /api/import, one file each, all at once)", ["database", "requested", "ok", "landed once", "missing", "duplicated", "count before → after", "lost", "p50 / p95 ms"],
      checks.map((r) => { const i = r.imports!; return [r.database, i.requested, i.ok, i.landedOnce, i.missing.length, i.duplicated.length, `${i.countBefore} → ${i.countAfter}`, i.lost, `${ms(i.latencyMs.p50)} / ${ms(i.latencyMs.p95)}`]; })));
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
