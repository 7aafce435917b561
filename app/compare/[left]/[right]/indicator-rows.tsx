"use client";

import { INDICATOR_STATUS_LABELS } from "@/lib/format/compare-labels";
import type { PairCells } from "@/lib/compare/pair-cells";

/**
 * The 对照表's rows, rendered from tuples of strings (lib/compare/pair-cells.ts): on the server for the HTML and in the
 * browser on hydration, so the page payload carries the data instead of the element tree. Cell styles (bold metric,
 * value links, unbroken delta, the link column hidden in print) are in globals.css.
 */
function Value({ text, href }: { text: string | null; href: string | null }) {
  if (text === null || href === null) return <span className="text-stone-600">—</span>;
  return <a href={href}>{text}</a>;
}

export function IndicatorRows({ pairs, leftBase, rightBase }: { pairs: PairCells[]; leftBase: string; rightBase: string }) {
  return (
    <tbody>
      {pairs.map(([id, status, label, left, leftSentence, right, rightSentence, delta, reason]) => {
        const badge = INDICATOR_STATUS_LABELS[status];
        return (
          <tr key={id} id={id} data-status={status}>
            <td data-label="指标">{label}</td>
            <td data-label="左 Left"><Value text={left} href={leftSentence && `${leftBase}#${leftSentence}`} /></td>
            <td data-label="右 Right"><Value text={right} href={rightSentence && `${rightBase}#${rightSentence}`} /></td>
            <td data-label="差值 Δ">{delta}</td>
            <td data-label="状态">
              <span className={`badge ${badge?.tone ?? ""}`}>{badge?.zh ?? status}</span>
              <span className="reason">{reason}</span>
            </td>
            <td>
              <a href={`#${id}`} className="ind-link" aria-label={`${label}：本指标链接`}>链接</a>
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}
