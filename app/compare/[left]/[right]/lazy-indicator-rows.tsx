"use client";

import type { PairCells } from "@/lib/compare/pair-cells";
import { IndicatorRows } from "./indicator-rows";
import { FAILED_TEXT, LOADING_TEXT, useLoadOnOpen } from "./use-load-on-open";

/**
 * The folded 对照表's rows, loaded when the table is first opened (GET /api/compare/indicators), so a page whose table
 * nobody opens does not carry hundreds of pairs (decision 011d). A view about indicators (a metric or verdict filter,
 * a linked #i-…, a table page) renders the rows on the server instead. The rows are also fetched once the browser is idle
 * (not with the page), so that printing the folded view prints the 对照表 (globals.css shows a folded table in print).
 * `withoutScript` is a URL of the same view whose table the server renders open, offered when scripts do not run.
 */
export function LazyIndicatorRows({ src, leftBase, rightBase, withoutScript }: { src: string; leftBase: string; rightBase: string; withoutScript?: string }) {
  const { data, failed } = useLoadOnOpen<{ pairs: PairCells[] }>("indicator-table", src, { whenIdle: true });
  if (data) return <IndicatorRows pairs={data.pairs} leftBase={leftBase} rightBase={rightBase} />;
  return (
    <tbody data-loading-pairs>
      <tr>
        <td colSpan={6} className="py-2 text-stone-700" role="status">
          <span data-needs-script>{failed ? FAILED_TEXT : LOADING_TEXT}</span>
          {/* Without JavaScript nothing loads: the same view with the table rendered on the server instead (decision 014c). */}
          {withoutScript ? (
            <noscript>
              <style>{"[data-loading-pairs] [data-needs-script]{display:none}"}</style>
              <a href={withoutScript} className="text-blue-800 underline">在页面中打开对照表 / open the table in the page</a>
            </noscript>
          ) : null}
        </td>
      </tr>
    </tbody>
  );
}
