// The bench databases: a SQLite file for the render step and the CLI figure, a PostgreSQL database for the corpus.
// Migrations and the seed run as child processes with their own DATABASE_URL, exactly as `npm run db:*` would.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { ROOT } from "./seeds";

export const SQLITE_BENCH_URL = "file:./data/bench.db";
export const SQLITE_CLI_URL = "file:./data/bench-cli.db";
export const PG_BENCH_URL = process.env.BENCH_PG_URL ?? "postgresql://duizhao:duizhao@127.0.0.1:5432/duizhao_bench";

const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);

function run(cmd: string, args: string[], databaseUrl: string, quiet = true) {
  execFileSync(cmd, args, { cwd: ROOT, stdio: quiet ? ["ignore", "ignore", "inherit"] : "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } });
}

export function migrate(databaseUrl: string) {
  run(bin("tsx"), ["scripts/migrate.ts", "deploy"], databaseUrl);
}

export function seed(databaseUrl: string) {
  run(bin("tsx"), ["--conditions=react-server", "seeds/seed.ts"], databaseUrl);
}

export function sqliteFile(url: string): string {
  return path.resolve(ROOT, url.replace(/^file:/, ""));
}

/** Delete a SQLite bench file (and its WAL companions), then migrate it; optionally seed it. */
export function freshSqlite(url: string, opts: { seed: boolean }) {
  const file = sqliteFile(url);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  migrate(url);
  if (opts.seed) seed(url);
}

/** Start the local PostgreSQL cluster (idempotent). */
export function ensurePostgres() {
  execFileSync("bash", [path.join(ROOT, "scripts/ensure-postgres.sh")], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

export function resetPostgres(url: string) {
  execFileSync(process.execPath, [path.join(ROOT, "scripts/pg-reset.mjs"), url], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}

/** A hash of both migration folders: a new migration invalidates the cached corpus database. */
export function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const dir of ["prisma/migrations", "prisma/postgres/migrations"]) {
    const walk = (d: string) => {
      for (const name of readdirSync(d).sort()) {
        const p = path.join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else hash.update(path.relative(ROOT, p)).update(readFileSync(p));
      }
    };
    walk(path.join(ROOT, dir));
  }
  return hash.digest("hex").slice(0, 12);
}
