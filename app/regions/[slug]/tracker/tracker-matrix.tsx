import { lineName } from "@/lib/tracker/build-tracker";
import type { Tracker } from "@/lib/tracker/link-tracker";
import { lineAnchor } from "./metric-figure";
import { SentenceLink } from "./sentence-link";
import { StatusBadge } from "./status-badge";

/** One line per metric, one column per judged year: target → result and the verdict, each figure linking to its sentence. */
export function TrackerMatrix({ tracker }: { tracker: Tracker }) {
  // Judged years with at least one target: the others are explained in the totals table above.
  const years = tracker.years.filter((y) => y.state === "paired" && y.totals.targets > 0);
  return (
    <section aria-labelledby="matrix" className="space-y-2">
      <h2 id="matrix" className="text-lg font-semibold">承诺对照表 <span className="text-sm font-normal text-stone-600">Each target of year N against the result in year N+1</span></h2>
      <p className="text-sm text-stone-600">每格：第N年目标 → 第N+1年报告中的实绩；数字链接到原句，判断链接到该行的理由。没有列出的年份见上表说明。</p>
      <div className="overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="min-w-full text-sm" aria-label="承诺对照表">
          <thead className="bg-stone-50 text-left text-stone-600">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-stone-50 px-2 py-1">指标</th>
              {years.map((y) => <th key={y.year} scope="col" className="px-2 py-1 whitespace-nowrap">{y.year}年目标</th>)}
            </tr>
          </thead>
          <tbody>
            {tracker.lines.map((line) => {
              const cells = new Map(line.cells.map((c) => [c.year, c]));
              return (
                <tr key={line.key} data-line={line.key} className="border-t border-stone-100 align-top">
                  <th scope="row" className="sticky left-0 z-10 min-w-[6rem] max-w-[9rem] bg-white px-2 py-1 text-left font-medium">
                    <a href={`#${lineAnchor(line.key)}`} className="hover:underline">{lineName(line)}</a>
                  </th>
                  {years.map((y) => {
                    const c = cells.get(y.year);
                    return (
                      <td key={y.year} data-year={y.year} className="px-2 py-1">
                        {c ? (
                          <span className="flex flex-col gap-0.5">
                            <span><SentenceLink side={c.target} role="目标" /> → {c.result ? <SentenceLink side={c.result} role="实绩" /> : <span className="text-stone-500">—</span>}</span>
                            <a href={`#${lineAnchor(line.key)}`} title={c.reason}><StatusBadge status={c.status} /></a>
                          </span>
                        ) : (
                          <span className="text-stone-400" aria-label="该年没有此目标">·</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
