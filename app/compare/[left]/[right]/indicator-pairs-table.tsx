import type { IndicatorPair, IndicatorSide } from "@/lib/compare/types";
import { IndicatorRows, type PairCells } from "./indicator-rows";
import { displayValue, formatPairDelta } from "@/lib/compare/format";

function cellsOf(p: IndicatorPair): PairCells {
  // A figure or a pairing corrected by hand says so (lib/corrections): 改正 after the value, 人工配对/拆开 before the reason.
  const side = (v: IndicatorSide | null) => (v ? `${displayValue(v)}${v.corrected ? "（改正）" : ""}` : null);
  const reason = p.corrected ? `【${p.corrected === "paired" ? "人工配对" : "人工拆开"}】${p.reason}` : p.reason;
  return [p.id, p.status, p.label, side(p.left), p.left?.sentenceId ?? null, side(p.right), p.right?.sentenceId ?? null, formatPairDelta(p), reason];
}

/**
 * 对照表: metric, left value, right value, delta, status (with its reason), a link to the pair. Below 768 px each
 * pair is a card (globals.css: .indicator-table), every cell labelled, so no column hides off screen. Row styles live in
 * globals.css rather than on each row: a report has hundreds of pairs, and every attribute is sent twice (HTML and payload).
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
      <IndicatorRows pairs={pairs.map(cellsOf)} leftBase={`/reports/${leftSlug}`} rightBase={`/reports/${rightSlug}`} />
    </table>
  );
}
