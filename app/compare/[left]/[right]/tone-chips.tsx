import type { RowTone } from "@/lib/compare/row-tone";
import { strongestCue, TONE_LABELS, type ToneCue, type ToneChange } from "@/lib/compare/tone";

const LEVEL_TONE: Record<number, string> = {
  4: "bg-indigo-100 text-indigo-950",
  3: "bg-indigo-50 text-indigo-900",
  2: "bg-slate-100 text-slate-800",
  1: "bg-teal-50 text-teal-900",
};

const DIRECTION: Record<ToneChange["direction"], { zh: string; tone: string }> = {
  stronger: { zh: "力度加强", tone: "bg-indigo-100 text-indigo-950" },
  weaker: { zh: "力度减弱", tone: "bg-orange-100 text-orange-950" },
  reworded: { zh: "力度措辞", tone: "bg-stone-100 text-stone-800" },
};

/** The cue in the words that follow it, the cue itself marked: 「全面防范化解」 with 全面 highlighted. */
function CueChip({ cue, side }: { cue: ToneCue; side: "左" | "右" }) {
  const at = cue.clause.indexOf(cue.word);
  const after = cue.clause.slice(at + cue.word.length, at + cue.word.length + 5);
  return (
    <span className={`chip ${LEVEL_TONE[cue.level]}`} data-tone-level={cue.level} title={`力度 ${cue.level}/4（${TONE_LABELS[cue.level].zh}级，自动判断）：${cue.reason}`}>
      {side} 力度{cue.level}：<mark className="bg-yellow-200 text-inherit">{cue.word}</mark>
      {after}…
    </span>
  );
}

/** A row's effort tone: the strongest cue of each side, and how it moved between aligned sentences. */
export function ToneChips({ tone }: { tone: RowTone }) {
  const left = strongestCue(tone.left);
  const right = strongestCue(tone.right);
  return (
    <span className="contents" data-tone>
      {tone.changes.map((c, i) => (
        <span key={i} className={`chip ${DIRECTION[c.direction].tone}`} data-tone-change={c.direction} title={`同一动词“${c.verb}”前的修饰语由 ${c.left ?? "（无）"} 变为 ${c.right ?? "（无）"}（自动判断）`}>
          {DIRECTION[c.direction].zh}：{c.left ?? "∅"}{c.verb} → {c.right ?? "∅"}{c.verb}
        </span>
      ))}
      {tone.changes.length === 0 && left && <CueChip cue={left} side="左" />}
      {tone.changes.length === 0 && right && <CueChip cue={right} side="右" />}
    </span>
  );
}
