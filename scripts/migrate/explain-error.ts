// The migration's failure in words a person can act on. The Wasm engine reports an adapter error only as
// "External error id#N"; the adapter's error registry holds the real one (SQLITE_BUSY, a refused connection…).
import type { DatabaseTarget } from "../../prisma/database-url";

type Registry = { consumeError?: (id: number) => unknown } | undefined;

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name === "Error" ? "" : `${value.name}: `}${value.message}`;
  if (value && typeof value === "object") {
    const v = value as { error?: unknown; kind?: string; message?: string; originalMessage?: string; originalCode?: string; cause?: string };
    if (v.error !== undefined) return describe(v.error);
    const parts = [v.kind, v.originalCode, v.originalMessage ?? v.message ?? v.cause].filter(Boolean);
    return parts.length ? parts.join(": ") : JSON.stringify(value);
  }
  return String(value);
}

export function explainMigrationError(error: unknown, registry: Registry, target: Pick<DatabaseTarget, "provider" | "url">): string {
  // The engine's message carries a Wasm stack and a span trace after its first line: keep the line that says what.
  let message = String((error as Error)?.message ?? error).split("\n")[0];
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const record = id !== undefined ? registry?.consumeError?.(Number(id)) : undefined;
  if (record !== undefined) message = `${message}: ${describe(record)}`;
  if (/SocketTimeout|SQLITE_BUSY|database is locked|busy/i.test(message)) {
    const where = target.provider === "sqlite" ? target.url : "the database";
    const why = target.provider === "sqlite"
      ? "is open in another process (a running `npm start` or `next start`, an import, or the CLI): applying a migration to SQLite needs the file to itself (Prisma's engine locks it exclusively)"
      : "is locked by another process (a running server, an import, or the CLI)";
    return `${message}\n  ${where} ${why}. Stop that process and run the command again; to run a second server meanwhile, give it its own port (PORT) and, until the migration is applied, its own database (DATABASE_URL).`;
  }
  if (/ECONNREFUSED|connect/i.test(message) && target.provider !== "sqlite") return `${message}\n  PostgreSQL does not answer at DATABASE_URL: start it (bash scripts/ensure-postgres.sh).`;
  return message;
}
