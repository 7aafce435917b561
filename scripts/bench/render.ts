// Step 3: compare page server render time on a production server (`next start`) over a seeded SQLite bench db, and
// read latency on the same server while a 4.9 MB report is imported.
import { freshSqlite, SQLITE_BENCH_URL } from "./databases";
import { timeGets, type GetStats } from "./http";
import { buildId, ensureBuild, startServer } from "./server";
import { readsDuringImport, type ReadsDuringImport } from "./reads-during-import";

import { largePages, type LargePage } from "./large-pages";

/** The issue 13 budget pages (≤ 200 KB of HTML each), the results-vs-targets view of the load test, and a reader. */
export const COMPARE_PAGES = [
  "/compare/yuhang-2020-news/yuhang-2020",
  "/compare/xihu-2012/xihu-2012?l=achievement&r=goal",
  "/compare/yuhang-2020/shangcheng-2020?l=achievement&r=achievement",
  "/compare/yuhang-2020/yuhang-2020?l=achievement&r=goal",
  "/reports/yuhang-2020",
];

export async function runRender(opts: { build: boolean; largeAll?: boolean; log: (s: string) => void }) {
  const build = ensureBuild({ allowed: opts.build, log: opts.log });
  const id = buildId();
  freshSqlite(SQLITE_BENCH_URL, { seed: true });
  const server = await startServer({ databaseUrl: SQLITE_BENCH_URL, log: opts.log });
  const pages: GetStats[] = [];
  let duringImport: ReadsDuringImport;
  let large: LargePage[];
  try {
    for (const page of COMPARE_PAGES) pages.push(await timeGets(server.url, page, { warmup: 5, runs: 20 }));
    duringImport = await readsDuringImport(server.url);
    large = await largePages(server.url, duringImport.slug, { all: opts.largeAll ?? false });
  } finally {
    await server.stop();
  }
  // Others share this tree: a rebuild while we measured would make the figures meaningless.
  const rebuiltMeanwhile = buildId() !== id;
  return { build, buildId: id, rebuiltMeanwhile, database: SQLITE_BENCH_URL, pages, duringImport, large };
}
