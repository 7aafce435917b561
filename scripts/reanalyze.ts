// Rebuilds every derived row (sections, sentences, indicators, cached comparisons) from the stored texts.
import { reanalyzeAll } from "@/lib/data/report-imports";
import { getDb } from "@/lib/data/db";

reanalyzeAll()
  .then(async (count) => {
    console.log(`re-analysed ${count} report(s) from their stored text`);
    await getDb().$disconnect();
    process.exit(0);
  })
  .catch((error) => {
    console.error(`re-analysis failed: ${error?.message ?? error}`);
    process.exit(1);
  });
