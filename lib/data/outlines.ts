import "server-only";
import { diffOutline, OUTLINE_VERSION, type OutlineHeading, type OutlineRow } from "@/lib/compare/outline-diff";
import { ANALYSIS_VERSION } from "@/lib/analysis/version";
import { LRUCache } from "lru-cache";
import { getDb } from "./db";

/**
 * Parsed outlines by key. A key names both texts (content hashes) and both versions, so its rows never change: unlike
 * a comparison (which hand corrections change under the same hashes), an entry needs no check against the database.
 * Bounded in bytes (twice the JSON's length, 8 MB), not in entries: the outline of a 4.9 MB report with 7,116 sections
 * weighs as much as a thousand small ones (decision 013b).
 */
const parsed = new LRUCache<string, OutlineRow[]>({ maxSize: 8 * 1024 * 1024 });
const sizeOf = (json: string) => ({ size: Math.max(1, json.length * 2) });

async function headingsOf(reportId: number): Promise<OutlineHeading[]> {
  const db = getDb();
  const [sections, firsts] = await Promise.all([
    db.section.findMany({ where: { reportId }, orderBy: { index: "asc" }, select: { index: true, heading: true, level: true } }),
    db.sentence.groupBy({ by: ["sectionIndex"], where: { reportId, sectionIndex: { not: null } }, _min: { index: true } }),
  ]);
  const first = new Map(firsts.map((f) => [f.sectionIndex, f._min.index]));
  return sections.map((s) => {
    const at = first.get(s.index);
    return { index: s.index, text: s.heading, level: s.level, ...(at != null ? { anchor: `s-${at}` } : {}) };
  });
}

/**
 * The outline diff of two stored reports (their section headings aligned). Computed once and stored beside the
 * comparisons, under both content hashes and the versions; re-analysing or deleting a report drops it with them.
 */
export async function getOutlineDiff(options: { left: string; right: string }): Promise<OutlineRow[] | null> {
  const db = getDb();
  const reports = await db.report.findMany({ where: { slug: { in: [options.left, options.right] } }, select: { id: true, slug: true, contentHash: true } });
  const left = reports.find((r) => r.slug === options.left);
  const right = reports.find((r) => r.slug === options.right);
  if (!left || !right) return null;
  const key = ["outline", left.contentHash, right.contentHash, OUTLINE_VERSION, ANALYSIS_VERSION].join(":");
  const kept = parsed.get(key);
  if (kept) return kept;
  const hit = await db.comparison.findUnique({ where: { key }, select: { result: true } });
  if (hit) {
    const rows = JSON.parse(hit.result) as OutlineRow[];
    parsed.set(key, rows, sizeOf(hit.result));
    return rows;
  }
  const rows = diffOutline(await headingsOf(left.id), await headingsOf(right.id));
  const json = JSON.stringify(rows);
  parsed.set(key, rows, sizeOf(json));
  await db.comparison.upsert({ where: { key }, create: { key, leftId: left.id, rightId: right.id, result: json }, update: {} }).catch(() => undefined);
  return rows;
}
