import Link from "next/link";
import { lineName } from "@/lib/tracker/build-tracker";
import type { TrackerLine, TrackerYear } from "@/lib/tracker/link-tracker";
import { metricChartSvg } from "@/lib/tracker/charts";
import { ChartSvg } from "./chart-svg";
import { DownloadLinks } from "./download-links";
import { SentenceLink } from "./sentence-link";
import { StatusBadge } from "./status-badge";

export const lineAnchor = (key: string) => `m-${key.replace(/[^a-z0-9-]+/gi, "-")}`;

/** One metric: its chart and, beside it, the same figures as a table, each with the reason and both sentences. */
export function MetricFigure({ line, years, api }: { line: TrackerLine; years: TrackerYear[]; api: string }) {
  // From the metric's first target to the last year: a later year without a verdict says why (awaiting, missing).
  const first = line.cells[0]?.year ?? 0;
  const span = years.filter((y) => y.year >= first);
  const chartYears = span.map((y) => y.year);
  const cells = new Map(line.cells.map((c) => [c.year, c]));
  const title = `${lineName(line)}（${line.cells[0]?.band.unit ?? line.unit}）`;
  return (
    <figure id={lineAnchor(line.key)} data-line={line.key} className="grid scroll-mt-16 gap-4 rounded border border-stone-200 bg-white p-3 lg:grid-cols-[minmax(0,640px)_minmax(0,1fr)]">
      <figcaption className="font-semibold lg:col-span-2">
        {title} <span className="text-xs font-normal text-stone-500">{line.key}</span>
      </figcaption>
      <ChartSvg label={`${lineName(line)}：历年目标与实绩（图表）`} wide={metricChartSvg(line, chartYears, "wide")} narrow={metricChartSvg(line, chartYears, "narrow")} />
      <div className="overflow-x-auto">
        <table className="w-full text-sm" aria-label={`${lineName(line)}：目标与实绩数据表`}>
          <thead className="text-left text-stone-600">
            <tr><th className="pr-2">年份</th><th className="pr-2">目标</th><th className="pr-2">实绩</th><th>判断与理由</th></tr>
          </thead>
          <tbody>
            {span.map((y) => {
              const c = cells.get(y.year);
              return (
                <tr key={y.year} data-year={y.year} className="border-t border-stone-100 align-top">
                  <th scope="row" className="pr-2 text-left font-medium">{y.year}</th>
                  {c ? (
                    <>
                      <td className="pr-2"><SentenceLink side={c.target} role="目标" /><span className="block whitespace-nowrap text-xs text-stone-500">{c.band.label}</span></td>
                      <td className="pr-2">{c.result ? <SentenceLink side={c.result} role="实绩" /> : <span className="text-stone-500">未见报告</span>}</td>
                      <td>
                        <Link href={c.compareHref} className="hover:underline"><StatusBadge status={c.status} /></Link>
                        <span className="mt-0.5 block text-xs text-stone-600">{c.reason}</span>
                        <span className="block text-xs text-stone-500">入选：{c.why}</span>
                      </td>
                    </>
                  ) : (
                    <td colSpan={3} className="text-xs text-stone-600">{y.state === "paired" ? "该年主要目标中没有这一项 · no such target this year" : y.note}</td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="mt-1 text-xs text-stone-600"><DownloadLinks api={api} table="targets" line={line.key} /></p>
      </div>
    </figure>
  );
}
