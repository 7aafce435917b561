import Link from "next/link";
import type { TrackerPeriod } from "@/lib/tracker/link-tracker";
import { SentenceLink } from "./sentence-link";
import { StatusBadge } from "./status-badge";

/** Five-year plans: each plan's targets over the years (年均, 累计) and for its end against the review delivered after it ends. */
export function PeriodSection({ periods }: { periods: TrackerPeriod[] }) {
  if (!periods.length) return null;
  return (
    <section aria-labelledby="periods" className="space-y-3">
      <h2 id="periods" className="text-lg font-semibold">五年规划目标 <span className="text-sm font-normal text-stone-600">Five-year targets against the five-year review</span></h2>
      <p className="max-w-3xl text-sm text-stone-700">
        五年规划第一年的报告提出的五年目标（今后五年年均、累计，整个时期的变化，以及到规划期末要达到的水平），对照规划期结束后第一份报告对这五年的回顾。判断规则与对照页相同。
      </p>
      {periods.map((p) => (
        <div key={p.start} data-period={p.name} className="rounded border border-stone-200 bg-white p-3">
          <h3 className="font-medium">
            “{p.name}” {p.start}—{p.end}年
            {p.compareHref ? <> · <Link href={p.compareHref} className="text-sm font-normal text-blue-800 underline">对照页</Link></> : null}
          </h3>
          <p className="text-sm text-stone-600">{p.note}</p>
          {p.cells.length ? (
            <div className="mt-2 overflow-x-auto">
              <table className="min-w-full text-sm" aria-label={`“${p.name}”目标与五年回顾`}>
                <thead className="text-left text-stone-600">
                  <tr><th scope="col" className="px-2 py-1">指标</th><th scope="col" className="px-2 py-1">目标</th><th scope="col" className="px-2 py-1">五年实绩</th><th scope="col" className="px-2 py-1">判断</th><th scope="col" className="hidden px-2 py-1 sm:table-cell">理由</th></tr>
                </thead>
                {/* On a phone the reason goes on a row of its own under the figures, so the four columns fit the width. */}
                {p.cells.map((c) => (
                  <tbody key={c.lineKey} className="border-t border-stone-100">
                    <tr data-line={c.lineKey} className="align-top">
                      <th scope="row" className="px-2 py-1 text-left font-medium sm:min-w-[8rem]">{c.lineName}</th>
                      <td className="px-2 py-1"><SentenceLink side={c.target} role="目标" /></td>
                      <td className="px-2 py-1">{c.result ? <SentenceLink side={c.result} role="实绩" /> : "—"}</td>
                      <td className="px-2 py-1"><StatusBadge status={c.status} /></td>
                      <td className="hidden min-w-[12rem] px-2 py-1 text-stone-700 sm:table-cell"><Reason reason={c.reason} why={c.why} /></td>
                    </tr>
                    <tr className="sm:hidden">
                      <td colSpan={4} className="px-2 pb-2 text-stone-700"><Reason reason={c.reason} why={c.why} /></td>
                    </tr>
                  </tbody>
                ))}
              </table>
            </div>
          ) : null}
        </div>
      ))}
    </section>
  );
}

function Reason({ reason, why }: { reason: string; why: string }) {
  return (
    <>
      {reason}
      <span className="block text-xs text-stone-500">入选：{why}</span>
    </>
  );
}
