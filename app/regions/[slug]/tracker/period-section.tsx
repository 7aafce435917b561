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
            <>
            <PeriodCards name={p.name} cells={p.cells} />
            <div className="mt-2 hidden overflow-x-auto sm:block">
              <table className="min-w-full text-sm" aria-label={`“${p.name}”目标与五年回顾`}>
                <thead className="text-left text-stone-600">
                  <tr><th scope="col" className="px-2 py-1">指标</th><th scope="col" className="px-2 py-1">目标</th><th scope="col" className="px-2 py-1">五年实绩</th><th scope="col" className="px-2 py-1">判断</th><th scope="col" className="px-2 py-1">理由</th></tr>
                </thead>
                <tbody>
                  {p.cells.map((c) => (
                    <tr key={c.lineKey} data-line={c.lineKey} className="border-t border-stone-100 align-top">
                      <th scope="row" className="min-w-[8rem] px-2 py-1 text-left font-medium">{c.lineName}</th>
                      <td className="px-2 py-1"><SentenceLink side={c.target} role="目标" /></td>
                      <td className="px-2 py-1">{c.result ? <SentenceLink side={c.result} role="实绩" /> : "—"}</td>
                      <td className="px-2 py-1"><StatusBadge status={c.status} /></td>
                      <td className="min-w-[12rem] px-2 py-1 text-stone-700"><Reason cell={c} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            </>
          ) : null}
        </div>
      ))}
    </section>
  );
}

/** On a phone the five columns do not fit: one card per target, the figures on one line and the reason under them. */
function PeriodCards({ name, cells }: { name: string; cells: TrackerPeriod["cells"] }) {
  return (
    <ul className="mt-2 space-y-2 sm:hidden" aria-label={`“${name}”目标与五年回顾`}>
      {cells.map((c) => (
        <li key={c.lineKey} data-card={c.lineKey} className="rounded border border-stone-100 p-2 text-sm">
          <div className="flex items-start justify-between gap-2">
            <span className="font-medium">{c.lineName}</span>
            <StatusBadge status={c.status} />
          </div>
          <div className="mt-1">
            目标 <SentenceLink side={c.target} role="目标" /> → 五年实绩 {c.result ? <SentenceLink side={c.result} role="实绩" /> : "—"}
          </div>
          <div className="mt-1 text-stone-700"><Reason cell={c} /></div>
        </li>
      ))}
    </ul>
  );
}

/** Why the verdict, and why the target is tracked at all: the same words in the table and on the cards. */
function Reason({ cell }: { cell: Pick<TrackerPeriod["cells"][number], "reason" | "why"> }) {
  return (
    <>
      {cell.reason}
      <span className="block text-xs text-stone-500">入选：{cell.why}</span>
    </>
  );
}
