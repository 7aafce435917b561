// No "server-only" here: proxy.ts (Node runtime, outside the react-server condition) reads it on every cached page.
import type { Db } from "@/prisma/client";
import { sharedFreshRead } from "@/lib/http/fresh-read";

interface StateRow {
  reports: number | bigint;
  reportMaxId: number | bigint | null;
  reportUpdatedAt: Date | string | number | null;
  comparisons?: number | bigint;
  comparisonMaxId?: number | bigint | null;
}

// Concurrent requests share a read of the fingerprint that began after they asked (lib/http/fresh-read.ts), per client.
const reportsReads = new WeakMap<Db, () => Promise<string>>();
const libraryReads = new WeakMap<Db, () => Promise<string>>();
function shared(reads: WeakMap<Db, () => Promise<string>>, db: Db, query: (db: Db) => Promise<string>): () => Promise<string> {
  let read = reads.get(db);
  if (!read) reads.set(db, (read = sharedFreshRead(() => query(db))));
  return read;
}

const reportsPart = (r: StateRow) => [Number(r.reports), Number(r.reportMaxId ?? 0), r.reportUpdatedAt == null ? 0 : new Date(r.reportUpdatedAt).getTime()].join(".");

/**
 * A fingerprint of the stored reports: an import, a delete, a metadata edit, a hand correction and a re-analysis all
 * insert, delete or update a report row, and every update moves `updatedAt`. What the sentence search answers comes
 * from those reports and their sentences, which only change with them. One query of scalar subqueries, so that each
 * MAX is read from its index (`Report(updatedAt)`) instead of from every row: a Prisma aggregate of the three was one
 * scan of the table and cost 3 ms a request through the client against 1 ms (305 reports, SQLite, load average 7).
 */
export function readReportsState(db: Db): Promise<string> {
  return shared(reportsReads, db, queryReportsState)();
}

async function queryReportsState(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<StateRow[]>`
    SELECT (SELECT COUNT(*) FROM "Report") AS "reports", (SELECT MAX("id") FROM "Report") AS "reportMaxId",
           (SELECT MAX("updatedAt") FROM "Report") AS "reportUpdatedAt"`;
  return reportsPart(row);
}

/**
 * A fingerprint of everything stored that a compare page shows: every report row (as readReportsState) and every
 * stored comparison (a correction deletes them, a recomputation inserts them). Two equal fingerprints mean no page read
 * from the database could differ. One query, shared by concurrent callers as above.
 */
export function readLibraryState(db: Db): Promise<string> {
  return shared(libraryReads, db, queryLibraryState)();
}

async function queryLibraryState(db: Db): Promise<string> {
  const [row] = await db.$queryRaw<StateRow[]>`
    SELECT (SELECT COUNT(*) FROM "Report") AS "reports", (SELECT MAX("id") FROM "Report") AS "reportMaxId",
           (SELECT MAX("updatedAt") FROM "Report") AS "reportUpdatedAt",
           (SELECT COUNT(*) FROM "Comparison") AS "comparisons", (SELECT MAX("id") FROM "Comparison") AS "comparisonMaxId"`;
  return [reportsPart(row), Number(row.comparisons ?? 0), Number(row.comparisonMaxId ?? 0)].join(".");
}
