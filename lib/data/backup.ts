import "server-only";
import { createWriteStream, renameSync, rmSync } from "node:fs";
import { once } from "node:events";
import { z } from "zod";
import { getDb } from "./db";
import { parseJson } from "./json";
import { restoreReport, yieldToEventLoop, type RestoreOutcome } from "./report-imports";
import type { Corrections } from "@/lib/import/corrections";
import { slugProblem, textFromBytesProblem } from "@/lib/import/backup-integrity";

/**
 * A backup holds what cannot be derived: the original bytes, the stored text, the file name, encoding, script, slug,
 * version and hand corrections. Everything else (metadata, sentences, indicators) is derived again on restore.
 */
export const BACKUP_FORMAT = "duizhao-backup";

const backupReportSchema = z.object({
  slug: z.string().min(1),
  fileName: z.string().nullable(),
  encoding: z.string(),
  script: z.string(),
  version: z.number().int().positive().default(1),
  corrections: z.record(z.string(), z.unknown()).default({}),
  text: z.string(),
  contentHash: z.string().optional(),
  originalBase64: z.string(),
  createdAt: z.string().optional(),
});

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.string(),
  reports: z.array(backupReportSchema),
});

export type BackupReport = z.infer<typeof backupReportSchema>;

/** Every report, oldest first, one at a time (the original bytes can be megabytes each). */
export async function* listBackupReports(): AsyncGenerator<BackupReport> {
  const db = getDb();
  const ids = await db.report.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  for (const { id } of ids) {
    const r = await db.report.findUnique({
      where: { id },
      select: { slug: true, fileName: true, encoding: true, script: true, version: true, corrections: true, text: true, contentHash: true, originalBytes: true, createdAt: true },
    });
    if (!r) continue; // deleted while exporting
    yield {
      slug: r.slug, fileName: r.fileName, encoding: r.encoding, script: r.script, version: r.version,
      corrections: parseJson<Corrections>(r.corrections, {}), text: r.text, contentHash: r.contentHash,
      originalBase64: Buffer.from(r.originalBytes).toString("base64"), createdAt: r.createdAt.toISOString(),
    };
  }
}

/** Write the whole corpus as JSON to `file`, through a temporary file renamed at the end: never a half-written backup. */
export async function exportAll(options: { file: string }): Promise<{ reports: number }> {
  const temporary = `${options.file}.partial-${process.pid}`;
  const out = createWriteStream(temporary, { encoding: "utf8" });
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, "drain");
  };
  let reports = 0;
  try {
    await write(`{"format":${JSON.stringify(BACKUP_FORMAT)},"formatVersion":1,"exportedAt":${JSON.stringify(new Date().toISOString())},"reports":[`);
    for await (const report of listBackupReports()) {
      await write(`${reports++ ? "," : ""}\n${JSON.stringify(report)}`);
    }
    await write("\n]}\n");
    out.end();
    await once(out, "finish");
    renameSync(temporary, options.file);
  } catch (error) {
    out.destroy();
    rmSync(temporary, { force: true });
    throw error;
  }
  return { reports };
}

export class BackupFormatError extends Error {}

export function parseBackup(json: string): z.infer<typeof backupSchema> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new BackupFormatError(`not a JSON file (${(error as Error).message})`);
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupFormatError(`not a Duizhao backup: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  const problems = backupProblems(parsed.data);
  if (problems.length > 0) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : "";
    throw new BackupFormatError(`backup refused, nothing restored: ${problems.slice(0, 3).join("; ")}${more}`);
  }
  return parsed.data;
}

/**
 * Every reason a report of the backup cannot be trusted: a slug the importer would never make, or a stored text that
 * could not have come from its original bytes. One bad report refuses the whole file: it has been edited.
 */
export function backupProblems(backup: z.infer<typeof backupSchema>): string[] {
  const problems: string[] = [];
  backup.reports.forEach((r, i) => {
    const name = `report ${i + 1} (${JSON.stringify(r.slug.slice(0, 60))})`;
    const slug = slugProblem(r.slug);
    if (slug) problems.push(`${name}: ${slug}`);
    const text = textFromBytesProblem({ bytes: new Uint8Array(Buffer.from(r.originalBase64, "base64")), text: r.text, encoding: r.encoding });
    if (text) problems.push(`${name}: ${text}`);
  });
  return problems;
}

/** Restore every report of a backup (idempotent: reports already present are left alone). */
export async function restoreAll(backup: z.infer<typeof backupSchema>, onReport?: (outcome: RestoreOutcome, n: number) => void): Promise<RestoreOutcome[]> {
  const outcomes: RestoreOutcome[] = [];
  for (const r of backup.reports) {
    await yieldToEventLoop();
    const outcome = await restoreReport({
      slug: r.slug, bytes: new Uint8Array(Buffer.from(r.originalBase64, "base64")), text: r.text, fileName: r.fileName,
      encoding: r.encoding, script: r.script, corrections: r.corrections as Corrections, version: r.version,
      createdAt: r.createdAt ? new Date(r.createdAt) : undefined,
    });
    outcomes.push(outcome);
    onReport?.(outcome, outcomes.length);
  }
  return outcomes;
}
