import type { ToneSummary } from "@/lib/compare/row-tone";
import { TONE_LABELS, type ToneLevel } from "@/lib/compare/tone";

const LEVELS: ToneLevel[] = [4, 3, 2, 1];
const side = (counts: Record<ToneLevel, number>) => LEVELS.map((l) => `${TONE_LABELS[l].zh}级 ${counts[l]}`).join(" · ");

/** Effort-tone counts, on a line of their own: a second dimension, never added to the commitment tiles. */
export function ToneSummaryLine({ tone }: { tone: ToneSummary }) {
  return (
    <p className="mt-1 text-xs text-stone-700" data-tone-summary title="力度由任务句中修饰动词的词判断：坚决/全面 > 大力/着力/加快 > 积极/稳步/推动 > 稳妥/有序/探索/研究（见 README）">
      <span className="font-medium">力度 Effort tone</span>（与承诺强弱分开计）：加强 <span data-tone-count="stronger">{tone.stronger}</span> · 减弱{" "}
      <span data-tone-count="weaker">{tone.weaker}</span> · 措辞变化 {tone.reworded}
      <span className="block sm:inline sm:before:content-['；']">左侧 {side(tone.left)}；右侧 {side(tone.right)}</span>
    </p>
  );
}
