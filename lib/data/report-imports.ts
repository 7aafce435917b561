import "server-only";
import { isMainThread } from "node:worker_threads";
import { prepareDocument, analyzeText, readingWarningsOf, withReadingWarnings } from "@/lib/prepare/prepare-report";
import { baseSlug, isVersionable, uniqueSlug } from "@/lib/import/report-slug";
import { correctionsSchema, type Corrections } from "@/lib/import/corrections";
import { contentHash } from "@/lib/import";
import type { ReportSource } from "@/lib/import/report-source";
import { slugProblem } from "@/lib/import/backup-integrity";
import { ANALYSIS_VERSION } from "@/lib/analysis/version";
import { getDb } from "./db";
import { parseJson } from "./json";
import { reportColumns, writeAnalysisRows } from "./analysis-rows";
import { createImportPool, importPoolSettings, type ImportPool, type ImportPoolSettings } from "./import-pool";
import { compareJobSettings, warmComparisons } from "./compare-jobs";

export type ImportOutcome =
  | { status: "imported"; slug: string; title: string; version: number; fileName: string | null; warnings?: string[] }
  | { status: "duplicate"; slug: string; title: string; fileName: string | null }
  | { status: "failed"; code: string; message: string; fileName: string | null };

export interface ImportInput {
  bytes: Uint8Array;
  fileName?: string;
  contentType?: string;
  /** A slug to use instead of the detected one (the seed uses it to keep its URLs stable). */
  slug?: string;
  /** The delivery year the user gave (--year, the form's 年份), for a text that does not say it. */
  year?: number;
  /** Where the report came from, as the user gave it (form, CLI flags, API): it wins over what the file declares. */
  source?: ReportSource;
}

/**
 * Import one file: decode, analyse, and store the original bytes, the text and every derived row in one transaction.
 * A large file is imported by a worker thread (import-pool.ts), so that this thread stays free for other requests.
 */
export async function importReport(input: ImportInput): Promise<ImportOutcome> {
  const pool = isMainThread ? sharedImportPool() : null;
  if (pool && input.bytes.length >= pool.settings.minBytes) return pool.pool.run(input);
  const outcome = await importReportHere(input);
  // Store the report's most-opened comparisons now, at import (a large file's worker does it). With the compare pool
  // (a server) they are computed there and the import answers without waiting for them: a reader who opens one
  // first gets it computed on the request, as any small pair. Without it (the CLI) the import waits, so that the
  // command ends with them stored.
  if (outcome.status === "imported") {
    const warming = warmComparisons({ slug: outcome.slug }).catch(() => 0);
    if (!compareJobSettings()) await warming;
  }
  return outcome;
}

const POOL = Symbol.for("duizhao.importPool");

/** One pool per process (kept on globalThis: Next bundles route handlers and server actions separately). */
function sharedImportPool(): { settings: ImportPoolSettings; pool: ImportPool } | null {
  const settings = importPoolSettings();
  if (!settings) return null;
  const store = globalThis as unknown as Record<symbol, { key: string; settings: ImportPoolSettings; pool: ImportPool } | undefined>;
  const key = JSON.stringify(settings);
  if (store[POOL]?.key !== key) {
    void store[POOL]?.pool.close();
    store[POOL] = { key, settings, pool: createImportPool(settings) };
  }
  return store[POOL]!;
}

