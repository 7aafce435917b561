import "server-only";
import type { AnalyzedReport } from "@/lib/analysis/types";
import { sentenceSearchText } from "@/lib/search/bigrams";
import type { Db } from "./db";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The derived columns of a report, from its analysis. */
export function reportColumns(analyzed: AnalyzedReport) {
  const m = analyzed.metadata;
  return {
    title: m.title,
    region: m.region,
    regionSlug: m.regionSlug,
    reviewYear: m.reviewYear,
    planYear: m.planYear,
    inferred: JSON.stringify(m.inferred),
    kind: m.kind,
    source: m.source,
    speaker: m.speaker,
    meetingDate: m.meetingDate,
    warnings: JSON.stringify(m.warnings),
    sentenceCount: analyzed.sentences.length,
  };
}

/**
 * Replace a report's sections, sentences and indicators with fresh ones (inside the caller's transaction).
 * Each sentence carries its search string; the search index follows the Sentence rows in the same transaction
 * (SQLite: FTS5 triggers, PostgreSQL: a GIN expression index), so deleting and recreating them rebuilds it.
 */
export async function writeAnalysisRows(tx: Tx, reportId: number, analyzed: AnalyzedReport) {
  await tx.indicator.deleteMany({ where: { reportId } });
  await tx.sentence.deleteMany({ where: { reportId } });
  await tx.section.deleteMany({ where: { reportId } });
  await tx.section.createMany({
    data: analyzed.sections.map((s) => ({ reportId, index: s.index, heading: s.heading, level: s.level, part: s.part, start: s.start, end: s.end })),
  });
  await tx.sentence.createMany({
    data: analyzed.sentences.map((s) => ({
      reportId, index: s.index, text: s.text, start: s.start, end: s.end, paragraph: s.paragraph, sectionIndex: s.sectionIndex,
      part: s.part, role: s.role, kind: s.kind, subtype: s.subtype, reason: s.reason, confidence: s.confidence, flags: JSON.stringify(s.flags),
      searchText: sentenceSearchText(s.text),
    })),
  });
  await tx.indicator.createMany({
    data: analyzed.sentences.flatMap((s) =>
      s.indicators.map((i, ordinal) => ({
        reportId, sentenceIndex: s.index, ordinal, metric: i.metric, label: i.label, value: i.value, unit: i.unit, scale: i.scale,
        type: i.type, qualifiers: JSON.stringify(i.qualifiers), modality: i.modality, text: i.text, start: i.start, end: i.end,
      })),
    ),
  });
  await tx.comparison.deleteMany({ where: { OR: [{ leftId: reportId }, { rightId: reportId }] } });
}
