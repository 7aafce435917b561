import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTermTrajectory } from "@/lib/data/trajectory";
import { MIN_CHANGE, RATIO } from "@/lib/trajectory/build-trajectory";
import { FOUND_PER_DIRECTION, MIN_COUNT } from "@/lib/trajectory/found-terms";
import { TermsTable } from "./terms-table";
import { parseTermsParams, type RawSearchParams } from "@/lib/url/terms-params";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${(await params).slug} 用词变化` };
}


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
          <TermsTable reports={t.reports} terms={t.terms} label="用词变化表" />
          <p className="text-xs text-stone-600">每格：每万字次数（次数）；展开后列出出现的句子，链接到原文。字数按报告全部句子计：{t.reports.map((r) => `${r.label} ${r.chars}字`).join("，")}。</p>
          {t.found.length ? (
            <section aria-labelledby="found-terms" className="space-y-2">
              <h2 id="found-terms" className="text-lg font-semibold">自动发现的用语 <span className="text-sm font-normal text-stone-600">Terms found automatically</span></h2>
              <p className="max-w-3xl text-sm text-stone-700">
                用结巴分词（@node-rs/jieba，自带词典）切分各份报告，取名词类词语，找出首份到末份报告每万字次数变化最大的词（各方向最多 {FOUND_PER_DIRECTION} 个，至少在一份报告中出现 {MIN_COUNT} 次），
                再按原文逐字计数，分类规则与上表相同。已在上表中的用语不再列出。
              </p>
              <TermsTable reports={t.reports} terms={t.found} label="自动发现的用语表" />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
