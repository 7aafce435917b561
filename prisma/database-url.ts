// Which database to use. DATABASE_URL=postgresql://… switches to PostgreSQL; anything else (or nothing) is SQLite.
// Read by the data layer, the migration script, the seed and the CLI, so all of them agree.
import path from "node:path";

export type Provider = "sqlite" | "postgresql";

export interface DatabaseTarget {
  provider: Provider;
  /** For SQLite an absolute file path; for PostgreSQL the connection URL. */
  url: string;
}

export const DEFAULT_SQLITE_URL = "file:./data/duizhao.db";

export { postgresConfig, postgresDatabaseName, withPostgresDatabase } from "./postgres-url.mjs";

export function resolveDatabase(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const raw = (env.DATABASE_URL ?? "").trim() || DEFAULT_SQLITE_URL;
  if (/^postgres(ql)?:\/\//.test(raw)) return { provider: "postgresql", url: raw };
  const file = raw.replace(/^file:/, "");
  if (file === ":memory:") return { provider: "sqlite", url: file };
  // npm scripts and `next start` run in the project root; the CLI's bin shim sets DUIZHAO_ROOT.
  const root = env.DUIZHAO_ROOT ?? process.cwd();
  return { provider: "sqlite", url: path.isAbsolute(file) ? file : path.resolve(root, file) };
}
