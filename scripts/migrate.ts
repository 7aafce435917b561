// Prisma migrations without the native engine: `deploy` (apply), `status`, `create <name>`.
// Usage: tsx scripts/migrate.ts deploy|status|create [name]. The files and the _prisma_migrations table are Prisma's own.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabase, type DatabaseTarget } from "../prisma/database-url";
import { loadSchemaEngine, type LoadedEngine } from "./migrate/engine";
import { explainMigrationError } from "./migrate/explain-error";

const root = process.cwd();

function layout(target: DatabaseTarget) {
  const dir = target.provider === "sqlite" ? "prisma" : "prisma/postgres";
  return { schemaPath: path.join(root, dir, "schema.prisma"), migrationsDir: path.join(root, dir, "migrations") };
}

function readMigrations(migrationsDir: string) {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const dirs = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") } },
    })),
  };
}

// Tables created by hand-written migrations that Prisma must neither manage nor drop: the SQLite FTS5 sentence
// index and its shadow tables (prisma/migrations/*_sentence_search). PostgreSQL has none (its search index is a
// GIN index on "Sentence"), and would want schema-qualified names.
const SENTENCE_FTS = ["sentence_fts", "sentence_fts_data", "sentence_fts_idx", "sentence_fts_docsize", "sentence_fts_config"];
let filters = { externalTables: [] as string[], externalEnums: [] as string[] };
/** The adapter's own errors, which the engine reports only as "External error id#N". */
let errorRegistry: LoadedEngine["errorRegistry"];

async function main() {
  const [command = "deploy", name = "migration"] = process.argv.slice(2);
  const target = resolveDatabase();
  if (target.provider === "sqlite") filters = { ...filters, externalTables: SENTENCE_FTS };
  if (target.provider === "sqlite") mkdirSync(path.dirname(target.url), { recursive: true });
  const { schemaPath, migrationsDir } = layout(target);
  if (command === "deploy" && target.provider === "sqlite" && (await sqliteUpToDate(target.url, migrationsDir))) {
    // Nothing to apply: the engine is not started, because on SQLite it locks the file exclusively (locking_mode
    // EXCLUSIVE) and so fails while any server has the database open — a second `npm start` did (issue 16).
    console.log("database schema is up to date");
    return;
  }
  const schemaContent = readFileSync(schemaPath, "utf8");
  const loaded = await loadSchemaEngine(target, schemaPath, schemaContent);
  const { engine, dispose } = loaded;
  errorRegistry = loaded.errorRegistry;
  try {
    if (command === "deploy") {
      const out = await engine.applyMigrations({ migrationsList: readMigrations(migrationsDir), filters });
      const applied: string[] = out.appliedMigrationNames ?? [];
      console.log(applied.length ? `applied ${applied.length} migration(s): ${applied.join(", ")}` : "database schema is up to date");
    } else if (command === "status") {
      await engine.applyMigrations({ migrationsList: { ...readMigrations(migrationsDir), migrationDirectories: [] }, filters }).catch(() => undefined);
      const out = await engine.diagnoseMigrationHistory({ migrationsList: readMigrations(migrationsDir), optInToShadowDatabase: false, filters });
      const pending: string[] = out.history?.unappliedMigrationNames ?? [];
      const problems = [out.failedMigrationNames?.length && `failed: ${out.failedMigrationNames}`, out.editedMigrationNames?.length && `edited: ${out.editedMigrationNames}`, out.hasMigrationsTable === false && "no migrations table", out.history && out.history.tag !== "databaseIsBehind" && `history: ${out.history.tag}`].filter(Boolean);
      if (pending.length || problems.length) {
        console.error(`migrations not in sync: ${[...(pending.length ? [`pending: ${pending.join(", ")}`] : []), ...problems].join("; ")}`);
        process.exitCode = 1;
      } else console.log("migrations in sync: database schema is up to date");
    } else if (command === "create") {
      await createMigration(engine, { name, schemaPath, schemaContent, migrationsDir, target });
    } else {
      throw new Error(`unknown command ${command}; use deploy, status or create <name>`);
    }
  } finally {
    await dispose();
  }
  if (target.provider === "sqlite" && target.url !== ":memory:") await enableWal(target.url);
}

async function createMigration(engine: any, o: { name: string; schemaPath: string; schemaContent: string; migrationsDir: string; target: DatabaseTarget }) {
  mkdirSync(o.migrationsDir, { recursive: true });
  let migrationsList = readMigrations(o.migrationsDir);
  await engine.applyMigrations({ migrationsList, filters });
  const diagnostic = await engine.devDiagnostic({ migrationsList, filters });
  if (diagnostic.action.tag === "reset") throw new Error(`the database needs a reset: ${diagnostic.action.reason}`);
  const schema = { files: [{ path: o.schemaPath, content: o.schemaContent }] };
  await engine.evaluateDataLoss({ migrationsList, schema, filters });
  const created = await engine.createMigration({ draft: false, migrationName: o.name, migrationsList, schema, filters });
  if (created.migrationScript == null) {
    console.log("no schema change: nothing to create");
    return;
  }
  const dir = path.join(o.migrationsDir, created.generatedMigrationName);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), created.migrationScript);
  const provider = o.target.provider === "sqlite" ? "sqlite" : "postgresql";
  writeFileSync(path.join(o.migrationsDir, "migration_lock.toml"), `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`);
  migrationsList = readMigrations(o.migrationsDir);
  await engine.applyMigrations({ migrationsList, filters });
  console.log(`created and applied ${created.generatedMigrationName}`);
}

/** True when every migration folder is recorded as applied, unchanged (Prisma's sha256 checksum), read without a lock. */
async function sqliteUpToDate(file: string, migrationsDir: string): Promise<boolean> {
  if (file === ":memory:" || !existsSync(file)) return false;
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!table) return false;
    const rows = db.prepare(`SELECT migration_name AS name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as { name: string; checksum: string }[];
    const applied = new Map(rows.map((r) => [r.name, r.checksum]));
    return readMigrations(migrationsDir).migrationDirectories.every((d) => applied.get(d.path) === createHash("sha256").update(d.migrationFile.content.value).digest("hex"));
  } catch {
    return false; // let the engine decide and explain
  } finally {
    db.close();
  }
}

// WAL lets readers continue while an import writes; the mode is stored in the database file.
async function enableWal(file: string) {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.close();
}

main()
  .then(() => process.exit(process.exitCode ?? 0))
  .catch((error) => {
    console.error(`migration failed: ${explainMigrationError(error, errorRegistry, resolveDatabase())}`);
    process.exit(1);
  });
