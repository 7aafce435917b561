import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getRegion } from "@/lib/data/regions";
import { buildYearSeries, yearPairLinks } from "@/lib/series/year-series";
import { withCompareHref } from "@/lib/url/compare-params";
import { formatYears, kindLabel, reportYearLabel } from "@/lib/format/labels";
import { SeriesChart } from "./series-chart";
import { LinkCards } from "@/app/components/link-cards";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const region = await getRegion({ regionSlug: (await params).slug });
  return { title: region ? `${region.region} 历年报告` : "找不到地区" };
}

export default async function RegionPage({ params }: Props) {
  const region = await getRegion({ regionSlug: (await params).slug });
  if (!region) notFound();
  const links = yearPairLinks(region.reports).map(withCompareHref);
  const years = new Set(region.reports.filter((r) => r.kind === "report").map((r) => reportYearLabel(r)));
  const series = years.size >= 3 ? buildYearSeries(region.reports, region.indicators) : [];
  return (
    <div className="space-y-6">
      <header>
        <p className="text-sm text-stone-600"><Link href="/" className="hover:text-blue-700">报告库</Link> / 地区</p>
        <h1 className="text-2xl font-bold">{region.region} <span className="text-base font-normal text-stone-600">历年政府工作报告</span></h1>
        <p className="mt-1">
          <Link href={`/regions/${encodeURIComponent(region.regionSlug)}/tracker`} className="text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800">
            承诺追踪：历年目标是否兑现 <span className="whitespace-nowrap text-sm">Promise tracker →</span>
          </Link>
          <span className="mx-2 text-stone-400">·</span>
          <Link href={`/regions/${encodeURIComponent(region.regionSlug)}/terms`} className="text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800">
            用词变化 <span className="whitespace-nowrap text-sm">Term trajectories →</span>
          </Link>
        </p>
      </header>
      <section aria-labelledby="years">
        <h2 id="years" className="mb-2 text-lg font-semibold">按年份 By year</h2>
        <ol className="space-y-2">
          {region.reports.map((r) => (
            <li key={r.slug} className="rounded border border-stone-200 bg-white px-3 py-2">
              <span className="mr-2 font-semibold">{reportYearLabel(r) || "?"}</span>
              <Link href={`/reports/${r.slug}`} className="text-blue-800 underline decoration-blue-300 underline-offset-2 hover:decoration-blue-800">{r.title}</Link>
              <span className="ml-2 text-sm text-stone-600">
                {[...formatYears(r).split(" · "), kindLabel(r), ...(r.version > 1 ? [`第${r.version}版`] : [])].map((part, i) => (
                  <span key={i} className="whitespace-nowrap">{i > 0 ? " · " : ""}{part}</span>
                ))}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="year-pairs">
        <h2 id="year-pairs" className="mb-2 text-lg font-semibold">逐年对照 Year over year</h2>
        {links.length ? (
          <LinkCards links={links} />
        ) : (
          <p className="text-stone-600">还没有相邻年份的报告。导入上一年或下一年的报告后，这里会出现“目标 vs 实绩”的对照。</p>
        )}
      </section>
      {series.length ? (
        <section aria-labelledby="series">
          <h2 id="series" className="mb-2 text-lg font-semibold">主要指标：目标与实绩 <span className="text-sm font-normal text-stone-600">虚线=目标，实线=实绩</span></h2>
          <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {series.map((s) => <SeriesChart key={s.metric} series={s} />)}
          </div>
        </section>
      ) : null}
    </div>
  );
}
