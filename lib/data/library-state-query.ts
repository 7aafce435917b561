// No "server-only" here: proxy.ts (Node runtime, outside the react-server condition) reads it on every cached page.
import type { Db } from "@/prisma/client";
import { sharedFreshRead } from "@/lib/http/fresh-read";

interface StateRow {
  reports: number | bigint;
  reportMaxId: number | bigint | null;
  reportUpdatedAt: Date | string | number | null;
}

// Concurrent requests share a read of the fingerprint that began after they asked (lib/http/fresh-read.ts), per client.
const reportsReads = new WeakMap<Db, () => Promise<string>>();

/**
 * A fingerprint of the stored reports: an import, a delete, a metadata edit, a hand correction and a re-analysis all
 * insert, delete or update a report row, and every update moves `updatedAt`. What the sentence search answers comes
 * from those reports and their sentences, which only change with them. It is also all a cached compare page depends
 * on: the page shows its reports and its own stored comparison and outline rows, and every write that deletes or
 * changes those rows (a re-analysis, a hand or pairing correction, a delete) writes a report row in the same step;
 * rows stored for other pairs (an import's warm comparisons) cannot change the page, and no longer empty the cache
 * (a comparison's key names both reports' content hashes and corrections, so a stale row is never looked up).
 * One query of scalar subqueries, so that each MAX is read from its index (`Report(updatedAt)`) instead of from every
 * row: a Prisma aggregate of the three scanned the table and cost 2–3 ms a request through the client against
 * 0.5–1 ms (305 reports, SQLite, load average 7).
 */
export function readReportsState(db: Db): Promise<string> {
  let read = reportsReads.get(db);
  if (!read) reportsReads.set(db, (read = sharedFreshRead(() => queryReportsState(db))));
  return read();
}

async function queryReportsState(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<StateRow[]>`
    SELECT (SELECT COUNT(*) FROM "Report") AS "reports", (SELECT MAX("id") FROM "Report") AS "reportMaxId",
           (SELECT MAX("updatedAt") FROM "Report") AS "reportUpdatedAt"`;
  const updatedAt = row.reportUpdatedAt == null ? 0 : new Date(row.reportUpdatedAt).getTime();
  return [Number(row.reports), Number(row.reportMaxId ?? 0), updatedAt].join(".");
}
