import "server-only";
import { cache } from "react";
import { getDb } from "./db";
import { resolveDatabase } from "@/prisma/database-url";
import { parseJson } from "./json";
import type { TextSection, TextWarning } from "@/lib/text/types";
import type { AnalyzedSentence, Indicator } from "@/lib/analysis/types";
import type { Part, Role, SentenceKind, StoredReportHeader, Subtype } from "@/lib/domain";
import type { Corrections } from "@/lib/import/corrections";
import type { MarkedIndicator, SentenceMark } from "@/lib/corrections/apply";
import { validSourceFields, type ReportSource } from "@/lib/import/report-source";
import { regionCodesWithin, type RegionEntry } from "@/lib/text/region-search";

export interface ReportSummary extends StoredReportHeader {
  id: number;
  regionSlug: string | null;
  regionCode: string | null;
  inferred: string[];
  version: number;
  sentenceCount: number;
  warnings: TextWarning[];
  source: string | null;
  speaker: string | null;
  meetingDate: string | null;
  script: string;
  encoding: string;
  createdAt: Date;
  /** Where the report came from (URL, publisher, publication and retrieval dates), each field when known. */
  origin: ReportSource;
}

const summarySelect = {
  id: true, slug: true, title: true, region: true, regionSlug: true, regionCode: true, reviewYear: true, planYear: true, inferred: true,
  kind: true, version: true, sentenceCount: true, warnings: true, source: true, speaker: true, meetingDate: true,
  script: true, encoding: true, createdAt: true, corrections: true,
} as const;

type SummaryRow = { [K in keyof typeof summarySelect]: unknown } & { inferred: string; warnings: string; corrections: string };

function toSummary(row: SummaryRow): ReportSummary {
  const { corrections, ...rest } = row;
  const origin = validSourceFields(parseJson<Corrections>(corrections, {}).source ?? {});
  return { ...(rest as unknown as ReportSummary), inferred: parseJson(row.inferred, []), warnings: parseJson(row.warnings, []), origin };
}

export async function listReports(options: { regionSlug?: string } = {}): Promise<ReportSummary[]> {
  const rows = await getDb().report.findMany({
    where: options.regionSlug ? { regionSlug: options.regionSlug } : undefined,
    select: summarySelect,
    orderBy: [{ regionSlug: "asc" }, { planYear: "desc" }, { reviewYear: "desc" }, { kind: "asc" }, { version: "asc" }],
  });
  return rows.map(toSummary);
}

/** Which reports a library view holds: all, or a region with every unit within it. */
export interface ReportScope {
  region?: Pick<RegionEntry, "slug" | "code">;
}

export type ReportWhere = NonNullable<NonNullable<Parameters<ReturnType<typeof getDb>["report"]["findMany"]>[0]>["where"]>;

/**
 * Reports of these regions, each with every unit within it: by the region's slug, or a division code below it. The one
 * region filter of the library, the 对照 picker's lists and the report search.
 */
export function withinRegions(regions: Pick<RegionEntry, "slug" | "code">[]): ReportWhere {
  return { OR: [{ regionSlug: { in: regions.map((r) => r.slug) } }, { regionCode: { in: regions.flatMap((r) => regionCodesWithin(r)) } }] };
}

/**
 * One page of the library, in the library's order, and how many reports the view holds: two bounded queries (an
 * index-ordered LIMIT/OFFSET and a COUNT), never every report's row, so 10,000 reports cost what 60 do.
 */
export async function listReportsPage(options: ReportScope & { page: number; pageSize: number }): Promise<{ reports: ReportSummary[]; total: number }> {
  const where = options.region ? withinRegions([options.region]) : undefined;
  const db = getDb();
  const [rows, total] = await Promise.all([
    db.report.findMany({
      where,
      select: summarySelect,
      orderBy: [{ regionSlug: "asc" }, { planYear: "desc" }, { reviewYear: "desc" }, { kind: "asc" }, { version: "asc" }, { id: "asc" }],
      skip: (options.page - 1) * options.pageSize,
      take: options.pageSize,
    }),
    db.report.count({ where }),
  ]);
  return { reports: rows.map(toSummary), total };
}

