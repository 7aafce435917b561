import Link from "next/link";
import type { TrackerYear } from "@/lib/tracker/link-tracker";
import { totalsChartSvg } from "@/lib/tracker/charts";
import { ChartSvg } from "./chart-svg";
import { DownloadLinks } from "./download-links";

/** Per year: how many headline targets were kept, missed and dropped; a year without two reports says why. */
export function TotalsFigure({ years, api }: { years: TrackerYear[]; api: string }) {
  const paired = years.filter((y) => y.state === "paired");
  return (
    <section aria-labelledby="totals" className="space-y-2">
      <h2 id="totals" className="text-lg font-semibold">逐年兑现情况 <span className="text-sm font-normal text-stone-600">Kept, missed and dropped per year</span></h2>
      <figure className="grid gap-4 rounded border border-stone-200 bg-white p-3 lg:grid-cols-[minmax(0,640px)_minmax(0,1fr)]">
        {paired.length ? <ChartSvg label="每年主要目标的兑现情况（柱状图）" wide={totalsChartSvg(years, "wide")} narrow={totalsChartSvg(years, "narrow")} /> : <p className="text-sm text-stone-600">没有可以核对的年份，图表暂缺。</p>}
        <div className="overflow-x-auto">
          <table className="w-full text-sm" aria-label="逐年兑现情况数据表">
            <thead className="text-left text-stone-600">
              <tr><th className="pr-2">年份</th><th className="pr-2 num">兑现</th><th className="pr-2 num">未完成</th><th className="pr-2 num">未报告</th><th>说明</th></tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year} data-year={y.year} className="border-t border-stone-100 align-top">
                  <th scope="row" className="pr-2 text-left font-medium">{y.year}</th>
                  {y.state === "paired" ? (
                    <>
                      <td className="pr-2 num">{y.totals.kept}</td>
                      <td className="pr-2 num">{y.totals.missed}</td>
                      <td className="pr-2 num">{y.totals.dropped}</td>
                      <td className="text-xs text-stone-600">
                        {y.compareHref ? <Link href={y.compareHref} className="text-blue-800 underline">{y.note}</Link> : y.note}
                      </td>
                    </>
                  ) : (
                    <td colSpan={4} className="text-stone-700">{y.note}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <figcaption className="text-xs text-stone-600 lg:col-span-2">
          兑现 = 完成 + 超额完成。<DownloadLinks api={api} table="years" />
        </figcaption>
      </figure>
    </section>
  );
}
