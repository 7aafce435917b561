// The generated corpus imported into a PostgreSQL bench database through importReport, cached between runs.
// A marker table (_bench_corpus) records what the database holds; the import is skipped when the key matches:
// corpus hash + migrations + the import code (lib/data/report-imports, analysis-rows, lib/search) + ANALYSIS_VERSION.
import { createHash } from "node:crypto";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { ANALYSIS_VERSION } from "@/lib/analysis/version";
import { postgresConfig, postgresDatabaseName, withPostgresDatabase } from "@/prisma/postgres-url.mjs";
import { ensureCorpus, type Corpus } from "./corpus";
import { ensurePostgres, migrate, migrationsHash, PG_BENCH_URL, resetPostgres, seed } from "./databases";
import { ROOT } from "./seeds";
import { round, stats, type Stats } from "./timing";

export const FULL_CORPUS = 10_000;

/** duizhao_bench holds the full corpus; other sizes get their own database so a quick run never wipes it. */
export function corpusDbUrl(reports: number): string {
  if (reports === FULL_CORPUS) return PG_BENCH_URL;
  return withPostgresDatabase(PG_BENCH_URL, `${postgresDatabaseName(PG_BENCH_URL)}_n${reports}`);
}

export interface ImportStats {
  reports: number;
  chars: number;
  wallMs: number;
  reportsPerSecond: number;
  charsPerSecond: number;
  perReportMs: Stats;
  outcomes: Record<string, number>;
  concurrency: number;
  workers: number;
  importedAt: string;
}

export interface CorpusDb {
  url: string;
  corpus: Corpus;
  key: string;
  cached: boolean;
  reportCount: number;
  sentenceCount: number;
  import: ImportStats;
}

export function codeKey(): string {
  const hash = createHash("sha256").update(`analysis-${ANALYSIS_VERSION}:${migrationsHash()}`);
  const files = ["lib/data/report-imports.ts", "lib/data/analysis-rows.ts"];
  const searchDir = path.join(ROOT, "lib/search");
  if (existsSync(searchDir)) files.push(...readdirSync(searchDir).filter((f) => /\.ts$/.test(f) && !f.includes(".test.")).sort().map((f) => `lib/search/${f}`));
  for (const f of files) hash.update(f).update(readFileSync(path.join(ROOT, f)));
  return hash.digest("hex").slice(0, 12);
}

function pgClient(url: string) {
  return new pg.Client(postgresConfig(url));
}

/** The bench databases that hold a corpus, largest first. */
export async function listCorpusDbs(): Promise<{ url: string; reports: number; key: string }[]> {
  const client = pgClient(withPostgresDatabase(corpusDbUrl(FULL_CORPUS), "postgres"));
  try {
    await client.connect();
    // The bench database's own name as the prefix (BENCH_PG_URL may name another one: duizhao_bench by default).
    const prefix = postgresDatabaseName(corpusDbUrl(FULL_CORPUS)).replace(/[_%\\]/g, (c) => `\\${c}`);
    const res = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}%`]);
    const found = [];
    for (const { datname } of res.rows as { datname: string }[]) {
      const url = withPostgresDatabase(PG_BENCH_URL, datname);
      const marker = await readMarker(url);
      if (marker) found.push({ url, reports: marker.reports, key: marker.key });
    }
    return found.sort((a, b) => b.reports - a.reports);
  } catch {
    return [];
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** What the bench database says it holds, or null (no database, no marker). */
export async function readMarker(url: string): Promise<{ key: string; reports: number; stats: ImportStats } | null> {
  const client = pgClient(url);
  try {
    await client.connect();
    const res = await client.query(`SELECT key, reports, stats FROM "_bench_corpus" WHERE id = 1`);
    return res.rows[0] ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function writeMarker(url: string, key: string, reports: number, importStats: ImportStats) {
  const client = pgClient(url);
  await client.connect();
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS "_bench_corpus" (id int PRIMARY KEY, key text NOT NULL, reports int NOT NULL, stats jsonb NOT NULL)`);
    await client.query(`INSERT INTO "_bench_corpus" VALUES (1, $1, $2, $3) ON CONFLICT (id) DO UPDATE SET key = $1, reports = $2, stats = $3`, [key, reports, JSON.stringify(importStats)]);
    // Fresh planner statistics, so search plans are those of a settled database.
    await client.query("VACUUM ANALYZE");
  } finally {
    await client.end();
  }
}

