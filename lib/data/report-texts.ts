import "server-only";
import { getDb } from "./db";
import { parseJson } from "./json";
import type { Corrections } from "@/lib/import/corrections";

/** The verbatim stored text with what re-analysis needs (script, file name, corrections). */
export async function getStoredText(options: { slug: string }) {
  const row = await getDb().report.findUnique({
    where: { slug: options.slug },
    select: { slug: true, text: true, script: true, fileName: true, corrections: true },
  });
  return row ? { ...row, corrections: parseJson<Corrections>(row.corrections, {}) } : null;
}
