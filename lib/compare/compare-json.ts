import type { z } from "zod";
import type { ReportHeader } from "@/lib/domain/report";
import type { compareJsonSchema } from "./compare-json-schema";
import type { CompareResult, IndicatorSide, KindChoice } from "./types";

/** The report part of the contract: the one report header (a file has no slug). */
export type CompareReportRef = ReportHeader;

/** The contract's type is its schema's. */
export type CompareJson = z.infer<typeof compareJsonSchema>;

/** The report part of the compare JSON contract, from any larger header (summary, metadata). */
export function reportRef(r: ReportHeader): CompareReportRef {
  return { slug: r.slug, title: r.title, region: r.region, reviewYear: r.reviewYear, planYear: r.planYear, kind: r.kind };
}

/** The documented JSON contract shared by `npx duizhao compare --json` and GET /api/compare (README). */
export function toCompareJson(input: {
  left: { report: CompareReportRef; kinds: KindChoice };
  right: { report: CompareReportRef; kinds: KindChoice };
  url: string | null;
  result: CompareResult;
}): CompareJson {
  const { result } = input;
  return {
    left: input.left,
    right: input.right,
    url: input.url,
    summary: result.summary,
    // Effort tone (tone.ts), apart from the commitment counts of summary; rows carry `tone` only where a cue was read.
    ...(result.tone ? { tone: result.tone } : {}),
    rows: result.rows.map((r) => ({
      id: r.id,
      status: r.status,
      similarity: r.similarity,
      left: r.left ? { id: r.left.id, text: r.left.text, kind: r.left.kind, ...(r.left.corrected ? { corrected: true as const } : {}) } : null,
      right: r.right ? { id: r.right.id, text: r.right.text, kind: r.right.kind, ...(r.right.corrected ? { corrected: true as const } : {}) } : null,
      diff: r.diff.map((d) => ({ op: d.op, text: d.text })),
      changes: r.changes.map((c) => ({ type: c.type, left: c.left, right: c.right })),
      ...(r.tone ? { tone: r.tone } : {}),
    })),
    indicators: result.indicators.map((i) => ({
      id: i.id,
      metric: i.metric,
      label: i.label,
      status: i.status,
      delta: i.delta,
      unit: i.unit,
      reason: i.reason,
      left: i.left ? jsonSide(i.left) : null,
      right: i.right ? jsonSide(i.right) : null,
      // Hand corrections (lib/corrections): optional, so the contract before them still holds.
      ...(i.corrected ? { corrected: i.corrected } : {}),
      // Five-year comparisons only: how the figure belongs to the period (added field).
      ...(i.period ? { period: i.period } : {}),
      // …and the heading that dated the target to the plan when its own sentence did not (added field).
      ...(i.periodHeading ? { periodHeading: i.periodHeading } : {}),
    })),
  };
}

function jsonSide(side: IndicatorSide) {
  return {
    value: side.value,
    ...(side.upper !== undefined ? { upper: side.upper } : {}),
    unit: side.unit,
    qualifiers: side.qualifiers,
    sentenceId: side.sentenceId,
    text: side.text,
    ...(side.corrected ? { corrected: true as const } : {}),
  };
}
