import type { Row } from "./types";
import type { SentenceKind } from "@/lib/domain";
import type { RowTone } from "./row-tone";
import { strongestCue, TONE_LABELS, type ToneCue } from "./tone";

/**
 * One sentence row as RowItem renders it: plain strings and numbers (decision 011d). The rows are now rendered on the
 * server only and sent in the HTML alone (decision 012b); the cells keep the row's rendering apart from the tone rules.
 */
export interface RowCells {
  id: string;
  status: Row["status"];
  /** Similarity in whole percent, for changed rows. */
  similarity?: number;
  /** Visited by 下一处 (data-nav). */
  nav?: 1;
  /** [sentence id, kind] of each side, null when the side is missing; a third element 1 when the kind was corrected by hand. */
  left: [string, SentenceKind] | [string, SentenceKind, 1] | null;
  right: [string, SentenceKind] | [string, SentenceKind, 1] | null;
  /** Same and unmatched rows: each side's text. */
  texts?: [string | null, string | null];
  /** Changed rows: the diff, 0 equal, 1 deleted (left), 2 inserted (right). */
  diff?: [0 | 1 | 2, string][];
  /** [type, left, right] of each change (chips). */
  changes?: [Row["changes"][number]["type"], string | null, string | null][];
  tone?: ToneChip[];
}

const sideCell = (s: NonNullable<Row["left"]>): NonNullable<RowCells["left"]> => (s.corrected ? [s.id, s.kind, 1] : [s.id, s.kind]);

/** A tone chip, worked out on the server (the tone rules stay out of the browser bundle). */
export type ToneChip =
  | { change: "stronger" | "weaker" | "reworded"; title: string; text: string }
  | { level: number; title: string; side: "左" | "右"; word: string; after: string };

const OPS = { equal: 0, delete: 1, insert: 2 } as const;

function cueChip(cue: ToneCue, side: "左" | "右"): ToneChip {
  const at = cue.clause.indexOf(cue.word);
  const after = cue.clause.slice(at + cue.word.length, at + cue.word.length + 5);
  return { level: cue.level, side, word: cue.word, after, title: `力度 ${cue.level}/4（${TONE_LABELS[cue.level].zh}级，自动判断）：${cue.reason}` };
}

/** A row's effort tone: how it moved between aligned sentences, or else the strongest cue of each side. */
export function toneChips(tone: RowTone): ToneChip[] {
  if (tone.changes.length > 0) {
    return tone.changes.map((c) => ({
      change: c.direction,
      title: `同一动词“${c.verb}”前的修饰语由 ${c.left ?? "（无）"} 变为 ${c.right ?? "（无）"}（自动判断）`,
      text: `${c.left ?? "∅"}${c.verb} → ${c.right ?? "∅"}${c.verb}`,
    }));
  }
  const left = strongestCue(tone.left);
  const right = strongestCue(tone.right);
  return [...(left ? [cueChip(left, "左")] : []), ...(right ? [cueChip(right, "右")] : [])];
}

export function rowCells(row: Row, nav: boolean): RowCells {
  return {
    id: row.id,
    status: row.status,
    ...(row.status === "changed" && row.similarity != null ? { similarity: Math.round(row.similarity * 100) } : {}),
    ...(nav ? { nav: 1 as const } : {}),
    left: row.left ? sideCell(row.left) : null,
    right: row.right ? sideCell(row.right) : null,
    ...(row.status === "changed"
      ? { diff: row.diff.map((d): [0 | 1 | 2, string] => [OPS[d.op], d.text]) }
      : { texts: [row.left?.text ?? null, row.right?.text ?? null] as [string | null, string | null] }),
    ...(row.changes.length ? { changes: row.changes.map((c): [typeof c.type, string | null, string | null] => [c.type, c.left, c.right]) } : {}),
    ...(row.tone ? { tone: toneChips(row.tone) } : {}),
  };
}
