// No "server-only" here: proxy.ts (Node runtime, outside the react-server condition) reads it on every cached page.
import type { Db } from "@/prisma/client";

/**
 * A fingerprint of everything stored that a compare page shows: every report row (an import, a delete, a metadata
 * edit, a hand correction and a re-analysis all insert, delete or update one, and every update moves `updatedAt`)
 * and every stored comparison (a correction deletes them, a recomputation inserts them). Two equal fingerprints mean
 * no page read from the database could differ. Two aggregate queries.
 */
export async function readLibraryState(db: Db): Promise<string> {
  const [reports, comparisons] = await Promise.all([
    db.report.aggregate({ _count: { _all: true }, _max: { id: true, updatedAt: true } }),
    db.comparison.aggregate({ _count: { _all: true }, _max: { id: true } }),
  ]);
  return [reports._count._all, reports._max.id ?? 0, reports._max.updatedAt?.getTime() ?? 0, comparisons._count._all, comparisons._max.id ?? 0].join(".");
}