export async function countRows(url: string): Promise<{ reports: number; sentences: number }> {
  const client = pgClient(url);
  await client.connect();
  try {
    const r = await client.query(`SELECT (SELECT count(*) FROM "Report")::int AS reports, (SELECT count(*) FROM "Sentence")::int AS sentences`);
    return r.rows[0];
  } finally {
    await client.end();
  }
}

const ensuredThisRun = new Map<string, CorpusDb>();

/** Make sure the bench database holds exactly this corpus (plus the seeds); import it when it does not. */
export async function ensureCorpusDb(opts: { reports: number; concurrency: number; workers: number; reimport?: boolean; log: (s: string) => void }): Promise<CorpusDb> {
  const url = corpusDbUrl(opts.reports);
  const done = ensuredThisRun.get(url);
  if (done) return done;
  const result = await ensure(url, opts);
  ensuredThisRun.set(url, result);
  return result;
}

async function ensure(url: string, opts: { reports: number; concurrency: number; workers: number; reimport?: boolean; log: (s: string) => void }): Promise<CorpusDb> {
  const corpus = ensureCorpus(opts.reports);
  opts.log(`corpus: ${corpus.reports} files, ${(corpus.chars / 1e6).toFixed(1)} M chars, hash ${corpus.hash} (generated/checked in ${(corpus.generateMs / 1000).toFixed(1)} s)`);
  ensurePostgres();
  const key = `${corpus.hash}:${codeKey()}`;
  const marker = opts.reimport ? null : await readMarker(url);
  if (marker?.key === key) {
    const counts = await countRows(url);
    opts.log(`bench database already holds corpus ${key} (${counts.reports} reports): import skipped`);
    return { url, corpus, key, cached: true, reportCount: counts.reports, sentenceCount: counts.sentences, import: marker.stats };
  }
  opts.log(marker ? `bench database holds ${marker.key}, not ${key}: resetting` : "bench database is empty or missing: resetting");
  resetPostgres(url);
  migrate(url);
  seed(url);
  const importStats = await importCorpus(url, corpus, opts);
  await writeMarker(url, key, opts.reports, importStats);
  const counts = await countRows(url);
  return { url, corpus, key, cached: false, reportCount: counts.reports, sentenceCount: counts.sentences, import: importStats };
}

/**
 * Import every corpus file through importReport: `workers` processes (one per core by default, since analysis and
 * Prisma's query building are CPU-bound in Node), each with `concurrency` imports in flight.
 */
export async function importCorpus(url: string, corpus: Pick<Corpus, "files">, opts: { concurrency: number; workers: number; log: (s: string) => void }): Promise<ImportStats> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "duizhao-import-"));
  const perReport: number[] = [];
  const outcomes: Record<string, number> = {};
  let chars = 0;
  let lastLog = performance.now();
  const start = performance.now();
  const total = corpus.files.length;
  const runWorker = (w: number) =>
    new Promise<void>((resolve, reject) => {
      const list = path.join(tmp, `w${w}.json`);
      writeFileSync(list, JSON.stringify(corpus.files.filter((_, i) => i % opts.workers === w)));
      const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), ["--conditions=react-server", path.join(ROOT, "scripts/bench/import-worker.ts"), url, list, String(opts.concurrency)], {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "inherit"],
        env: { ...process.env, DATABASE_URL: url },
      });
      createInterface({ input: child.stdout! }).on("line", (line) => {
        if (!line.startsWith("{")) return;
        const r = JSON.parse(line) as { ms: number; status: string; chars: number; file: string; message?: string };
        perReport.push(r.ms);
        chars += r.chars;
        outcomes[r.status] = (outcomes[r.status] ?? 0) + 1;
        if (r.status === "failed") opts.log(`  failed ${r.file}: ${r.message}`);
        if (performance.now() - lastLog > 20_000) {
          lastLog = performance.now();
          const rate = perReport.length / ((lastLog - start) / 1000);
          opts.log(`  imported ${perReport.length}/${total} · ${rate.toFixed(1)} reports/s · ETA ${Math.round((total - perReport.length) / rate)} s`);
        }
      });
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`import worker ${w} exited with ${code}`))));
    });
  try {
    await Promise.all(Array.from({ length: opts.workers }, (_, w) => runWorker(w)));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const wallMs = performance.now() - start;
  return {
    reports: total,
    chars,
    wallMs: round(wallMs, 0),
    reportsPerSecond: round(total / (wallMs / 1000), 2),
    charsPerSecond: round(chars / (wallMs / 1000), 0),
    perReportMs: stats(perReport),
    outcomes,
    concurrency: opts.concurrency,
    workers: opts.workers,
    importedAt: new Date().toISOString(),
  };
}