/** The import itself, on this thread. */
export async function importReportHere(input: ImportInput): Promise<ImportOutcome> {
  const fileName = input.fileName ?? null;
  // A year the user gave is stored as a correction, so that a re-analysis keeps using it.
  const given: Corrections = input.year ? { deliveryYear: input.year } : {};
  const result = await prepareDocument({ ...input, corrections: given });
  if (!result.ok) return { status: "failed", fileName, ...result.error };
  const { prepared } = result;
  // The source is stored with the corrections: what the document declares, then what the user gave, and the day
  // of the import as the retrieval date unless the user gave one.
  const source: ReportSource = { ...prepared.source, retrieved: new Date().toISOString().slice(0, 10), ...input.source };
  const corrections: Corrections = { ...given, source };
  const db = getDb();
  const existing = await db.report.findUnique({ where: { contentHash: prepared.hash }, select: { slug: true, title: true } });
  if (existing) return { status: "duplicate", fileName, ...existing };

  const meta = prepared.analyzed.metadata;
  const base = input.slug ?? baseSlug(meta, input.fileName);
  // Retries share one budget: on a busy machine a single attempt can take seconds of its own before it loses a lock
  // race, which is no reason to give up; a lock held past the whole budget is. Enough rounds for many concurrent
  // imports of one region and year (each round, one racer takes the next slug).
  const began = Date.now();
  for (let attempt = 0; attempt < 32; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const taken = await tx.report.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
        // A version (-v2) of another report only when region, delivery year and kind are all known and equal.
        const versioned = !input.slug && isVersionable(meta);
        const siblings = versioned
          ? await tx.report.count({ where: { regionSlug: meta.regionSlug, reviewYear: meta.reviewYear, planYear: meta.planYear, kind: meta.kind, slug: { startsWith: base } } })
          : 0;
        const slug = uniqueSlug(base, new Set(taken.map((t) => t.slug)), versioned);
        const report = await tx.report.create({
          data: {
            slug, ...reportColumns(prepared.analyzed), version: siblings + 1, fileName, encoding: prepared.encoding, script: prepared.script,
            originalBytes: Buffer.from(prepared.bytes), text: prepared.text, contentHash: prepared.hash, analysisVersion: ANALYSIS_VERSION,
            corrections: JSON.stringify(corrections),
          },
          select: { id: true, slug: true, title: true, version: true },
        });
        await writeAnalysisRows(tx, report.id, prepared.analyzed);
        const warnings = prepared.warnings.length ? { warnings: prepared.warnings } : {};
        return { status: "imported" as const, fileName, slug: report.slug, title: report.title, version: report.version, ...warnings };
      }, { timeout: 60_000, maxWait: 60_000 });
    } catch (error) {
      if (isBusy(error)) {
        // SQLite: another process committed after this transaction's first read, so it cannot upgrade to a write
        // (SQLITE_BUSY at once, without the busy timeout). Back off and run the whole transaction again, within the budget.
        if (Date.now() - began > RETRY_BUDGET_MS) break;
        await backOff(attempt);
        continue;
      }
      if (!isUniqueViolation(error)) throw error;
      // Another import won the race: the same text is now a duplicate, or the slug was taken, so try the next one.
      const twin = await db.report.findUnique({ where: { contentHash: prepared.hash }, select: { slug: true, title: true } });
      if (twin) return { status: "duplicate", fileName, ...twin };
      // The slug was taken by a concurrent import (another process on the same PostgreSQL too): wait a random moment,
      // so that the racers spread out, and try the next one.
      await backOff(Math.min(attempt, 2));
    }
  }
  return { status: "failed", fileName, code: "busy", message: "数据库正忙(被其他写入占用),请稍后重试 / the database stayed locked by other writers: try again in a moment" };
}

export interface RestoreInput {
  slug: string;
  bytes: Uint8Array;
  /** The stored text as it was exported: kept verbatim even if today's decoder would read the bytes differently. */
  text: string;
  fileName: string | null;
  encoding: string;
  script: string;
  corrections: Corrections;
  version?: number;
  createdAt?: Date;
}

export type RestoreOutcome =
  | { status: "restored" | "unchanged"; slug: string }
  | { status: "conflict"; slug: string; message: string };

/**
 * Put back one exported report under its own slug, deriving every row again through the normal pipeline (with its
 * corrections). Idempotent: a report already stored with the same slug and text is left as it is.
 */
