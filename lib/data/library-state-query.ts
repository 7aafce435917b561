// No "server-only" here: proxy.ts (Node runtime, outside the react-server condition) reads it on every cached page.
import type { Db } from "@/prisma/client";

/**
 * A fingerprint of the stored reports: an import, a delete, a metadata edit, a hand correction and a re-analysis all
 * insert, delete or update a report row, and every update moves `updatedAt`. What the sentence search answers comes
 * from those reports and their sentences, which only change with them. One aggregate query.
 */
export async function readReportsState(db: Db): Promise<string> {
  const reports = await db.report.aggregate({ _count: { _all: true }, _max: { id: true, updatedAt: true } });
  return [reports._count._all, reports._max.id ?? 0, reports._max.updatedAt?.getTime() ?? 0].join(".");
}

/**
 * A fingerprint of everything stored that a compare page shows: every report row (readReportsState) and every stored
 * comparison (a correction deletes them, a recomputation inserts them). Two equal fingerprints mean no page read from
 * the database could differ. Two aggregate queries.
 */
export async function readLibraryState(db: Db): Promise<string> {
  const [reports, comparisons] = await Promise.all([
    readReportsState(db),
    db.comparison.aggregate({ _count: { _all: true }, _max: { id: true } }),
  ]);
  return [reports, comparisons._count._all, comparisons._max.id ?? 0].join(".");
}
