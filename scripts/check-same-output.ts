// Writes the analyze and compare JSON of the five seeds to a folder, so that a refactoring can be checked to change
// no output: run it before and after, then `diff -r before after`.
//
//   DATABASE_URL=file:/tmp/x.db npx tsx scripts/migrate.ts deploy
//   DATABASE_URL=file:/tmp/x.db npx tsx --conditions=react-server scripts/check-same-output.ts /tmp/out
//
// Each seed is analysed twice, as `npx duizhao analyze` does: from the stored text (the database the script seeds)
// and from the seed file (no database). Each comparison is run both ways too (from stored rows, as the web page and
// `compare <slug> <slug>` do, and from the files, as `compare <file> <file>` does): the library's natural comparisons
// among the seeds, every seed against itself (all, and goal against achievement), and every two seeds (all).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadSeedFixtures } from "@/seeds/fixtures";
import { seed } from "@/seeds/seed";
import { getDb } from "@/lib/data/db";
import { listReports } from "@/lib/data/reports";
import { naturalComparisons } from "@/lib/series/natural-comparisons";
import { withCompareHref } from "@/lib/url/compare-params";
import { runAnalyze } from "./cli/analyze";
import { runCompare } from "./cli/compare";

async function captured(run: () => Promise<number>): Promise<string> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  }) as typeof process.stdout.write;
  try {
    const code = await run();
    if (code !== 0) throw new Error(`exit code ${code}`);
  } finally {
    process.stdout.write = write;
  }
  return chunks.join("");
}

async function main() {
  const out = process.argv[2];
  if (!out || !process.env.DATABASE_URL) throw new Error("usage: DATABASE_URL=file:… tsx --conditions=react-server scripts/check-same-output.ts <folder>");
  mkdirSync(out, { recursive: true });
  const { failed } = await seed(() => {});
  if (failed) throw new Error(`${failed} seed(s) failed to import`);
  const fixtures = loadSeedFixtures();
  const fileOf = new Map(fixtures.map((f) => [f.slug, f.path]));
  const written: string[] = [];
  const save = (name: string, json: string) => {
    writeFileSync(path.join(out, name), json);
    written.push(name);
  };

  for (const { slug, path: file } of fixtures) {
    save(`analyze.db.${slug}.json`, await captured(() => runAnalyze([slug, "--json"])));
    save(`analyze.file.${slug}.json`, await captured(() => runAnalyze([file, "--json"])));
  }

  const pairs: { left: string; right: string; l: string; r: string }[] = [];
  const natural = naturalComparisons(await listReports());
  for (const { left, right, l, r } of natural) pairs.push({ left, right, l, r });
  // Written as the library links them (href, title, description), so that the file stays comparable across versions.
  const links = natural.map(withCompareHref).map(({ href, title, description }) => ({ href, title, description }));
  save("natural-comparisons.json", JSON.stringify(links, null, 2));
  for (const [i, { slug }] of fixtures.entries()) {
    pairs.push({ left: slug, right: slug, l: "all", r: "all" }, { left: slug, right: slug, l: "goal", r: "achievement" });
    for (const other of fixtures.slice(i + 1)) pairs.push({ left: slug, right: other.slug, l: "all", r: "all" });
  }
  for (const { left, right, l, r } of pairs) {
    const name = `${left}.${l}--${right}.${r}`;
    const flags = ["--left", l, "--right", r, "--json"];
    save(`compare.db.${name}.json`, await captured(() => runCompare([left, right, ...flags])));
    save(`compare.file.${name}.json`, await captured(() => runCompare([fileOf.get(left)!, fileOf.get(right)!, ...flags])));
  }
  console.log(`wrote ${written.length} file(s) to ${out} (${pairs.length} comparisons)`);
  await getDb().$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
