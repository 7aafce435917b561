// Bytes in, everything the database stores out: decoded text (lib/import), analysis (lib/analysis), content hash.
// It runs after both, so the pipeline goes one way: lib/import only decodes. Pure, so the server action, the route
// handler, the CLI and the seed all run exactly the same pipeline.
import { analyzeReport } from "@/lib/analysis/analyze-report";
import type { AnalyzedReport } from "@/lib/analysis/types";
import type { ReportMetadata } from "@/lib/text/types";
import { contentHash, decodeDocument, decodeInput, simplifiedView, toSimplified, type DecodedInput, type DocumentSource } from "@/lib/import";
import { applyCorrections, type Corrections } from "@/lib/import/corrections";
import { applyLabelCorrections } from "@/lib/corrections/apply";

export interface PreparedReport {
  bytes: Uint8Array;
  fileName: string | null;
  /** The decoded text, stored verbatim (for HTML: the extracted article text). */
  text: string;
  encoding: string;
  format: DecodedInput["format"];
  script: "simplified" | "traditional";
  hash: string;
  analyzed: AnalyzedReport;
  /** Reasons to check the stored text (a lossy HTML extraction). */
  warnings: string[];
  /** Where the document says it came from (HTML meta, PDF metadata), when it says so. */
  source?: DocumentSource;
}

export interface PrepareFailure {
  code: string;
  message: string;
}

export type PrepareResult = { ok: true; prepared: PreparedReport } | { ok: false; error: PrepareFailure };

type PrepareInput = { bytes: Uint8Array; fileName?: string; contentType?: string; corrections?: Corrections };

/** Text and HTML only (synchronous); PDF and Word files need prepareDocument. */
export function prepareReport(input: PrepareInput): PrepareResult {
  return preparedFrom(input, decodeInput(input.bytes, { fileName: input.fileName, contentType: input.contentType }));
}

/** Any file the importer takes: text, HTML, PDF, Word (.docx). */
export async function prepareDocument(input: PrepareInput): Promise<PrepareResult> {
  return preparedFrom(input, await decodeDocument(input.bytes, { fileName: input.fileName, contentType: input.contentType }));
}

function preparedFrom(input: PrepareInput, decoded: ReturnType<typeof decodeInput>): PrepareResult {
  if ("code" in decoded) return { ok: false, error: { code: decoded.code, message: decoded.message } };
  // decoded.script was detected on this very text: a traditional text is converted without detecting it again.
  const view = decoded.script === "traditional" ? toSimplified(decoded.text) : decoded.text;
  const analyzed = withReadingWarnings(analyzeView(view, input.fileName, input.corrections), decoded.warnings);
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
      ...(decoded.source ? { source: decoded.source } : {}),
    },
  };
}

/**
 * The decoder's notes on how it read the file (a two-column page read column by column, character references read as
 * the page showed them, a lossy extraction), kept among the report's warnings so its page says so after the import too.
 */
export function withReadingWarnings(analyzed: AnalyzedReport, reading: readonly string[]): AnalyzedReport {
  if (reading.length === 0) return analyzed;
  const warnings = reading.map((message) => ({ code: "reading", message }));
  return { ...analyzed, metadata: { ...analyzed.metadata, warnings: [...warnings, ...analyzed.metadata.warnings] } };
}

/** The decoder's notes on a stored original, read again (a re-analysis rebuilds them with everything else derived). */
export async function readingWarningsOf(bytes: Uint8Array, fileName?: string | null): Promise<string[]> {
  const decoded = await decodeDocument(bytes, { fileName: fileName ?? undefined });
  return "code" in decoded ? [] : decoded.warnings;
}

/**
 * Analyse stored text (traditional text through its simplified view, whose offsets are identical), then apply the
 * hand corrections: metadata, and sentence kinds and indicators (a correction that no longer applies is a warning).
 */
export function analyzeText(text: string, script: string, fileName?: string | null, corrections?: Corrections): AnalyzedReport {
  return analyzeView(script === "traditional" ? simplifiedView(text) : text, fileName, corrections);
}

/** analyzeText on the text's simplified view (the text itself when it is simplified). */
function analyzeView(view: string, fileName?: string | null, corrections?: Corrections): AnalyzedReport {
  const analyzed = analyzeReport(view, { fileName: fileName ?? undefined });
  const metadata = applyCorrections(analyzed.metadata, corrections ?? {}) as ReportMetadata;
  if (!corrections?.labels?.length) return { ...analyzed, metadata };
  const { sentences, outcomes } = applyLabelCorrections(analyzed.sentences, corrections.labels);
  const stale = outcomes.filter((o) => o.state === "stale").length;
  const warning = { code: "corrections-stale", message: `${stale}处人工改正不再适用（句子已变）/ ${stale} correction(s) no longer apply` };
  return { ...analyzed, sentences, metadata: stale ? { ...metadata, warnings: [...metadata.warnings, warning] } : metadata };
}
