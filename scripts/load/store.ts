// The load test's before/after checks read a bench database through the data layer (lib/data/reports), pointed at
// that database for as long as the store is open.
import { countReports, countReportsByFileName } from "@/lib/data/reports";
import { bindDatabase, releaseDatabase } from "../bench/use-database";

export interface ReportStore {
  countReports(): Promise<number>;
  countByFileName(names: string[]): Promise<Map<string, number>>;
  close(): Promise<void>;
}

export async function openStore(databaseUrl: string): Promise<ReportStore> {
  await bindDatabase(databaseUrl);
  return {
    countReports: () => countReports(),
    countByFileName: (names) => countReportsByFileName({ fileNames: names }),
    close: () => releaseDatabase(),
  };
}
