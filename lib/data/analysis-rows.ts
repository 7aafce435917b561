import "server-only";
import type { AnalyzedReport } from "@/lib/analysis/types";
import { sentenceSearchText } from "@/lib/search/bigrams";
import type { Db } from "./db";
import { insertRows } from "./bulk-insert";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const SENTENCE_COLUMNS = ["reportId", "index", "text", "start", "end", "paragraph", "sectionIndex", "part", "role", "kind", "subtype", "reason", "confidence", "flags", "searchText", "correction"] as const;
const INDICATOR_COLUMNS = [
  "reportId", "sentenceIndex", "ordinal", "metric", "label", "value", "unit", "scale", "type", "qualifiers", "modality", "text", "start", "end",
  "upper", "parts", "phase", "increment", "place", "correction",
] as const;

/** A hand correction's mark (lib/corrections/apply.ts: what the analysis said, the note), or null. */
const markJson = (row: object) => {
  const mark = (row as { correction?: unknown }).correction;
  return mark ? JSON.stringify(mark) : null;
};

/** The derived columns of a report, from its analysis. */
export function reportColumns(analyzed: AnalyzedReport) {
  const m = analyzed.metadata;
  return {
    title: m.title,
    region: m.region,
    regionSlug: m.regionSlug,
    regionCode: m.regionCode,
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
  await insertRows(tx, "Section", ["reportId", "index", "heading", "level", "part", "start", "end"],
    analyzed.sections.map((s) => [reportId, s.index, s.heading, s.level, s.part, s.start, s.end]));
  await insertRows(tx, "Sentence", SENTENCE_COLUMNS, analyzed.sentences.map((s) => [
    reportId, s.index, s.text, s.start, s.end, s.paragraph, s.sectionIndex, s.part, s.role, s.kind, s.subtype, s.reason,
    s.confidence, JSON.stringify(s.flags), sentenceSearchText(s.text), markJson(s),
  ]));
  await insertRows(tx, "Indicator", INDICATOR_COLUMNS, analyzed.sentences.flatMap((s) =>
    s.indicators.map((i, ordinal) => [
      reportId, s.index, ordinal, i.metric, i.label, i.value, i.unit, i.scale, i.type, JSON.stringify(i.qualifiers), i.modality, i.text, i.start, i.end,
      i.upper ?? null, i.parts ? JSON.stringify(i.parts) : null, i.phase ?? null, i.increment ? true : null, i.place ?? null, markJson(i),
    ]),
  ));
  await tx.comparison.deleteMany({ where: { OR: [{ leftId: reportId }, { rightId: reportId }] } });
}
