// The documented JSON contract of an analysed report (export, API, CLI). Keep it in step with report-json-schema.ts.
import type { TextWarning } from "@/lib/text/types";
import type { AnalyzedReport, IndicatorType, Modality, Part, Role, SentenceKind } from "./types";

export interface ReportJsonIndicator {
  metric: string;
  label: string;
  value: number;
  unit: string;
  scale: string | null;
  type: IndicatorType;
  qualifiers: string[];
  modality: Modality;
  text: string;
  start: number;
  end: number;
  /** A range (6%-6.5%): value is the lower bound, upper the upper one. Absent for a single number. */
  upper?: number;
  /** A ratio (73.52:24.77:1.71): its components. */
  parts?: number[];
  /** 由X增长至Y: X is "before", Y "after". */
  phase?: "before" | "after";
  /** 比上年增加1500亿元: a change against the year before in the metric's own unit. */
  increment?: boolean;
  /** The figure belongs to another place than the report's region (杭州市, 全省…). */
  place?: string;
}

export interface ReportJsonSentence {
  id: string;
  index: number;
  text: string;
  start: number;
  end: number;
  role: Role;
  kind: SentenceKind;
  subtype: "problem" | null;
  section: { part: Part; heading: string | null };
  reason: string;
  confidence: number;
  indicators: ReportJsonIndicator[];
}

export interface ReportJson {
  report: {
    slug: string;
    title: string;
    region: string | null;
    /** GB/T 2260 code (330106; 000000 for 全国) and the unit above it. */
    regionCode: string | null;
    regionParent: { code: string; name: string } | null;
    reviewYear: number | null;
    planYear: number | null;
    inferred: string[];
    kind: string;
    warnings: TextWarning[];
  };
  sentences: ReportJsonSentence[];
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
      })),
    })),
  };
}
