import type { ReaderSentence } from "@/lib/data/reports";
import type { Modality } from "@/lib/domain/indicator";
import { SENTENCE_KIND_LABELS } from "@/lib/format/labels";

const MODALITY: Record<Modality, string> = { target: "目标", actual: "实绩", estimate: "预计" };

/** A table cell holds the bare figure (8.5, 7左右) with its unit in another column: show it with its unit. */
function withUnit(text: string, scale: string | null, unit: string): string {
  if (!unit || text.includes(unit)) return text;
  return text.replace(/^([-+−－]?[\d.,，]+)/, `$1${scale ?? ""}${unit}`);
}

/** Every indicator of the report: metric, value as written, qualifier, and a link to its sentence. */
export function IndicatorTable({ sentences }: { sentences: ReaderSentence[] }) {
  const rows = sentences.flatMap((s) => s.indicators.map((i, n) => ({ ...i, sentence: s, key: `${s.index}-${n}` })));
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
              <td className="num py-1 pr-3 font-medium">{withUnit(r.text, r.scale, r.unit)}</td>
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
