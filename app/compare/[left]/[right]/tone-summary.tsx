import type { ToneSummary } from "@/lib/compare/row-tone";
import { TONE_LABELS, type ToneLevel } from "@/lib/compare/tone";

const LEVELS: ToneLevel[] = [4, 3, 2, 1];

/** A label and its count, never split across lines. */
function Count({ label, n, name }: { label: string; n: number; name?: string }) {
  return (
    <span className="whitespace-nowrap">
      {label} <span data-tone-count={name}>{n}</span>
    </span>
  );
}

function Side({ zh, counts }: { zh: string; counts: Record<ToneLevel, number> }) {
  return (
    <span className="block">
      {zh}{" "}
      {LEVELS.map((l, i) => (
        <span key={l}>
          {i > 0 && " · "}
          <Count label={`${TONE_LABELS[l].zh}级`} n={counts[l]} />
        </span>
      ))}
    </span>
  );
}

/** Effort-tone counts, on a line of their own: a second dimension, never added to the commitment tiles. */
export function ToneSummaryLine({ tone }: { tone: ToneSummary }) {
  return (
    <div className="mt-1 text-xs text-stone-700" data-tone-summary title="力度由任务句中修饰动词的词判断：坚决/全面 > 大力/着力/加快 > 积极/稳步/推动 > 稳妥/有序/探索/研究（见 README）">
      <span className="block">
        <span className="whitespace-nowrap font-medium">力度 Effort tone</span>（与承诺强弱分开计）：
        <Count label="加强" n={tone.stronger} name="stronger" /> · <Count label="减弱" n={tone.weaker} name="weaker" /> · <Count label="措辞变化" n={tone.reworded} name="reworded" />
      </span>
      <Side zh="左侧" counts={tone.left} />
      <Side zh="右侧" counts={tone.right} />
    </div>
  );
}
