// Bytes in, everything the database stores out: decoded text, content hash, analysis. Pure, so the
// server action, the route handler, the CLI and the seed all run exactly the same pipeline.
import { analyzeReport } from "@/lib/analysis/analyze-report";
import type { AnalyzedReport } from "@/lib/analysis/types";
import type { ReportMetadata } from "@/lib/text/types";
import { contentHash, decodeInput, simplifiedView } from "./index";
import { applyCorrections, type Corrections } from "./corrections";

export interface PreparedReport {
  bytes: Uint8Array;
  fileName: string | null;
  /** The decoded text, stored verbatim (for HTML: the extracted article text). */
  text: string;
  encoding: string;
  format: "text" | "html";
  script: "simplified" | "traditional";
  hash: string;
  analyzed: AnalyzedReport;
  /** Reasons to check the stored text (a lossy HTML extraction). */
  warnings: string[];
}

export interface PrepareFailure {
  code: string;
  message: string;
}

export type PrepareResult = { ok: true; prepared: PreparedReport } | { ok: false; error: PrepareFailure };

export function prepareReport(input: { bytes: Uint8Array; fileName?: string; contentType?: string; corrections?: Corrections }): PrepareResult {
  const decoded = decodeInput(input.bytes, { fileName: input.fileName, contentType: input.contentType });
  if ("code" in decoded) return { ok: false, error: { code: decoded.code, message: decoded.message } };
  const analyzed = analyzeText(decoded.text, decoded.script, input.fileName, input.corrections);
  return {
    ok: true,
    prepared: {
      bytes: input.bytes,
      fileName: input.fileName ?? null,
      text: decoded.text,
      encoding: decoded.encoding,
      format: decoded.format,
      script: decoded.script,
      hash: contentHash(decoded.text),
      analyzed,
      warnings: decoded.warnings,
    },
  };
}

/** Analyse stored text (traditional text through its simplified view, whose offsets are identical). */
export function analyzeText(text: string, script: string, fileName?: string | null, corrections?: Corrections): AnalyzedReport {
  const view = script === "traditional" ? simplifiedView(text) : text;
  const analyzed = analyzeReport(view, { fileName: fileName ?? undefined });
  return { ...analyzed, metadata: applyCorrections(analyzed.metadata, corrections ?? {}) as ReportMetadata };
}
