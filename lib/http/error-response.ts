import { describeDatabaseError, oneLine } from "@/lib/data/db-errors";

/**
 * For route handlers: a JSON error without internals. A database fault is 503 (try again later) with its clear
 * message; anything else is a plain 500. The full error goes to the server log only.
 */
export function errorResponse(error: unknown): Response {
  const database = describeDatabaseError(error);
  console.error(database ? `database ${database.problem}: ${oneLine(error)}` : error);
  if (database) return Response.json({ ok: false, error: database.message }, { status: 503, headers: { "retry-after": "5" } });
  return Response.json({ ok: false, error: "服务器内部错误 / internal server error" }, { status: 500 });
}
