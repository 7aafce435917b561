import type { CompareResult, IndicatorSide, KindChoice } from "./types";

export interface CompareReportRef {
  slug: string | null;
  title: string;
  region: string | null;
  reviewYear: number | null;
  planYear: number | null;
  kind: string;
}

/** The documented JSON contract shared by `npx duizhao compare --json` and GET /api/compare (README). */
export function toCompareJson(input: {
  left: { report: CompareReportRef; kinds: KindChoice };
  right: { report: CompareReportRef; kinds: KindChoice };
  url: string | null;
  result: CompareResult;
}) {
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
      left: r.left ? { id: r.left.id, text: r.left.text, kind: r.left.kind } : null,
      right: r.right ? { id: r.right.id, text: r.right.text, kind: r.right.kind } : null,
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
    })),
  };
}

export type CompareJson = ReturnType<typeof toCompareJson>;

function jsonSide(side: IndicatorSide) {
  return {
    value: side.value,
    ...(side.upper !== undefined ? { upper: side.upper } : {}),
    unit: side.unit,
    qualifiers: side.qualifiers,
    sentenceId: side.sentenceId,
    text: side.text,
  };
}
