// The two databases the load test runs against: a SQLite file with the seeds and the quick corpus (cached by key),
// and the largest PostgreSQL bench database that already holds a corpus (or the quick corpus, imported now).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { QUICK_REPORTS } from "../bench/args";
import { ensureCorpus } from "../bench/corpus";
import { codeKey, ensureCorpusDb, importCorpus, listCorpusDbs } from "../bench/corpus-db";
import { ensurePostgres, freshSqlite, sqliteFile } from "../bench/databases";

export const SQLITE_LOAD_URL = "file:./data/bench-load.db";

export async function sqliteLoadDb(log: (s: string) => void): Promise<{ url: string; reports: number }> {
  const corpus = ensureCorpus(QUICK_REPORTS);
  const key = `${corpus.hash}:${codeKey()}`;
  const keyFile = `${sqliteFile(SQLITE_LOAD_URL)}.key`;
  if (existsSync(sqliteFile(SQLITE_LOAD_URL)) && existsSync(keyFile) && readFileSync(keyFile, "utf8") === key) {
    log(`SQLite load db already holds corpus ${key}`);
  } else {
    log(`SQLite load db: seeds + ${corpus.reports} corpus reports…`);
    freshSqlite(SQLITE_LOAD_URL, { seed: true });
    await importCorpus(SQLITE_LOAD_URL, corpus, { concurrency: 1, workers: 1, log });
    writeFileSync(keyFile, key);
  }
  return { url: SQLITE_LOAD_URL, reports: corpus.reports + 5 };
}

export async function postgresLoadDb(log: (s: string) => void): Promise<{ url: string; reports: number }> {
  ensurePostgres();
  const [largest] = await listCorpusDbs();
  if (largest) {
    log(`PostgreSQL load db: ${largest.url.replace(/\/\/[^@]*@/, "//…@")} (${largest.reports} corpus reports)`);
    return { url: largest.url, reports: largest.reports + 5 };
  }
  const db = await ensureCorpusDb({ reports: QUICK_REPORTS, concurrency: 2, workers: 2, log });
  return { url: db.url, reports: db.reportCount };
}
