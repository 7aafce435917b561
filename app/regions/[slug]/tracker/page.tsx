import type { Metadata } from "next";
import Link from "next/link";
import { PeriodSection } from "./period-section";
import { notFound } from "next/navigation";
import { getRegionTracker } from "@/lib/data/tracker";
import { TrackerMatrix } from "./tracker-matrix";
import { TotalsFigure } from "./totals-figure";
import { MetricFigure } from "./metric-figure";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getRegionTracker({ regionSlug: (await params).slug });
  return { title: found ? `${found.region} 承诺追踪` : "找不到地区" };
}

export default async function TrackerPage({ params }: Props) {
  const { slug } = await params;
  const found = await getRegionTracker({ regionSlug: slug });
  if (!found) notFound();
  const { tracker, region } = found;
  const api = `/api/tracker?region=${encodeURIComponent(slug)}`;
  const t = tracker.totals;
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm text-stone-600">
          <Link href="/" className="hover:text-blue-700">报告库</Link> / <Link href={`/regions/${encodeURIComponent(slug)}`} className="hover:text-blue-700">{region}</Link> / 承诺追踪
        </p>
        <h1 className="text-2xl font-bold">{region} 承诺追踪 <span className="text-base font-normal text-stone-600">Promise tracker</span></h1>
        <p className="max-w-3xl text-sm text-stone-700">
          每一年报告的主要目标（主要预期目标段落中的量化目标，或指标词表中的指标），对照下一年报告回顾的实绩。完成、超额完成、未完成、未报告的判断与
          <Link href="/compare" className="text-blue-800 underline">对照页</Link>相同（规则见 README「Status rules」），每个判断都写明理由。
        </p>
        <p className="text-sm text-stone-600">报告年份 Years with a report：<span data-testid="available-years">{tracker.availableYears.map((y) => `${y}年`).join("、") || "—"}</span></p>
      </header>

      {tracker.undated.length ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          年份不明的报告没有计入：{tracker.undated.map((r, i) => (
            <span key={r.slug}>{i ? "、" : ""}<Link href={`/reports/${encodeURIComponent(r.slug)}`} className="underline">{r.title}</Link></span>
          ))}。在报告页更正其年份后即可计入。 · reports without a year are left out until their year is set
        </p>
      ) : null}
      {tracker.message ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">{tracker.message}</p>
      ) : (
        <p className="text-stone-800" data-testid="tracker-totals">
          共 <strong>{t.targets}</strong> 项主要目标：兑现 <strong>{t.kept}</strong>（完成 {t.met}，超额完成 {t.exceeded}）· 未完成 <strong>{t.missed}</strong> · 未报告 <strong>{t.dropped}</strong>
          {" · "}<a href={`${api}&format=xlsx`} className="whitespace-nowrap text-blue-800 underline" download>下载 Excel（.xlsx）</a>
        </p>
      )}

      {tracker.years.length ? <TotalsFigure years={tracker.years} api={api} /> : null}
      {tracker.enough ? <TrackerMatrix tracker={tracker} /> : null}
      <PeriodSection periods={tracker.periods} />
      {tracker.enough ? (
        <section aria-labelledby="metrics" className="space-y-4">
          <h2 id="metrics" className="text-lg font-semibold">逐项指标：目标区间与实绩 <span className="text-sm font-normal text-stone-600">Targets with their band against results</span></h2>
          <p className="text-sm text-stone-600">▲ 下限（以上）· ▼ 上限（以内、低于；越低越好的指标的“左右”）· ◆ 目标值；浅蓝为目标区间（左右按判断规则取 ±0.5 个百分点或 ±5%）；圆点为实绩，颜色表示判断。</p>
          {tracker.lines.map((line) => <MetricFigure key={line.key} line={line} years={tracker.years} api={api} />)}
        </section>
      ) : null}
    </div>
  );
}
