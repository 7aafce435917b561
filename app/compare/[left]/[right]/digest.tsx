import type { IndicatorPair } from "@/lib/compare/types";
import type { Headline } from "@/lib/compare/headline";
import { displayValue, formatPairDelta } from "@/lib/compare/format";
import { INDICATOR_STATUS_LABELS } from "@/lib/format/compare-labels";
import { atHref } from "@/lib/url/page-params";

function HeadlineCard({ pair, href }: { pair: IndicatorPair; href: string }) {
  const status = INDICATOR_STATUS_LABELS[pair.status];
  return (
    <li>
      <a href={href} className="block h-full rounded border border-stone-200 bg-white px-3 py-2 hover:border-blue-400" title={pair.reason}>
        <span className="block font-medium text-stone-900">{pair.label}</span>
        <span className="mt-0.5 flex flex-wrap items-baseline gap-x-2 text-sm text-stone-800">
          <span className={`shrink-0 rounded px-1.5 text-xs font-medium ${status?.tone ?? ""}`}>{status?.zh ?? pair.status}</span>
          <span className="num">{pair.left ? displayValue(pair.left) : "—"}</span>
          <span aria-label="对照">→</span>
          <span className="num">{pair.right ? displayValue(pair.right) : "未报告"}</span>
          {pair.delta != null && <span className="num text-stone-600">Δ {formatPairDelta(pair)}</span>}
        </span>
      </a>
    </li>
  );
}

/** 主要变化: headline indicators with their verdicts and deltas, before anything else. */
/**
 * Each card links to its pair with ?at= (the view's own URL plus at=, like the tracker's links): the 对照表 is folded, so the
 * server must know which pair to open, instead of the page reloading itself to find it.
 */
export function Digest({ headline, changedRows, filtered, viewHref }: { headline: Headline; changedRows: number; filtered: boolean; viewHref: string }) {
  return (
    <section aria-labelledby="digest-title" className="space-y-2">
      <h2 id="digest-title" className="text-lg font-semibold">
        主要变化 <span className="text-sm font-normal text-stone-600">Key changes</span>
      </h2>
      {headline.pairs.length > 0 ? (
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4" data-digest>
          {headline.pairs.map((p) => <HeadlineCard key={p.id} pair={p} href={atHref(viewHref, p.id)} />)}
        </ul>
      ) : (
        <p className="text-stone-700" data-digest>
          {filtered ? "没有符合筛选条件的主要指标 / no headline indicator matches the filters." : "主要指标没有变化 / no headline indicator changed."}
        </p>
      )}
      <p className="text-sm text-stone-600">
        {headline.more > 0 && <>另有 {headline.more} 个主要指标见下方对照表 · </>}
        {headline.same > 0 && <>{headline.same} 个主要指标两侧相同 · </>}
        {changedRows > 0 && <a href="#rows-title" className="text-blue-800 underline underline-offset-2">{changedRows} 句有变化 ↓</a>}
      </p>
    </section>
  );
}
