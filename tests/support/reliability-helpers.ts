// Helpers for the reliability tests: report variants that differ in content, and a consistency check of the database.
import type { Db } from "@/prisma/client";
import { loadSeedFixtures } from "@/seeds/fixtures";

// The first four seeds (the fifth, Xihu's, is the largest and adds nothing to these tests but time).
const SEEDS = loadSeedFixtures().slice(0, 4);

/** n distinct report files: the seeds, each with a numbered closing sentence so the content hashes differ. */
export function reportVariants(n: number): { fileName: string; bytes: Uint8Array }[] {
  return Array.from({ length: n }, (_, i) => {
    const seed = SEEDS[i % SEEDS.length].text;
    const text = `${seed.trimEnd()}\n\n附件第${i + 1}号:本报告由测试生成,用于检验并发导入。\n`;
    return { fileName: `variant-${String(i + 1).padStart(2, "0")}.txt`, bytes: new TextEncoder().encode(text) };
  });
}

/** Every report has exactly sentenceCount sentence rows, and no child row is orphaned. Returns the problems found. */
export async function consistencyProblems(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const reports = await db.report.findMany({ select: { id: true, slug: true, sentenceCount: true, contentHash: true } });
  for (const r of reports) {
    const sentences = await db.sentence.count({ where: { reportId: r.id } });
    if (sentences !== r.sentenceCount) problems.push(`${r.slug}: sentenceCount ${r.sentenceCount} but ${sentences} sentence rows`);
    if (r.sentenceCount === 0) problems.push(`${r.slug}: no sentences`);
  }
  const ids = new Set(reports.map((r) => r.id));
  for (const table of ["sentence", "section", "indicator"] as const) {
    const owners = await (db[table] as unknown as { findMany(a: object): Promise<{ reportId: number }[]> }).findMany({ distinct: ["reportId"], select: { reportId: true } });
    for (const o of owners) if (!ids.has(o.reportId)) problems.push(`${table} rows of missing report ${o.reportId}`);
  }
  const hashes = reports.map((r) => r.contentHash);
  if (new Set(hashes).size !== hashes.length) problems.push("duplicate content hashes");
  return problems;
}
