// Loads Prisma's Wasm schema engine and binds it to a driver adapter, so migrations run without the
// native engine (see docs/decisions/001-wasm-migrations.md). The shims here live in the migration process only.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { postgresConfig, type DatabaseTarget } from "../../prisma/database-url";

const require = createRequire(import.meta.url);

type AnyAdapter = { dispose?: () => Promise<void>; executeRaw: (q: { sql: string; args: unknown[] }) => Promise<number>; executeScript: (s: string) => Promise<void> };

export interface LoadedEngine {
  // The engine's API is typed by the package but internal to Prisma; keep our use of it narrow.
  engine: any;
  errorRegistry: { consumeError?: (id: number) => unknown } | undefined;
  dispose: () => Promise<void>;
}

export async function loadSchemaEngine(target: DatabaseTarget, schemaPath: string, schema: string): Promise<LoadedEngine> {
  const glue: any = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmPath)), { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as any).__wbindgen_start();

  const opened: AnyAdapter[] = [];
  const factory = target.provider === "sqlite" ? sqliteFactory(target.url, opened) : postgresFactory(target.url, opened);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory as any);
  const log = (message: string) => {
    if (process.env.DUIZHAO_MIGRATE_DEBUG) console.error(message);
  };
  const engine = await glue.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, adapter);
  return {
    engine,
    errorRegistry: (adapter as any).errorRegistry,
    dispose: async () => {
      engine.free();
      for (const a of opened) await a.dispose?.().catch(() => undefined);
    },
  };
}

function track<T extends AnyAdapter>(adapter: T, opened: AnyAdapter[]): T {
  opened.push(adapter);
  return adapter;
}

function sqliteFactory(file: string, opened: AnyAdapter[]) {
  const base = new PrismaBetterSqlite3({ url: file, timeout: Number(process.env.DUIZHAO_SQLITE_BUSY_TIMEOUT_MS) || 10_000 });
  return {
    provider: "sqlite" as const,
    adapterName: base.adapterName,
    connect: async () => track((await base.connect()) as unknown as AnyAdapter, opened),
    // The engine sends a whole migration.sql through argument-less executeRaw on the shadow
    // database; better-sqlite3 runs one statement per call, so route those to executeScript.
    connectToShadowDb: async () => {
      const shadow = track((await base.connectToShadowDb()) as unknown as AnyAdapter, opened);
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => {
        if (query.args.length === 0) {
          await shadow.executeScript(query.sql);
          return 0;
        }
        return executeRaw(query);
      };
      return shadow;
    },
  };
}

let pgPatched = false;
function patchPgCharColumns() {
  if (pgPatched) return;
  pgPatched = true;
  // The engine reads a "char" column (OID 18) that adapter-pg cannot map: report it as text (25).
  const proto = (pg as any).Result.prototype;
  const addFields = proto.addFields;
  proto.addFields = function (fields: { dataTypeID: number }[]) {
    for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return addFields.call(this, fields);
  };
}

function postgresFactory(url: string, opened: AnyAdapter[]) {
  patchPgCharColumns();
  const config = postgresConfig(url);
  const base = new PrismaPg(config as any);
  return {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    connect: async () => track((await base.connect()) as unknown as AnyAdapter, opened),
    // adapter-pg's own shadow database drops itself while still connected and leaks: manage it here.
    connectToShadowDb: async () => {
      const name = `duizhao_shadow_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      const admin = new pg.Client(config);
      await admin.connect();
      await admin.query(`CREATE DATABASE "${name}"`);
      await admin.end();
      const shadowFactory = new PrismaPg({ ...config, database: name } as any);
      const shadow = (await shadowFactory.connect()) as unknown as AnyAdapter;
      const dispose = shadow.dispose?.bind(shadow);
      shadow.dispose = async () => {
        await dispose?.();
        const dropper = new pg.Client(config);
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await dropper.end();
      };
      return track(shadow, opened);
    },
  };
}
