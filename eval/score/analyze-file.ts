// Reads a report file through the same decoder and analysis as the import and the CLI.
import fs from "node:fs";
import path from "node:path";
import { decodeInput } from "@/lib/import";
import { analyzeText } from "@/lib/import/prepare-report";
import type { AnalyzedReport } from "@/lib/analysis/types";

export interface AnalyzedFile {
  text: string;
  analyzed: AnalyzedReport;
}

const cache = new Map<string, AnalyzedFile>();

export function analyzeFile(file: string): AnalyzedFile {
  const hit = cache.get(file);
  if (hit) return hit;
  const decoded = decodeInput(new Uint8Array(fs.readFileSync(file)), { fileName: path.basename(file) });
  if ("code" in decoded) throw new Error(`${file}: ${decoded.message}`);
  const result = { text: decoded.text, analyzed: analyzeText(decoded.text, decoded.script, path.basename(file)) };
  cache.set(file, result);
  return result;
}
