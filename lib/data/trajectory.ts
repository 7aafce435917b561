import "server-only";
import { buildTrajectory, type Trajectory } from "@/lib/trajectory/build-trajectory";
import { reportsByYear } from "@/lib/tracker/plan-years";
import { reportYear } from "@/lib/text/years";
import { LRUCache } from "lru-cache";
import { countWords, findTerms, type WordCount } from "@/lib/trajectory/found-terms";
import { POLICY_TERMS } from "@/lib/trajectory/policy-terms";
import { getDb } from "./db";

/** Each report's segmented word counts, by slug and content hash: segmented once per process, not per request. */
const wordCounts = new LRUCache<string, Map<string, WordCount>>({ max: 400 });
import { listReports } from "./reports";

export interface TermTrajectoryView {
  regionSlug: string;
  region: string;
  /** The region's one report a year, oldest first: the default list. */
  defaultSlugs: string[];
  /** Slugs asked for that do not exist. */
  unknown: string[];
  /** The region's reports without a known year: not in the default list until their year is set. */
  undated: { slug: string; title: string }[];
  trajectory: Trajectory | null;
}

/**
 * Term frequencies across a region's years (one report a year), or across any list of stored reports given by slug.
 * Counts are read from the stored sentences; nothing is re-analysed.
 */
export async function getTermTrajectory(options: { regionSlug: string; slugs?: string[] }): Promise<TermTrajectoryView | null> {
  const own = await listReports({ regionSlug: options.regionSlug });
  if (own.length === 0) return null;
  const defaultSlugs = [...reportsByYear(own).entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r.slug);
  const wanted = options.slugs?.length ? options.slugs : defaultSlugs;
  const rows = await getDb().report.findMany({
    where: { slug: { in: wanted } },
    select: { id: true, slug: true, title: true, region: true, reviewYear: true, planYear: true, kind: true, contentHash: true },
  });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const found = wanted.filter((s) => bySlug.has(s)).map((s) => bySlug.get(s)!);
  const sentences = await getDb().sentence.findMany({
    where: { reportId: { in: found.map((r) => r.id) } },
    orderBy: [{ reportId: "asc" }, { index: "asc" }],
    select: { reportId: true, index: true, text: true },
  });
  const inputs = found.map((r) => ({ slug: r.slug, title: r.title, region: r.region, year: reportYear(r), kind: r.kind, sentences: sentences.filter((s) => s.reportId === r.id) }));
  const trajectory = found.length >= 2 ? buildTrajectory(inputs) : null;
  if (trajectory) {
    const counts = found.map((r, i) => {
      const key = `${r.slug}:${r.contentHash}`;
      return wordCounts.get(key) ?? wordCounts.set(key, countWords(inputs[i].sentences)).get(key)!;
    });
    trajectory.found = findTerms(inputs, counts, { exclude: POLICY_TERMS.flatMap((t) => t.forms) });
  }
  const undated = own.filter((r) => r.kind !== "news" && reportYear(r) == null).map((r) => ({ slug: r.slug, title: r.title }));
  return { regionSlug: options.regionSlug, region: own[0].region ?? options.regionSlug, defaultSlugs, unknown: wanted.filter((s) => !bySlug.has(s)), undated, trajectory };
}
