// The one place that builds a Prisma client. The provider follows DATABASE_URL (prisma/database-url.ts);
// both generated clients share one model API, so callers see a single type.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { postgresConfig, resolveDatabase, type DatabaseTarget } from "./database-url";

export type Db = SqliteClient;
export type { Prisma } from "./generated/sqlite/client";

export function createDb(target: DatabaseTarget = resolveDatabase()): Db {
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ ...postgresConfig(target.url), max: Number(process.env.DUIZHAO_PG_POOL ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  // A busy timeout lets concurrent writers wait for the lock instead of failing (WAL is set by the migration).
  const busyTimeout = Number(process.env.DUIZHAO_SQLITE_BUSY_TIMEOUT_MS) || 15_000;
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.url, timeout: busyTimeout }) });
}

const globalForDb = globalThis as unknown as { duizhaoDb?: Db };

/** A process-wide client (reused across Next's hot reloads). */
export function getDb(): Db {
  globalForDb.duizhaoDb ??= createDb();
  return globalForDb.duizhaoDb;
}