export interface ReportOption extends StoredReportHeader {
  version: number;
}

// One read per slug per server request: the layout's 404 check, the page's metadata and the page itself all ask.
// (Outside a React request, e.g. the CLI, cache() simply calls through.)
const summaryBySlug = cache(async (slug: string): Promise<ReportSummary | null> => {
  const row = await getDb().report.findUnique({ where: { slug }, select: summarySelect });
  return row ? toSummary(row) : null;
});

export function getReportSummary(options: { slug: string }): Promise<ReportSummary | null> {
  return summaryBySlug(options.slug);
}

/** A stored sentence as the reader shows it: the analysed sentence without its offsets and table cells, with the
 * hand correction's mark when its kind or a figure was corrected (lib/corrections). */
export type ReaderSentence = Omit<AnalyzedSentence, "start" | "end" | "table" | "indicators"> & {
  indicators: MarkedIndicator[];
  correction?: SentenceMark;
};

/** A stored section: the processed one without its offsets. */
export type ReaderSection = Omit<TextSection, "start" | "end">;

export interface ReportDetail extends ReportSummary {
  sections: ReaderSection[];
  sentences: ReaderSentence[];
}

/** What the reader needs of every sentence to page a report and count its kinds: no text, no indicators. */
export type SentenceOutline = Pick<ReaderSentence, "index" | "paragraph" | "sectionIndex" | "role" | "kind" | "subtype">;

export interface ReportOutline extends ReportSummary {
  sections: ReaderSection[];
  sentences: SentenceOutline[];
}

const sentenceSelect = {
  index: true, text: true, paragraph: true, sectionIndex: true, part: true, role: true, kind: true, subtype: true, reason: true, confidence: true, flags: true, correction: true,
} as const;

/**
 * The report's header, sections and the outline of every sentence (six narrow columns): enough to cut the reader's
 * pages and find the page of a linked #s-N, without reading any sentence's text or indicator (a 4.9 MB report has
 * tens of thousands of sentences; decision 012e).
 */
export async function getReportOutline(options: { slug: string }): Promise<ReportOutline | null> {
  return readReportWith(options.slug, (reportId) => readOutline(reportId));
}

/** The report's header and sections, with its sentences read as the caller needs them (outline or in full). */
async function readReportWith<S>(slug: string, readSentences: (reportId: number) => Promise<S[]>) {
  const db = getDb();
  const report = await db.report.findUnique({ where: { slug }, select: summarySelect });
  if (!report) return null;
  const [sections, sentences] = await Promise.all([
    db.section.findMany({ where: { reportId: report.id }, orderBy: { index: "asc" }, select: { index: true, heading: true, level: true, part: true } }),
    readSentences(report.id as number),
  ]);
  return { ...toSummary(report), sections: sections.map((s) => ({ ...s, part: s.part as Part })), sentences };
}

/**
 * Every sentence's outline packed by the database into one string (`index,paragraph,section,role,kind,subtype;…`)
 * from the covering index Sentence(reportId, index, paragraph, sectionIndex, role, kind, subtype): 40,821 rows of the
 * 4.9 MB report cost 440–800 ms as Prisma rows and 15–45 ms as one string.
 */
async function readOutline(reportId: number): Promise<SentenceOutline[]> {
  const db = getDb();
  const rows = resolveDatabase().provider === "postgresql"
    ? await db.$queryRaw<{ o: string | null }[]>`SELECT string_agg(concat_ws(',', "index", "paragraph", coalesce("sectionIndex"::text, ''), "role", "kind", coalesce("subtype", '')), ';' ORDER BY "index") AS o FROM "Sentence" WHERE "reportId" = ${reportId}`
    : await db.$queryRaw<{ o: string | null }[]>`SELECT group_concat("index" || ',' || "paragraph" || ',' || coalesce("sectionIndex", '') || ',' || "role" || ',' || "kind" || ',' || coalesce("subtype", ''), ';' ORDER BY "index") AS o FROM "Sentence" WHERE "reportId" = ${reportId}`;
  const packed = rows[0]?.o;
  if (!packed) return [];
  return packed.split(";").map((line) => {
    const [index, paragraph, sectionIndex, role, kind, subtype] = line.split(",");
    return { index: Number(index), paragraph: Number(paragraph), sectionIndex: sectionIndex === "" ? null : Number(sectionIndex), role: role as Role, kind: kind as SentenceKind, subtype: (subtype === "" ? null : subtype) as Subtype };
  });
}

