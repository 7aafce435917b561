// One stored text in, everything the reader needs out: sections, sentences with their kind, indicators.
import { detectMetadata, processText } from "@/lib/text";
import type { ProcessedText, ReportMetadata } from "@/lib/text/types";
import { classifySentences } from "./classify-sentences";
import { extractIndicators } from "./extract-indicators";
import type { AnalyzedReport, AnalyzedSentence } from "./types";

export function analyzeReport(stored: string, opts: { fileName?: string } = {}): AnalyzedReport {
  const text = typeof stored === "string" ? stored : "";
  const processed: ProcessedText = processText(text);
  const detected: ReportMetadata = detectMetadata(text, { fileName: opts.fileName, processed });
  // One list of warnings for the report: text warnings (truncated, repaired…) and metadata warnings (masked years…).
  const metadata: ReportMetadata = { ...detected, warnings: [...processed.warnings, ...detected.warnings] };
  const classifications = classifySentences(processed.sentences, processed.sections, metadata);
  const sentences: AnalyzedSentence[] = processed.sentences.map((sentence, i) => {
    const classification = classifications[i];
    return {
      ...sentence,
      ...classification,
      // Headings and run-in leads are titles (——八个15分钟服务圈。): their digits are names, not indicators.
      indicators: sentence.role === "body" ? extractIndicators(sentence.text, { kind: classification.kind, part: sentence.part, planYear: metadata.planYear }) : [],
    };
  });
  return { metadata, sections: processed.sections, sentences, warnings: processed.warnings };
}
