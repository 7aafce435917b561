// Step 5: import throughput. (a) the corpus batch import into PostgreSQL through importReport (measured while
// importing it; a cached database reports the figures recorded when it was imported), and (b) `npx duizhao import`
// of 200 generated files into a fresh scratch SQLite database, timed end to end as a user would see it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { ensureCorpus } from "./corpus";
import { ensureCorpusDb } from "./corpus-db";
import { freshSqlite, SQLITE_CLI_URL } from "./databases";
import { ROOT } from "./seeds";
import { round, timeMs } from "./timing";

export const CLI_BATCH = 200;

export async function runCliImport(log: (s: string) => void) {
  const files = ensureCorpus(CLI_BATCH).files;
  const chars = files.reduce((n, f) => n + readFileSync(f, "utf8").length, 0);
  freshSqlite(SQLITE_CLI_URL, { seed: false });
  const env = { ...process.env, DATABASE_URL: SQLITE_CLI_URL };
  // Start-up alone (npx + tsx + module loading), to read the batch figure net of it.
  const startup = await timeMs(() => spawnSync("npx", ["duizhao", "--help"], { cwd: ROOT, env, stdio: "ignore" }));
  log(`npx duizhao import ${files.length} files into ${SQLITE_CLI_URL}…`);
  const { ms, value } = await timeMs(() => spawnSync("npx", ["duizhao", "import", ...files], { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 << 20 }));
  const summary = /imported (\d+) · 重复 duplicate (\d+) · 失败 failed (\d+)/.exec(value.stdout ?? "");
  if (value.status !== 0 || !summary) throw new Error(`npx duizhao import failed (${value.status}): ${(value.stderr ?? "").slice(-1000)}`);
  return {
    files: files.length,
    chars,
    database: SQLITE_CLI_URL,
    wallMs: round(ms, 0),
    startupMs: round(startup.ms, 0),
    imported: Number(summary[1]),
    duplicate: Number(summary[2]),
    failed: Number(summary[3]),
    reportsPerSecond: round(files.length / (ms / 1000), 2),
    charsPerSecond: round(chars / (ms / 1000), 0),
  };
}

export async function runImport(opts: { reports: number; concurrency: number; workers: number; reimport: boolean; log: (s: string) => void }) {
  const corpus = await ensureCorpusDb(opts);
  const cli = await runCliImport(opts.log);
  return {
    database: corpus.url.replace(/\/\/[^@]*@/, "//…@"),
    corpusKey: corpus.key,
    cached: corpus.cached,
    reportCount: corpus.reportCount,
    sentenceCount: corpus.sentenceCount,
    batch: corpus.import,
    cli,
  };
}
