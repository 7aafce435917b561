// Direct reads of a bench database for the load test's before/after checks (scripts read their own settings).
import { createDb } from "@/prisma/client";
import { resolveDatabase } from "@/prisma/database-url";

export interface ReportStore {
  countReports(): Promise<number>;
  countByFileName(names: string[]): Promise<Map<string, number>>;
  close(): Promise<void>;
}

export function openStore(databaseUrl: string): ReportStore {
  const db = createDb(resolveDatabase({ ...process.env, DATABASE_URL: databaseUrl }));
  return {
    countReports: () => db.report.count(),
    async countByFileName(names) {
      const rows = await db.report.groupBy({ by: ["fileName"], where: { fileName: { in: names } }, _count: { _all: true } });
      return new Map(rows.map((r) => [r.fileName ?? "", r._count._all]));
    },
    close: () => db.$disconnect(),
  };
}
