// The one place that builds a Prisma client. The provider follows DATABASE_URL (prisma/database-url.ts);
// both generated clients share one model API, so callers see a single type.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { postgresConfig, resolveDatabase, type DatabaseTarget } from "./database-url";
import { assertSameDatabaseFile, existingDatabaseFile, type FileIdentity } from "./database-file";

export type Db = SqliteClient;
export type { Prisma } from "./generated/sqlite/client";

export function createDb(target: DatabaseTarget = resolveDatabase()): Db {
  return openDb(target).db;
}

interface OpenDb {
  db: Db;
  /** The SQLite file and its identity when opened (null for PostgreSQL and :memory:). */
  file: { path: string; identity: FileIdentity } | null;
}

function openDb(target: DatabaseTarget): OpenDb {
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ ...postgresConfig(target.url), max: Number(process.env.DUIZHAO_PG_POOL ?? 10) });
    return { db: new PostgresClient({ adapter }) as unknown as Db, file: null };
  }
  // Never create the file here: an empty database is made only by the migration (npm run db:migrate).
  const file = target.url === ":memory:" ? null : { path: target.url, identity: existingDatabaseFile(target.url) };
  // A busy timeout lets concurrent writers wait for the lock instead of failing (WAL is set by the migration).
  const busyTimeout = Number(process.env.DUIZHAO_SQLITE_BUSY_TIMEOUT_MS) || 15_000;
  return { db: new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: target.url, timeout: busyTimeout }) }), file };
}

const globalForDb = globalThis as unknown as { duizhaoDb?: OpenDb };

/**
 * A process-wide client (reused across Next's hot reloads). Each call first checks that the SQLite file is still
 * the one it opened: a deleted or replaced file fails every read and write (503) instead of writing into the void.
 */
export function getDb(): Db {
  globalForDb.duizhaoDb ??= openDb(resolveDatabase());
  const { db, file } = globalForDb.duizhaoDb;
  if (file) assertSameDatabaseFile(file.path, file.identity);
  return db;
}

/**
 * Disconnects the process-wide client, so that the next getDb() opens DATABASE_URL afresh: for scripts that point
 * the data layer at one database after another (the bench, the load test).
 */
export async function closeDb(): Promise<void> {
  const open = globalForDb.duizhaoDb;
  globalForDb.duizhaoDb = undefined;
  await open?.db.$disconnect().catch(() => undefined);
}
