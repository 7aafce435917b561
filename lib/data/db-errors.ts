// Turn a database failure into one clear sentence for people (CLI, logs). Pure: no Prisma import, so the CLI, the
// app and tests share it. Prisma's own messages start with a multi-line "Invalid `db.x()` invocation" preamble.

export type DatabaseProblem = "unreachable" | "cannot-open" | "locked" | "not-migrated" | "corrupt" | "invalid-row" | "file-gone";

const RULES: { problem: DatabaseProblem; codes: string[]; pattern: RegExp; message: string }[] = [
  {
    problem: "file-gone",
    codes: ["DUIZHAO_DB_GONE"],
    pattern: /database file was deleted or replaced/i,
    message: "数据库文件在运行中被删除或替换,已拒绝读写 / the database file was deleted or replaced while the server was running: nothing is read or written until it is restored (npx duizhao restore <file.json>) and the server restarted",
  },
  {
    problem: "locked",
    codes: ["SQLITE_BUSY", "SQLITE_LOCKED", "P1008", "P2034"],
    pattern: /database is locked|SQLITE_BUSY|timed out|timeout/i,
    message: "数据库正被另一进程占用 / the database is locked by another process: try again in a moment",
  },
  {
    problem: "corrupt",
    codes: ["SQLITE_CORRUPT", "SQLITE_NOTADB"],
    pattern: /malformed|file is not a database|SQLITE_CORRUPT|SQLITE_NOTADB/i,
    message: "数据库文件已损坏 / the database file is damaged: restore it from a backup (npx duizhao restore <file.json>)",
  },
  {
    problem: "cannot-open",
    codes: ["SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM", "SQLITE_IOERR", "DUIZHAO_DB_NO_FOLDER"],
    pattern: /unable to open database|directory does not exist|Cannot open database|readonly database|disk I\/O error/i,
    message: "无法打开数据库文件 / the database file cannot be opened: check DATABASE_URL, that its folder exists and is writable",
  },
  {
    problem: "unreachable",
    codes: ["P1001", "P1002", "P1017", "ECONNREFUSED", "ENOTFOUND", "ECONNRESET", "ETIMEDOUT", "57P01", "57P02", "57P03", "53300", "08001", "08004", "08006"],
    pattern: /Can't reach database server|DatabaseNotReachable|ECONNREFUSED|ENOTFOUND|Connection terminated|server closed the connection|not currently accepting connections|terminating connection|the database system is (starting up|shutting down)|too many clients/i,
    message: "无法连接数据库 / the database server cannot be reached: check that it is running and DATABASE_URL",
  },
  {
    problem: "not-migrated",
    codes: ["P2021", "P2022", "42P01", "42703", "P1003", "3D000", "DUIZHAO_DB_MISSING"],
    pattern: /no such table|no such column|The table .* does not exist|The column .* does not exist|relation .* does not exist|database .* does not exist/i,
    message: "数据库尚未迁移 / the database is not migrated (or is behind): run npm run db:migrate",
  },
  {
    problem: "invalid-row",
    codes: ["P2023", "P2032", "SQLITE_MISMATCH"],
    pattern: /Inconsistent column data|Error converting field|could not convert/i,
    message: "数据库中有一行数据无效 / a row in the database is invalid: re-import the report, or restore from a backup",
  },
];

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const o = e as { code?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    if (typeof o.code === "string") codes.push(o.code);
    const adapter = o.meta?.driverAdapterError as { cause?: { kind?: string; originalCode?: string } } | undefined;
    if (adapter?.cause?.kind) codes.push(adapter.cause.kind);
    if (adapter?.cause?.originalCode) codes.push(adapter.cause.originalCode);
    e = o.cause ?? adapter;
  }
  return codes;
}

function messagesOf(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 5; depth++) {
    const message = (e as { message?: unknown }).message;
    parts.push(typeof message === "string" ? message : String(e));
    const o = e as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    e = typeof e === "object" ? (o.cause ?? o.meta?.driverAdapterError) : null;
  }
  return parts.join("\n");
}

export function describeDatabaseError(error: unknown): { problem: DatabaseProblem; message: string } | null {
  const codes = codesOf(error);
  const text = messagesOf(error);
  for (const rule of RULES) {
    if (codes.some((c) => rule.codes.includes(c)) || rule.pattern.test(text)) return { problem: rule.problem, message: rule.message };
  }
  return null;
}

/** The last meaningful line of an error message (Prisma puts the cause after a code excerpt), for a one-line report. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message.split("\n").map((l) => l.trim()).filter((l) => l && !/^(Invalid `|→|\d+\s)/.test(l));
  return lines[lines.length - 1] ?? (error instanceof Error ? error.name : "unknown error");
}
