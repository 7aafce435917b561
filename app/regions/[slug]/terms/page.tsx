import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTermTrajectory } from "@/lib/data/trajectory";
import { CLASS_LABELS, MIN_CHANGE, RATIO } from "@/lib/trajectory/build-trajectory";
import { parseTermsParams, type RawSearchParams } from "@/lib/url/terms-params";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await params).slug} 用词变化` };
}

const CLASS_TONES: Record<string, string> = {
  emerging: "bg-sky-100 text-sky-900",
  rising: "bg-emerald-100 text-emerald-900",
  steady: "bg-stone-100 text-stone-700",
  fading: "bg-amber-100 text-amber-900",
  dropped: "bg-stone-800 text-white",
};

export default async function TermsPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const { reports } = parseTermsParams(await searchParams);
  const view = await getTermTrajectory({ regionSlug: slug, slugs: reports });
  if (!view) notFound();
  const t = view.trajectory;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-stone-600">
          <Link href="/" className="hover:text-blue-700">报告库</Link> / <Link href={`/regions/${encodeURIComponent(slug)}`} className="hover:text-blue-700">{view.region}</Link> / 用词变化
        </p>
        <h1 className="text-2xl font-bold">{view.region} 用词变化 <span className="text-base font-normal text-stone-600">Term trajectories</span></h1>
        <p className="max-w-3xl text-sm text-stone-700">
          政策用语在各份报告中每万字出现的次数。同义写法合并计数（GDP / 国内生产总值 / 地区生产总值），并排除误计（“计划生育”不计入“生育”，含“西部”的口号不计入“西部大开发”）。
          分类看首份与末份报告：首份没有而末份有为新出现，首份有而末份没有为消失；增加到 {RATIO} 倍以上且每万字多 {MIN_CHANGE} 次以上为上升，反之为减弱，其余为平稳。
        </p>
        {reports.length ? <p className="text-sm"><Link href={`/regions/${encodeURIComponent(slug)}/terms`} className="text-blue-800 underline">改看本地区历年报告</Link></p> : null}
      </header>
      {view.undated.length && !reports.length ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          年份不明的报告没有计入：{view.undated.map((r, i) => (
            <span key={r.slug}>{i ? "、" : ""}<Link href={`/reports/${encodeURIComponent(r.slug)}`} className="underline">{r.title}</Link></span>
          ))}。 · reports without a year are left out
        </p>
      ) : null}
      {view.unknown.length ? <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">找不到这些报告：{view.unknown.join("、")}</p> : null}
      {!t ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">至少需要两份报告才能看用词变化。 · needs two reports or more</p>
      ) : (
        <>
          {t.mixed ? <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">{t.mixed}</p> : null}
          <div className="overflow-x-auto rounded border border-stone-200 bg-white">
            <table className="min-w-full text-sm" aria-label="用词变化表">
              <thead className="bg-stone-50 text-left text-stone-600">
                <tr>
                  <th scope="col" className="sticky left-0 z-10 bg-stone-50 px-2 py-1">用语</th>
                  <th scope="col" className="px-2 py-1">变化</th>
                  {t.reports.map((r) => (
                    <th key={r.slug} scope="col" className="px-2 py-1 whitespace-nowrap">
                      <Link href={`/reports/${encodeURIComponent(r.slug)}`} title={r.title} className="hover:underline">{r.label}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {t.terms.map((term) => (
                  <tr key={term.key} data-term={term.key} className="border-t border-stone-100 align-top">
                    <th scope="row" className="sticky left-0 z-10 min-w-[6rem] bg-white px-2 py-1 text-left font-medium" title={`合并写法：${term.forms.join("、")}`}>{term.name}</th>
                    <td className="px-2 py-1">
                      <span data-class={term.class} className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ${CLASS_TONES[term.class]}`}>{CLASS_LABELS[term.class]}</span>
                      <span className="block min-w-[10rem] text-xs text-stone-600">{term.reason}</span>
                    </td>
                    {term.points.map((p) => (
                      <td key={p.slug} data-report={p.slug} className="px-2 py-1 num whitespace-nowrap">
                        {p.count ? (
                          <details>
                            <summary className="cursor-pointer">
                              <span className="font-medium">{p.per10k}</span> <span className="text-xs text-stone-500">（{p.count}次）</span>
                            </summary>
                            <span className="flex max-w-[12rem] flex-wrap gap-1 whitespace-normal text-xs">
                              {p.sentenceIds.map((id) => (
                                <Link key={id} href={`/reports/${encodeURIComponent(p.slug)}#${id}`} className="text-blue-800 underline">{id}</Link>
                              ))}
                            </span>
                          </details>
                        ) : (
                          <span className="text-stone-400">0</span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-xs text-stone-600">每格：每万字次数（次数）；展开后列出出现的句子，链接到原文。字数按报告全部句子计：{t.reports.map((r) => `${r.label} ${r.chars}字`).join("，")}。</p>
        </>
      )}
    </div>
  );
}
