import { existsSync } from "node:fs";
import path from "node:path";
import { decodeDocument, MAX_INPUT_BYTES } from "@/lib/import";
import { analyzeText } from "@/lib/prepare/prepare-report";
import type { AnalyzedReport } from "@/lib/analysis/types";
import { CliError } from "./cli-error";
import { isReadFailure, readRegularFile } from "./read-file";

/** A CLI argument is a file when it names one (or looks like a path); otherwise it is a slug. */
export function isFileArgument(arg: string): boolean {
  return existsSync(arg) || /[\\/]|\.(txt|html?|md|pdf|docx)$/i.test(arg);
}

/** Read and analyse a file through the same decoder and extractor as the import, without the database. */
export async function analyzeFile(file: string): Promise<{ slug: string; analyzed: AnalyzedReport }> {
  const bytes = readRegularFile(file, MAX_INPUT_BYTES);
  if (isReadFailure(bytes)) throw new CliError(bytes.code === "not-found" ? `file not found: ${file}` : `${file}: ${bytes.message}`);
  const decoded = await decodeDocument(bytes, { fileName: path.basename(file) });
  if ("code" in decoded) throw new CliError(`${file}: ${decoded.message}`);
  const slug = path.basename(file).replace(/\.[^.]+$/, "");
  return { slug, analyzed: analyzeText(decoded.text, decoded.script, path.basename(file)) };
}

/** Analyse a stored report from its verbatim text, with its corrections: the same result the import stored. */
export async function analyzeStored(slug: string): Promise<{ slug: string; analyzed: AnalyzedReport }> {
  const { getStoredText } = await import("@/lib/data/report-texts");
  const stored = await getStoredText({ slug });
  if (!stored) throw new CliError(`no report with slug "${slug}" (and no such file)`);
  return { slug, analyzed: analyzeText(stored.text, stored.script, stored.fileName, stored.corrections) };
}