/**
 * The report's sentences whose index lies in [from, to] with their indicators, read by range on the (reportId, index)
 * and (reportId, sentenceIndex, ordinal) unique indexes (or those of the listed indexes); no bounds reads them all.
 */
export async function listReportSentences(options: { reportId: number; from?: number; to?: number; indexes?: number[] }): Promise<ReaderSentence[]> {
  const db = getDb();
  const range = options.indexes ? { in: [...new Set(options.indexes)] } : options.from != null || options.to != null ? { gte: options.from, lte: options.to } : undefined;
  const [sentences, indicators] = await Promise.all([
    db.sentence.findMany({ where: { reportId: options.reportId, ...(range ? { index: range } : {}) }, orderBy: { index: "asc" }, select: sentenceSelect }),
    db.indicator.findMany({ where: { reportId: options.reportId, ...(range ? { sentenceIndex: range } : {}) }, orderBy: [{ sentenceIndex: "asc" }, { ordinal: "asc" }] }),
  ]);
  const bySentence = new Map<number, MarkedIndicator[]>();
  for (const i of indicators) {
    const list = bySentence.get(i.sentenceIndex) ?? [];
    list.push({
      metric: i.metric, label: i.label, value: i.value, unit: i.unit, scale: i.scale as Indicator["scale"], type: i.type as Indicator["type"],
      qualifiers: parseJson(i.qualifiers, []), modality: i.modality as Indicator["modality"], text: i.text, start: i.start, end: i.end,
      ...(i.upper !== null ? { upper: i.upper } : {}),
      ...(i.parts !== null ? { parts: parseJson<number[]>(i.parts, []) } : {}),
      ...(i.phase === "before" || i.phase === "after" ? { phase: i.phase } : {}),
      ...(i.increment ? { increment: true } : {}),
      ...(i.place ? { place: i.place } : {}),
      ...(i.correction ? { correction: parseJson(i.correction, undefined) } : {}),
    });
    bySentence.set(i.sentenceIndex, list);
  }
  return sentences.map(({ correction, ...s }) => ({
    ...s,
    ...(correction ? { correction: parseJson<SentenceMark | undefined>(correction, undefined) } : {}),
    part: s.part as Part,
    role: s.role as Role,
    kind: s.kind as SentenceKind,
    subtype: s.subtype as Subtype,
    flags: parseJson(s.flags, []),
    indicators: bySentence.get(s.index) ?? [],
  }));
}

/** The report with its analysed sentences and indicators, as the compare view and the corrections need them. */
export async function getReport(options: { slug: string }): Promise<ReportDetail | null> {
  return readReportWith(options.slug, (reportId) => listReportSentences({ reportId }));
}

/** The verbatim stored text and original file facts, for "show original". */
export async function getReportOriginal(options: { slug: string }) {
  return getDb().report.findUnique({
    where: { slug: options.slug },
    select: { slug: true, title: true, text: true, fileName: true, encoding: true, contentHash: true },
  });
}

/** How many reports are stored (every version counts). */
export function countReports(): Promise<number> {
  return getDb().report.count();
}

/** How many stored reports came from each of these file names (a name no report has is absent from the map). */
export async function countReportsByFileName(options: { fileNames: string[] }): Promise<Map<string, number>> {
  const rows = await getDb().report.groupBy({ by: ["fileName"], where: { fileName: { in: options.fileNames } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.fileName ?? "", r._count._all]));
}
