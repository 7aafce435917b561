import type { IndicatorPair, IndicatorSide } from "@/lib/compare/types";
import { INDICATOR_STATUS_LABELS } from "@/lib/format/compare-labels";
import { displayValue, formatPairDelta } from "@/lib/compare/format";

function SideValue({ side, slug }: { side: IndicatorSide | null; slug: string }) {
  if (!side) return <span className="text-stone-600">—</span>;
  return (
    <a href={`/reports/${slug}#${side.sentenceId}`} className="ind-val" title="打开原句">
      {displayValue(side)}
    </a>
  );
}

/**
 * 对照表: metric, left value, right value, delta, status (with its reason), a link to the pair. Below 768 px each
 * pair is a card (globals.css: .indicator-table), every cell labelled, so no column hides off screen.
 */
export function IndicatorPairsTable({ pairs, leftSlug, rightSlug, leftName, rightName }: { pairs: IndicatorPair[]; leftSlug: string; rightSlug: string; leftName: string; rightName: string }) {
  if (pairs.length === 0) return <p className="text-stone-600">没有符合条件的指标 / no indicators to compare</p>;
  return (
    <table className="indicator-table w-full border-collapse text-sm">
      <caption className="pb-1 text-left text-xs text-stone-600">左 Left：{leftName} · 右 Right：{rightName}</caption>
      <thead>
        <tr className="border-b-2 border-stone-300 text-left">
          <th className="py-1.5 pr-3">指标 Metric</th>
          <th className="py-1.5 pr-3">{leftName}</th>
          <th className="py-1.5 pr-3">{rightName}</th>
          <th className="py-1.5 pr-3">差值 Δ</th>
          <th className="py-1.5 pr-3">状态 Status</th>
          <th className="no-print py-1.5"><span className="sr-only">链接 Link</span></th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((p) => {
          const status = INDICATOR_STATUS_LABELS[p.status];
          return (
            <tr key={p.id} id={p.id} data-status={p.status} className="border-b border-stone-200 align-top">
              <td className="font-medium" data-label="指标">{p.label}</td>
              <td data-label="左 Left"><SideValue side={p.left} slug={leftSlug} /></td>
              <td data-label="右 Right"><SideValue side={p.right} slug={rightSlug} /></td>
              <td className="num" data-label="差值 Δ">{formatPairDelta(p)}</td>
              <td data-label="状态">
                <span className={`badge ${status?.tone ?? ""}`}>{status?.zh ?? p.status}</span>
                <span className="reason">{p.reason}</span>
              </td>
              <td className="no-print" data-label="">
                <a href={`#${p.id}`} className="text-xs text-stone-600 underline underline-offset-2 hover:text-blue-700" aria-label={`${p.label}：本指标链接`} title="本指标永久链接 / permalink">链接</a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
