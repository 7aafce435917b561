// Imports the five seed reports and rebuilds reports stored by an older analysis. Idempotent: a seed already
// stored (same content hash) is left as it is.
import path from "node:path";
import { importReport, reanalyzeStale } from "@/lib/data/report-imports";
import { getDb } from "@/lib/data/db";
import { loadSeedFixtures } from "./fixtures";

export async function seed(log: (line: string) => void = console.log) {
  let failed = 0;
  for (const { file, slug, bytes } of loadSeedFixtures()) {
    const outcome = await importReport({ bytes, fileName: file, slug });
    if (outcome.status === "failed") failed++;
    log(`${outcome.status.padEnd(9)} ${file} → ${outcome.status === "failed" ? outcome.message : outcome.slug}`);
  }
  // After an upgrade of the analysis, every stored report (seeds and users' imports) is rebuilt from its original.
  const rebuilt = await reanalyzeStale();
  if (rebuilt.length) log(`re-analysed ${rebuilt.length} report(s) stored by an older analysis`);
  return { failed };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  seed()
    .then(async ({ failed }) => {
      await getDb().$disconnect();
      process.exit(failed ? 1 : 0);
    })
    .catch((error) => {
      console.error(`seed failed: ${error?.message ?? error}`);
      process.exit(1);
    });
}
