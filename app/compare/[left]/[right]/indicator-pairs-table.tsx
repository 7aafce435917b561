import type { ReactNode } from "react";

/**
 * 对照表: metric, left value, right value, delta, status (with its reason), a link to the pair. Below 768 px each
 * pair is a card (globals.css: .indicator-table), every cell labelled, so no column hides off screen. The body is
 * IndicatorRows (rendered with the page) or LazyIndicatorRows (loaded when the folded table opens).
 */
export function IndicatorPairsTable({ count, leftName, rightName, children }: { count: number; leftName: string; rightName: string; children: ReactNode }) {
  if (count === 0) return <p className="text-stone-600">没有符合条件的指标 / no indicators to compare</p>;
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
      {children}
    </table>
  );
}
