import "server-only";
import { prepareReport, analyzeText } from "@/lib/import/prepare-report";
import { baseSlug, uniqueSlug } from "@/lib/import/report-slug";
import { correctionsSchema, type Corrections } from "@/lib/import/corrections";
import { ANALYSIS_VERSION } from "@/lib/analysis/version";
import { getDb } from "./db";
import { parseJson } from "./json";
import { reportColumns, writeAnalysisRows } from "./analysis-rows";

export type ImportOutcome =
  | { status: "imported"; slug: string; title: string; version: number; fileName: string | null }
  | { status: "duplicate"; slug: string; title: string; fileName: string | null }
  | { status: "failed"; code: string; message: string; fileName: string | null };

export interface ImportInput {
  bytes: Uint8Array;
  fileName?: string;
  contentType?: string;
  /** A slug to use instead of the detected one (the seed uses it to keep its URLs stable). */
  slug?: string;
}

/** Import one file: decode, analyse, and store the original bytes, the text and every derived row in one transaction. */
export async function importReport(input: ImportInput): Promise<ImportOutcome> {
  const fileName = input.fileName ?? null;
  const result = prepareReport(input);
  if (!result.ok) return { status: "failed", fileName, ...result.error };
  const { prepared } = result;
  const db = getDb();
  const existing = await db.report.findUnique({ where: { contentHash: prepared.hash }, select: { slug: true, title: true } });
  if (existing) return { status: "duplicate", fileName, ...existing };

  const meta = prepared.analyzed.metadata;
  const base = input.slug ?? baseSlug(meta, input.fileName);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const taken = await tx.report.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
        const siblings = meta.regionSlug
          ? await tx.report.count({ where: { regionSlug: meta.regionSlug, reviewYear: meta.reviewYear, planYear: meta.planYear, kind: meta.kind } })
          : 0;
        const slug = uniqueSlug(base, new Set(taken.map((t) => t.slug)));
        const report = await tx.report.create({
          data: {
            slug, ...reportColumns(prepared.analyzed), version: siblings + 1, fileName, encoding: prepared.encoding, script: prepared.script,
            originalBytes: Buffer.from(prepared.bytes), text: prepared.text, contentHash: prepared.hash, analysisVersion: ANALYSIS_VERSION,
          },
          select: { id: true, slug: true, title: true, version: true },
        });
        await writeAnalysisRows(tx, report.id, prepared.analyzed);
        return { status: "imported" as const, fileName, slug: report.slug, title: report.title, version: report.version };
      }, { timeout: 60_000, maxWait: 60_000 });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another import won the race: the same text is now a duplicate, or the slug was taken, so try the next one.
      const twin = await db.report.findUnique({ where: { contentHash: prepared.hash }, select: { slug: true, title: true } });
      if (twin) return { status: "duplicate", fileName, ...twin };
    }
  }
  return { status: "failed", fileName, code: "busy", message: "导入冲突，请重试 / Import conflicted with others, please retry" };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** Rebuild every derived row of one report from its stored text (corrections applied again). */
export async function reanalyzeReport(options: { slug: string }): Promise<boolean> {
  const db = getDb();
  const report = await db.report.findUnique({ where: { slug: options.slug }, select: { id: true, text: true, script: true, fileName: true, corrections: true } });
  if (!report) return false;
  const analyzed = analyzeText(report.text, report.script, report.fileName, parseJson<Corrections>(report.corrections, {}));
  await db.$transaction(async (tx) => {
    await tx.report.update({ where: { id: report.id }, data: { ...reportColumns(analyzed), analysisVersion: ANALYSIS_VERSION } });
    await writeAnalysisRows(tx, report.id, analyzed);
  }, { timeout: 60_000, maxWait: 60_000 });
  return true;
}

export async function reanalyzeAll(): Promise<number> {
  const slugs = await getDb().report.findMany({ select: { slug: true }, orderBy: { id: "asc" } });
  for (const { slug } of slugs) await reanalyzeReport({ slug });
  return slugs.length;
}

export type CorrectOutcome = { ok: true } | { ok: false; error: string };

/** Store hand corrections of the metadata and re-derive; the stored text is untouched. */
export async function correctReport(options: { slug: string; corrections: unknown }): Promise<CorrectOutcome> {
  const parsed = correctionsSchema.safeParse(options.corrections);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") };
  const db = getDb();
  const report = await db.report.findUnique({ where: { slug: options.slug }, select: { corrections: true } });
  if (!report) return { ok: false, error: "report not found" };
  const merged = { ...parseJson<Corrections>(report.corrections, {}), ...parsed.data };
  await db.report.update({ where: { slug: options.slug }, data: { corrections: JSON.stringify(merged) } });
  await reanalyzeReport({ slug: options.slug });
  return { ok: true };
}

export async function deleteReport(options: { slug: string }): Promise<boolean> {
  const db = getDb();
  const report = await db.report.findUnique({ where: { slug: options.slug }, select: { id: true } });
  if (!report) return false;
  await db.$transaction([
    db.comparison.deleteMany({ where: { OR: [{ leftId: report.id }, { rightId: report.id }] } }),
    db.report.delete({ where: { id: report.id } }),
  ]);
  return true;
}
