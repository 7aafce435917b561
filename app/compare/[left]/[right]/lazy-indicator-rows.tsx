"use client";

import { useEffect, useState } from "react";
import type { PairCells } from "@/lib/compare/pair-cells";
import { IndicatorRows } from "./indicator-rows";

/**
 * The folded 对照表's rows, loaded when the table is first opened (GET /api/compare/indicators), so a page whose table
 * nobody opens does not carry hundreds of pairs (decision 011d). A view about indicators (a metric or verdict filter,
 * a linked #i-…, a table page) renders the rows on the server instead.
 */
export function LazyIndicatorRows({ src, leftBase, rightBase }: { src: string; leftBase: string; rightBase: string }) {
  const [pairs, setPairs] = useState<PairCells[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const details = document.getElementById("indicator-table");
    if (!(details instanceof HTMLDetailsElement) || pairs) return;
    let cancelled = false;
    const load = () => {
      if (!details.open) return;
      details.removeEventListener("toggle", load);
      setFailed(false);
      fetch(src, { headers: { accept: "application/json" } })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((body: { pairs: PairCells[] }) => !cancelled && setPairs(body.pairs))
        .catch(() => {
          if (cancelled) return;
          setFailed(true);
          details.addEventListener("toggle", load);
        });
    };
    details.addEventListener("toggle", load);
    load();
    return () => {
      cancelled = true;
      details.removeEventListener("toggle", load);
    };
  }, [src, pairs]);

  if (pairs) return <IndicatorRows pairs={pairs} leftBase={leftBase} rightBase={rightBase} />;
  return (
    <tbody data-loading-pairs>
      <tr>
        <td colSpan={6} className="py-2 text-stone-700" role="status">
          {failed ? "载入失败，请收起后重新展开 / could not load the table; close and open it again." : "载入中… / loading…"}
        </td>
      </tr>
    </tbody>
  );
}