export async function restoreReport(input: RestoreInput, attempt = 0): Promise<RestoreOutcome> {
  const badSlug = slugProblem(input.slug);
  if (badSlug) return { status: "conflict", slug: input.slug, message: badSlug };
  const corrections = correctionsSchema.safeParse(input.corrections ?? {});
  if (!corrections.success) return { status: "conflict", slug: input.slug, message: `invalid corrections: ${corrections.error.issues[0]?.message}` };
  const hash = contentHash(input.text);
  const db = getDb();
  const clash = await db.report.findFirst({ where: { OR: [{ slug: input.slug }, { contentHash: hash }] }, select: { slug: true, contentHash: true } });
  if (clash?.slug === input.slug && clash.contentHash === hash) return { status: "unchanged", slug: input.slug };
  if (clash) {
    const message = clash.slug === input.slug ? "the slug holds a different text" : `the same text is stored as ${clash.slug}`;
    return { status: "conflict", slug: input.slug, message };
  }
  const reading = await readingWarningsOf(input.bytes, input.fileName);
  const analyzed = withReadingWarnings(analyzeText(input.text, input.script, input.fileName, corrections.data), reading);
  try {
    await db.$transaction(async (tx) => {
      const report = await tx.report.create({
        data: {
          slug: input.slug, ...reportColumns(analyzed), version: input.version ?? 1, fileName: input.fileName, encoding: input.encoding,
          script: input.script, originalBytes: Buffer.from(input.bytes), text: input.text, contentHash: hash,
          corrections: JSON.stringify(corrections.data), analysisVersion: ANALYSIS_VERSION, ...(input.createdAt ? { createdAt: input.createdAt } : {}),
        },
        select: { id: true },
      });
      await writeAnalysisRows(tx, report.id, analyzed);
    }, { timeout: 60_000, maxWait: 60_000 });
  } catch (error) {
    if (isBusy(error) && attempt < 8) {
      await backOff(attempt);
      return restoreReport(input, attempt + 1);
    }
    if (!isUniqueViolation(error) || attempt >= 8) throw error;
    return restoreReport(input, attempt + 1); // a concurrent restore of the same report won; report what is stored now
  }
  return { status: "restored", slug: input.slug };
}

/** A write that lost a lock race (SQLite SQLITE_BUSY, PostgreSQL serialization failure): safe to run again. */
function isBusy(error: unknown): boolean {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null;
  return e?.code === "P2034" || (e?.code === "P1008" && e.meta?.driverAdapterError?.cause?.kind === "SocketTimeout") || /SQLITE_BUSY|database is locked/.test(String((error as Error)?.message));
}

const RETRY_BUDGET_MS = 30_000;
const backOff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, (25 + Math.random() * 75) * 2 ** Math.min(attempt, 4)));

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** Rebuild every derived row of one report from its stored text (corrections applied again). */
export async function reanalyzeReport(options: { slug: string }): Promise<boolean> {
  const db = getDb();
  const report = await db.report.findUnique({
    where: { slug: options.slug }, select: { id: true, text: true, script: true, fileName: true, corrections: true, originalBytes: true },
  });
  if (!report) return false;
  const reading = await readingWarningsOf(report.originalBytes, report.fileName);
  const analyzed = withReadingWarnings(analyzeText(report.text, report.script, report.fileName, parseJson<Corrections>(report.corrections, {})), reading);
  await db.$transaction(async (tx) => {
    await tx.report.update({ where: { id: report.id }, data: { ...reportColumns(analyzed), analysisVersion: ANALYSIS_VERSION } });
    await writeAnalysisRows(tx, report.id, analyzed);
  }, { timeout: 60_000, maxWait: 60_000 });
  return true;
}

/** Reports analysed by an older ANALYSIS_VERSION are rebuilt from their stored text (run by the seed at start-up). */
export async function reanalyzeStale(): Promise<string[]> {
  const stale = await getDb().report.findMany({ where: { analysisVersion: { lt: ANALYSIS_VERSION } }, select: { slug: true }, orderBy: { id: "asc" } });
  for (const { slug } of stale) await reanalyzeReport({ slug });
  return stale.map((r) => r.slug);
}

/**
 * Between the reports of a batch: with SQLite every query resolves synchronously, so without this a batch is one chain
 * of promise callbacks that never lets the event loop run (no signal handler, no other request) until it ends.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function reanalyzeAll(): Promise<number> {
  const slugs = await getDb().report.findMany({ select: { slug: true }, orderBy: { id: "asc" } });
  for (const { slug } of slugs) {
    await yieldToEventLoop();
    await reanalyzeReport({ slug });
  }
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
  const stored = parseJson<Corrections>(report.corrections, {});
  // Source fields are corrected one by one; an empty field clears it.
  const source = parsed.data.source ? dropEmpty({ ...stored.source, ...parsed.data.source }) : stored.source;
  const merged = { ...stored, ...parsed.data, ...(source ? { source } : {}) };
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

function dropEmpty<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== "" && v !== null && v !== undefined)) as T;
}
