// Reads a report file through the same decoder and analysis as the import and the CLI.
import fs from "node:fs";
import path from "node:path";
import { decodeInput, simplifiedView } from "@/lib/import";
import { readParagraphSheet } from "@/lib/text/paragraph-sheet";
import { classifyLines } from "@/lib/text/boilerplate";
import { splitLines } from "@/lib/text/lines";
import { blankMailQuotes } from "@/lib/text/mail-quotes";
import { registerRaw } from "./locate";
import { analyzeText } from "@/lib/prepare/prepare-report";
import type { AnalyzedReport } from "@/lib/analysis/types";

export interface AnalyzedFile {
  text: string;
  analyzed: AnalyzedReport;
  /** Same length as `text`, where labels are looked for when it differs (a copy with furniture blanked out). */
  locateText?: string;
  /** The title block's lines (title, meeting, speaker), which the tool reads as the report's metadata, not as
   * sentences: [start, end) offsets into `text`. */
  frontLines: { start: number; end: number }[];
  /** A copy's lines left out (eval/score/copies.ts): labels standing only on them are not scored on the copy. */
  dropped?: string[];
  /** Where the labelled sentence units start (eval/score/locate.ts), when the file has sentence labels. */
  unitStarts?: number[];
}

/** The lines the analysis reads as the title block, found on the same view it reads (simplified for traditional). */
function frontLinesOf(text: string, script: string): AnalyzedFile["frontLines"] {
  const simplified = script === "traditional" ? simplifiedView(text) : text;
  // (A sheet of the report's paragraphs is read through its view, a row a line: lib/text/paragraph-sheet.ts.)
  const view = readParagraphSheet(simplified)?.text ?? simplified;
  return classifyLines(splitLines(view)).filter((l) => l.kind === "front").map((l) => ({ start: l.start, end: l.end }));
}

const cache = new Map<string, AnalyzedFile>();

export function analyzeFile(file: string): AnalyzedFile {
  const hit = cache.get(file);
  if (hit) return hit;
  const decoded = decodeInput(new Uint8Array(fs.readFileSync(file)), { fileName: path.basename(file) });
  if ("code" in decoded) throw new Error(`${file}: ${decoded.message}`);
  // A forwarded mail's quote marks (> > ) are furniture the readers left out of their snippets, which may run across a
  // wrapped line: the labels are found in the view the tool reads, with the marks blanked (same offsets).
  const unquoted = blankMailQuotes(decoded.text)?.view;
  registerRaw(unquoted ?? decoded.text, fs.readFileSync(file, "utf8"));
  const result = {
    text: decoded.text,
    analyzed: analyzeText(decoded.text, decoded.script, path.basename(file)),
    frontLines: frontLinesOf(decoded.text, decoded.script),
    ...(unquoted ? { locateText: unquoted } : {}),
  };
  cache.set(file, result);
  return result;
}

/** A copy's text through the same analysis; `locateText` is where the labels are found. */
export function analyzeCopy(text: string, locateText: string, fileName: string, dropped?: string[]): AnalyzedFile {
  const decoded = decodeInput(new TextEncoder().encode(text), { fileName });
  if ("code" in decoded) throw new Error(`${fileName}: ${decoded.message}`);
  if (decoded.text !== text) throw new Error(`${fileName}: the decoder changed the copy's text`);
  return { text, locateText, analyzed: analyzeText(decoded.text, decoded.script, fileName), frontLines: frontLinesOf(text, decoded.script), ...(dropped ? { dropped } : {}) };
}
