import "server-only";
import { cache } from "react";
import { buildTracker, type YearComparison } from "@/lib/tracker/build-tracker";
import { linkTracker, type Tracker } from "@/lib/tracker/link-tracker";
import { trackerLinks } from "@/lib/url/tracker-links";
import { mainTargetSentenceIds } from "@/lib/tracker/main-targets";
import { planTrackerPeriods, planTrackerYears } from "@/lib/tracker/plan-years";
import { fiveYearPeriod, type ComparisonKindId } from "@/lib/compare/comparison-kind";
import { comparisonOffThread } from "./compare-jobs";
import { getDb } from "./db";
import { listReports } from "./reports";

export interface RegionTracker {
  regionSlug: string;
  region: string;
  tracker: Tracker;
}

/**
 * The promise tracker of one region. Each year's verdicts are the compare view's own (comparisonOffThread of year N's
 * goals against year N+1's achievements, stored like every comparison and computed by the compare pool, never on
 * the request's thread); this module only reads them and the
 * sentences they name.
 */
export async function getRegionTracker(options: { regionSlug: string }): Promise<RegionTracker | null> {
  return trackerOf(options.regionSlug);
}

// One computation per request: the page and its metadata ask for the same region.
const trackerOf = cache(async (regionSlug: string): Promise<RegionTracker | null> => buildRegionTracker({ regionSlug }));

async function buildRegionTracker(options: { regionSlug: string }): Promise<RegionTracker | null> {
  const reports = await listReports({ regionSlug: options.regionSlug });
  if (reports.length === 0) return null;
  const plan = planTrackerYears(reports);
  const idOf = new Map(reports.map((r) => [r.slug, r.id]));
  const comparisons = new Map<number, YearComparison>();
  for (const p of plan.planned) {
    if (p.state !== "paired") continue;
    // One at a time: SQLite has one writer, and a first visit stores each comparison.
    const found = await readComparison(p.target!.slug, p.result!.slug, idOf, "target-vs-result");
    if (found) comparisons.set(p.year, found);
  }
  // Five-year plans: the same call (the compare view's own kind 五年目标 vs 五年回顾 decides what is paired and judged).
  const planned = planTrackerPeriods(reports, fiveYearPeriod);
  const periodComparisons = new Map<number, YearComparison>();
  for (const p of planned) {
    if (p.state !== "paired") continue;
    const found = await readComparison(p.target!.slug, p.result!.slug, idOf, "period-target-vs-review");
    if (found) periodComparisons.set(p.start, found);
  }
  // The links are made here, at the edge: lib/tracker names reports, sentences and comparisons only.
  const tracker = linkTracker(buildTracker(plan, comparisons, { planned, comparisons: periodComparisons }), trackerLinks);
  return { regionSlug: options.regionSlug, region: reports[0].region ?? options.regionSlug, tracker };
}

/** The comparison of the target report's goals against the result report's achievements, and the sentences it names. */
async function readComparison(targetSlug: string, resultSlug: string, idOf: Map<string, number>, judgedKind: ComparisonKindId): Promise<YearComparison | null> {
  const comparison = await comparisonOffThread({ left: targetSlug, right: resultSlug, l: "goal", r: "achievement" });
  if (!comparison) return null;
  const pairs = comparison.result.indicators;
  const targetId = idOf.get(targetSlug)!;
  const resultId = idOf.get(resultSlug)!;
  const cue = await getDb().sentence.findMany({
    where: { reportId: targetId, OR: [{ text: { contains: "主要预期目标" } }, { text: { contains: "主要目标" } }] },
    select: { paragraph: true },
  });
  const paragraphs = [...new Set(cue.flatMap((c) => [c.paragraph, c.paragraph + 1, c.paragraph + 2]))];
  const near = await getDb().sentence.findMany({
    where: { reportId: targetId, paragraph: { in: paragraphs } },
    select: { index: true, paragraph: true, text: true, kind: true, role: true, part: true },
  });
  const named = (side: "left" | "right") => pairs.flatMap((x) => (x[side] ? [Number(x[side]!.sentenceId.slice(2))] : []));
  const texts = await getDb().sentence.findMany({
    where: { OR: [{ reportId: targetId, index: { in: named("left") } }, { reportId: resultId, index: { in: named("right") } }] },
    select: { reportId: true, index: true, text: true },
  });
  const slugOf = (id: number) => (id === targetId ? targetSlug : resultSlug);
  return {
    judged: comparison.kind.id === judgedKind,
    kindLabel: comparison.kind.label,
    pairs,
    mainTargets: mainTargetSentenceIds(near),
    sentences: new Map(texts.map((t) => [`${slugOf(t.reportId)}#s-${t.index}`, t.text])),
  };
}
