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

/** readTone and compareTone for one comparison: a repeated sentence (or pair of sentences) is read once. */
function toneReader() {
  const cues = new Map<string, ToneCue[]>();
  const compared = new Map<string, ToneChange[]>();
  return {
    /** Tone is read from task sentences: a review's achievements (积极推进…取得成效) promise nothing. */
    cuesOf(side: RowSide | null): ToneCue[] {
      if (!side || side.kind === "achievement") return [];
      let found = cues.get(side.text);
      if (!found) cues.set(side.text, (found = readTone(side.text)));
      return found;
    },
    changesOf(left: string, right: string): ToneChange[] {
      const key = `${left}\u0000${right}`;
      let found = compared.get(key);
      if (!found) compared.set(key, (found = compareTone(left, right)));
      return found;
    },
  };
}

function rowTone(row: Row, reader: ReturnType<typeof toneReader>): RowTone | undefined {
  const left = reader.cuesOf(row.left);
  const right = reader.cuesOf(row.right);
  const changes = row.status === "changed" && left.length + right.length > 0 ? reader.changesOf(row.left!.text, row.right!.text) : [];
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
  const reader = toneReader();
  const rows = result.rows.map((row) => {
    const tone = rowTone(row, reader);
    return tone ? { ...row, tone } : row;
  });
  const count = (d: ToneChange["direction"]) => rows.reduce((n, r) => n + (r.tone?.changes.filter((c) => c.direction === d).length ?? 0), 0);
  return { ...result, rows, tone: { stronger: count("stronger"), weaker: count("weaker"), reworded: count("reworded"), left: levels(rows, "left"), right: levels(rows, "right") } };
}
