// The documented JSON contract of an analysed report (export, API, CLI): its types are those of its schema.
import type { z } from "zod";
import type { TextWarning } from "@/lib/text/types";
import type { reportJsonIndicatorSchema, reportJsonSchema, reportJsonSentenceSchema } from "./report-json-schema";
import type { AnalyzedReport } from "./types";

export type ReportJsonIndicator = z.infer<typeof reportJsonIndicatorSchema>;
export type ReportJsonSentence = z.infer<typeof reportJsonSentenceSchema>;
export type ReportJson = z.infer<typeof reportJsonSchema>;

/** A hand correction's mark as the JSON says it (optional fields, absent on what nobody corrected). */
function correctedFields(item: object): { corrected?: true; note?: string } {
  const mark = (item as { correction?: { note?: string } | null }).correction;
  if (!mark) return {};
  return mark.note ? { corrected: true, note: mark.note } : { corrected: true };
}

export function toReportJson(slug: string, analyzed: AnalyzedReport): ReportJson {
  const { metadata } = analyzed;
  const headings = new Map(analyzed.sections.map((s) => [s.index, s.heading]));
  const warnings: TextWarning[] = [];
  const seen = new Set<string>();
  for (const w of [...(analyzed.warnings ?? []), ...metadata.warnings]) {
    const key = `${w.code}\u0000${w.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      warnings.push({ code: w.code, message: w.message });
    }
  }
  return {
    report: {
      slug,
      title: metadata.title,
      region: metadata.region,
      regionCode: metadata.regionCode ?? null,
      regionParent: metadata.regionParent ? { ...metadata.regionParent } : null,
      reviewYear: metadata.reviewYear,
      planYear: metadata.planYear,
      inferred: [...metadata.inferred],
      kind: metadata.kind,
      warnings,
    },
    sentences: analyzed.sentences.map((s) => ({
      id: `s-${s.index}`,
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
      role: s.role,
      kind: s.kind,
      subtype: s.subtype,
      section: { part: s.part, heading: s.sectionIndex === null ? null : headings.get(s.sectionIndex) ?? null },
      reason: s.reason,
      confidence: Math.round(s.confidence * 100) / 100,
      indicators: s.indicators.map((i) => ({
        metric: i.metric,
        label: i.label,
        value: i.value,
        unit: i.unit,
        scale: i.scale,
        type: i.type,
        qualifiers: [...i.qualifiers],
        modality: i.modality,
        text: i.text,
        start: i.start,
        end: i.end,
        ...(i.upper !== undefined ? { upper: i.upper } : {}),
        ...(i.parts ? { parts: [...i.parts] } : {}),
        ...(i.phase ? { phase: i.phase } : {}),
        ...(i.increment ? { increment: true } : {}),
        ...(i.place ? { place: i.place } : {}),
        ...correctedFields(i),
      })),
      ...correctedFields(s),
    })),
  };
}
