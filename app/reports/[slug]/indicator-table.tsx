import type { ReaderSentence } from "@/lib/data/reports";
import type { Modality } from "@/lib/domain/indicator";
import { SENTENCE_KIND_LABELS } from "@/lib/format/labels";

const MODALITY: Record<Modality, string> = { target: "目标", actual: "实绩", estimate: "预计" };

/** A table cell holds the bare figure (8.5, 7左右) with its unit in another column: show it with its unit. */
function withUnit(text: string, scale: string | null, unit: string): string {
  if (!unit || text.includes(unit)) return text;
  return text.replace(/^([-+−－]?[\d.,，]+)/, `$1${scale ?? ""}${unit}`);
}

type Row = ReaderSentence["indicators"][number] & { sentence: ReaderSentence; key: string };

/**
 * 改正: the figure was corrected by hand. Like the sentence's badge, its explanation (what the analysis read, and the
 * note) shows on hover and on keyboard focus, and screen readers get it as the badge's description.
 */
function CorrectedMark({ row }: { row: Row }) {
  const mark = row.correction;
  if (!mark) return null;
  const tipId = `fix-why-${row.key}`;
  const auto = mark.auto;
  return (
    <span className="has-reason relative mt-0.5 block w-fit sm:ml-1 sm:mt-0 sm:inline-block" tabIndex={0} aria-describedby={tipId} data-corrected>
      <span className="corrected-badge">改正</span>
      <span id={tipId} role="tooltip" className="reason-tip absolute left-0 top-full z-20 mt-1 w-64 max-w-[80vw] rounded border border-stone-300 bg-white p-2 text-xs font-normal leading-relaxed text-stone-700 shadow-lg">
        人工改正 · 自动：{auto.label}「{auto.text}」
        {mark.note ? <>；说明：{mark.note}</> : null}
      </span>
    </span>
  );
}

/** Every indicator of the report: metric, value as written, qualifier, and a link to its sentence. */
export function IndicatorTable({ sentences }: { sentences: ReaderSentence[] }) {
  const rows: Row[] = sentences.flatMap((s) => s.indicators.map((i, n) => ({ ...i, sentence: s, key: `${s.index}-${n}` })));
  if (rows.length === 0) return <p className="text-stone-500">没有识别出指标 / no indicators found</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th className="py-1 pr-3">指标 Metric</th>
            <th className="py-1 pr-3">数值 Value</th>
            <th className="py-1 pr-3">限定 Qualifier</th>
            <th className="py-1 pr-3">性质</th>
            <th className="py-1">句子</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-stone-100 align-top">
              <td className="py-1 pr-3">
                {r.label}
                {r.place ? (
                  <span className="ml-1 rounded bg-stone-100 px-1 text-xs text-stone-700" title="这一数字属于其他地区，不与本地区的目标或实绩对照">
                    {r.place}的数字
                  </span>
                ) : null}
                <span className="block text-xs text-stone-600">{r.metric}</span>
              </td>
              <td className="num py-1 pr-3 font-medium">
                {withUnit(r.text, r.scale, r.unit)}
                {r.phase === "before" ? (
                  <span className="ml-1 rounded bg-stone-100 px-1 text-xs text-stone-700" title="变化前的数字（由…增长到…的起点，或表中上年的目标），不作本年的目标或实绩对照 / the figure a change starts from">
                    起点
                  </span>
                ) : null}
                <CorrectedMark row={r} />
              </td>
              <td className="py-1 pr-3">{r.qualifiers.join("、") || "—"}</td>
              <td className="py-1 pr-3">
                {MODALITY[r.modality] ?? r.modality} · {SENTENCE_KIND_LABELS[r.sentence.kind]?.zh}
              </td>
              <td className="py-1">
                <a href={`#s-${r.sentence.index}`} className="text-blue-700 hover:underline">
                  s-{r.sentence.index}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
