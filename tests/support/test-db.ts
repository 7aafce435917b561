// Test helper: point this process at a fresh, migrated database before the data layer is first used.
// SQLite by default (a temp file); PostgreSQL when TEST_DATABASE_URL gives a server base URL.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { withPostgresDatabase } from "@/prisma/postgres-url.mjs";

export function prepareFreshDatabase(name: string): string {
  const base = process.env.TEST_DATABASE_URL;
  const safe = name.replace(/[^a-z0-9]/gi, "_").toLowerCase();
  const url = base
    ? withPostgresDatabase(base, `duizhao_test_${safe}`)
    : `file:${path.join(mkdtempSync(path.join(os.tmpdir(), "duizhao-test-")), `${safe}.db`)}`;
  process.env.DATABASE_URL = url;
  const root = process.cwd();
  if (base) execFileSync(process.execPath, [path.join(root, "scripts/pg-reset.mjs"), url], { stdio: "pipe" });
  execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/migrate.ts"), "deploy"], { stdio: "pipe", env: { ...process.env, DATABASE_URL: url } });
  return url;
}
