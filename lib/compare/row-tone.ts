import { compareTone, readTone, type ToneChange, type ToneCue, type ToneLevel } from "./tone";
import type { CompareResult, Row, RowSide } from "./types";

export interface RowTone {
  left: ToneCue[];
  right: ToneCue[];
  changes: ToneChange[];
}

/** Effort-tone counts, kept apart from the commitment counts of `summary` (确保/力争 on targets). */
export interface ToneSummary {
  stronger: number;
  weaker: number;
  reworded: number;
  /** Sentences by their strongest cue, per side: { "4": n, … }; sentences without a cue are not counted. */
  left: Record<ToneLevel, number>;
  right: Record<ToneLevel, number>;
}

/** Tone is read from task sentences: a review's achievements (积极推进…取得成效) promise nothing. */
const cuesOf = (side: RowSide | null): ToneCue[] => (side && side.kind !== "achievement" ? readTone(side.text) : []);

function rowTone(row: Row): RowTone | undefined {
  const left = cuesOf(row.left);
  const right = cuesOf(row.right);
  const changes = row.status === "changed" && left.length + right.length > 0 ? compareTone(row.left!.text, row.right!.text) : [];
  return left.length || right.length ? { left, right, changes } : undefined;
}

function levels(rows: Row[], side: "left" | "right"): Record<ToneLevel, number> {
  const counts: Record<ToneLevel, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const row of rows) {
    const cues = row.tone?.[side] ?? [];
    if (cues.length) counts[Math.max(...cues.map((c) => c.level)) as ToneLevel]++;
  }
  return counts;
}

/** The comparison with each row's tone cues and changes, and the tone summary. */
export function withTone(result: CompareResult): CompareResult {
  const rows = result.rows.map((row) => {
    const tone = rowTone(row);
    return tone ? { ...row, tone } : row;
  });
  const count = (d: ToneChange["direction"]) => rows.reduce((n, r) => n + (r.tone?.changes.filter((c) => c.direction === d).length ?? 0), 0);
  return { ...result, rows, tone: { stronger: count("stronger"), weaker: count("weaker"), reworded: count("reworded"), left: levels(rows, "left"), right: levels(rows, "right") } };
}
