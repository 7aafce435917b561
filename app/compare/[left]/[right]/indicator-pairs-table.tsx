import type { IndicatorPair, IndicatorSide } from "@/lib/compare/types";
import { INDICATOR_STATUS_LABELS } from "@/lib/format/compare-labels";
import { displayValue, formatDelta } from "@/lib/compare/format";

function SideValue({ side, slug }: { side: IndicatorSide | null; slug: string }) {
  if (!side) return <span className="text-stone-600">—</span>;
  return (
    <a href={`/reports/${slug}#${side.sentenceId}`} className="num text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800" title="在原报告中打开这一句">
      {displayValue(side)}
    </a>
  );
}

function deltaText(pair: IndicatorPair): string {
  if (pair.delta == null) return "—";
  if (pair.unit === "个百分点") return formatDelta(pair.delta, "%", null);
  const size = Math.abs(pair.delta);
  return formatDelta(pair.delta, pair.unit, size >= 1e8 ? "亿" : size >= 1e4 ? "万" : null);
}

/** 对照表: metric, left value, right value, delta, status (with its reason), links to both sentences. */
export function IndicatorPairsTable({ pairs, leftSlug, rightSlug, leftName, rightName }: { pairs: IndicatorPair[]; leftSlug: string; rightSlug: string; leftName: string; rightName: string }) {
  if (pairs.length === 0) return <p className="text-stone-500">两侧都没有可对照的指标 / no indicators to compare</p>;
  return (
    <div className="overflow-x-auto">
      <table className="indicator-table w-full min-w-[40rem] border-collapse text-sm">
        <thead>
          <tr className="border-b-2 border-stone-300 text-left">
            <th className="py-1.5 pr-3">指标 Metric</th>
            <th className="py-1.5 pr-3">{leftName}</th>
            <th className="py-1.5 pr-3">{rightName}</th>
            <th className="py-1.5 pr-3">差值 Δ</th>
            <th className="py-1.5 pr-3">状态 Status</th>
            <th className="no-print py-1.5">链接</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((p) => {
            const status = INDICATOR_STATUS_LABELS[p.status];
            return (
              <tr key={p.id} id={p.id} data-status={p.status} className="scroll-mt-32 border-b border-stone-100 align-top">
                <td className="py-1.5 pr-3">
                  {p.label}
                </td>
                <td className="py-1.5 pr-3"><SideValue side={p.left} slug={leftSlug} /></td>
                <td className="py-1.5 pr-3"><SideValue side={p.right} slug={rightSlug} /></td>
                <td className="num py-1.5 pr-3">{deltaText(p)}</td>
                <td className="py-1.5 pr-3">
                  <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${status?.tone ?? ""}`}>{status?.zh ?? p.status}</span>
                  <span className="mt-0.5 block text-xs text-stone-500">{p.reason}</span>
                </td>
                <td className="no-print py-1.5">
                  <a href={`#${p.id}`} className="text-xs text-stone-600 hover:text-blue-700" aria-label={`${p.label}：本指标链接`} title="本指标永久链接 / permalink">链接</a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
