// The databases of an e2e pass. The pass runs on SQLite, or on PostgreSQL when E2E_DATABASE_URL names a PostgreSQL
// database. Migrating and seeding take many seconds, so they happen once per pass (`prepareTemplates`, run by the web
// server's script): a migrated template, and a seeded one made from it. The shared server's database and every extra
// server's database (`newDatabase`) are copies of a template: a file copy on SQLite, CREATE DATABASE … TEMPLATE on
// PostgreSQL, each well under a second.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { postgresConfig, postgresDatabaseName, withPostgresDatabase } from "../../prisma/postgres-url.mjs";

export type DatabaseState = "empty" | "migrated" | "seeded";

const root = process.cwd();
const url = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

/** The pass: its database (the shared server's) and its provider. */
export const pass = { url, provider: url.startsWith("postgres") ? ("postgresql" as const) : ("sqlite" as const) };

// Names derive from the pass database, so two checkouts (or passes) with their own databases never share a copy.
const sqliteFile = (u: string) => path.resolve(root, u.replace(/^file:/, ""));
const passName = pass.provider === "sqlite" ? sqliteFile(url).replace(/\.db$/, "") : postgresDatabaseName(url);
const templateUrl = (state: "migrated" | "seeded") =>
  pass.provider === "sqlite" ? `file:${passName}.${state}.db` : withPostgresDatabase(url, `${passName}__${state}`);
const copies = pass.provider === "sqlite" ? `${passName}.copies` : `${passName}__copy_`;
let made = 0;

/** A database of its own for an extra server: empty, migrated, or migrated and seeded like the shared one. */
export async function newDatabase(state: DatabaseState): Promise<string> {
  const name = `${process.pid}_${++made}`;
  if (pass.provider === "sqlite") {
    mkdirSync(copies, { recursive: true });
    const file = path.join(copies, `${name}.db`);
    if (state !== "empty") copyFileSync(sqliteFile(templateUrl(state)), file);
    return `file:${file}`;
  }
  const copy = withPostgresDatabase(url, `${copies}${name}`);
  await createPostgres(copy, state === "empty" ? null : templateUrl(state));
  return copy;
}

/** Removes a database made by `newDatabase` (anything else is left alone); one that cannot be is left to `dropCopies`. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  if (pass.provider === "sqlite") {
    const file = sqliteFile(databaseUrl);
    if (path.dirname(file) === copies) removeSqlite(file);
  } else if (postgresDatabaseName(databaseUrl).startsWith(copies)) {
    await admin((db) => drop(db, postgresDatabaseName(databaseUrl))).catch((error) => console.warn(`${databaseUrl} not dropped: ${error.message}`));
  }
}

/** Every copy left by this pass (a run stopped half-way leaves some): removed. */
export async function dropCopies(): Promise<void> {
  if (pass.provider === "sqlite") return rmSync(copies, { recursive: true, force: true });
  await admin(async (db) => {
    const { rows } = await db.query(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [copies]);
    for (const { datname } of rows) await drop(db, datname);
  });
}

/** After the pass: its copies and its templates removed. The pass's own database stays (the shared server still has it
 * open while global teardown runs, and it is useful after a failure); the next pass of its kind starts it afresh. */
export async function dropPassCopiesAndTemplates(): Promise<void> {
  await dropCopies();
  const templates = [templateUrl("migrated"), templateUrl("seeded")];
  if (pass.provider === "sqlite") return templates.forEach((t) => removeSqlite(sqliteFile(t)));
  await admin(async (db) => {
    for (const t of templates) await drop(db, postgresDatabaseName(t));
  });
}

/** Migrates the migrated template, seeds a copy of it as the seeded template, and gives the pass a copy of that. */
export async function prepareTemplates(): Promise<void> {
  await dropCopies();
  const [migrated, seeded] = [templateUrl("migrated"), templateUrl("seeded")];
  const run = (args: string[], databaseUrl: string) =>
    execFileSync(path.join(root, "node_modules/.bin/tsx"), args, { cwd: root, stdio: "inherit", env: { ...process.env, DATABASE_URL: databaseUrl } });
  if (pass.provider === "sqlite") {
    for (const u of [migrated, seeded, url]) removeSqlite(sqliteFile(u));
    mkdirSync(path.dirname(sqliteFile(url)), { recursive: true });
    run(["scripts/migrate.ts", "deploy"], migrated);
    copySqlite(migrated, seeded);
    run(["--conditions=react-server", "seeds/seed.ts"], seeded);
    copySqlite(seeded, url);
    return;
  }
  await createPostgres(migrated, null);
  run(["scripts/migrate.ts", "deploy"], migrated);
  await createPostgres(seeded, migrated);
  run(["--conditions=react-server", "seeds/seed.ts"], seeded);
  await createPostgres(url, seeded);
  // Nothing may connect to a template while it is copied: not a test by mistake, not autovacuum.
  await admin(async (db) => {
    for (const t of [migrated, seeded]) await db.query(`ALTER DATABASE "${postgresDatabaseName(t)}" ALLOW_CONNECTIONS false`);
  });
}

function removeSqlite(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

/** A SQLite copy with everything written so far: the WAL is folded into the file first (no process has it open). */
function copySqlite(from: string, to: string) {
  const db = new Database(sqliteFile(from));
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  removeSqlite(sqliteFile(to));
  copyFileSync(sqliteFile(from), sqliteFile(to));
}

/** (Re)creates a PostgreSQL database: a copy of `template`, or empty with a UTF-8 ctype (as scripts/pg-reset.mjs). */
async function createPostgres(databaseUrl: string, template: string | null) {
  const name = postgresDatabaseName(databaseUrl);
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes("e2e")) throw new Error(`not an e2e database name: ${name}`);
  await admin(async (db) => {
    await drop(db, name);
    await db.query(
      template
        ? `CREATE DATABASE "${name}" TEMPLATE "${postgresDatabaseName(template)}"`
        : `CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    );
  });
}

// Without FORCE, PostgreSQL stops an autovacuum worker in the database itself (FORCE would have to terminate it, which
// this role may not) and waits a few seconds for closing connections; FORCE then ends this role's connections left.
async function drop(db: pg.Client, name: string) {
  try {
    await db.query(`DROP DATABASE IF EXISTS "${name}"`);
  } catch {
    await db.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function admin(work: (db: pg.Client) => Promise<void>) {
  const db = new pg.Client({ ...postgresConfig(url), database: "postgres" });
  await db.connect();
  try {
    await work(db);
  } finally {
    await db.end();
  }
}
