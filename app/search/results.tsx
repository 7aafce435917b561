import type { SentenceKind } from "@/lib/domain/sentence";
import Link from "next/link";
import { searchSentences } from "@/lib/data/search";
import { splitByMatches } from "@/lib/search/highlight";
import { SENTENCE_KIND_LABELS, shortReportName } from "@/lib/format/labels";
import { SEARCH_PAGE_SIZE, searchHref, type SearchParams } from "@/lib/url/search-params-schema";

const KIND_CLASS: Partial<Record<SentenceKind, string>> = {
  goal: "border-[var(--color-goal)] text-[var(--color-goal)] bg-[var(--color-goal-bg)]",
  achievement: "border-[var(--color-achievement)] text-[var(--color-achievement)] bg-[var(--color-achievement-bg)]",
};

/** One page of hits for the URL's query and filters. */
export async function SearchResults({ params }: { params: SearchParams }) {
  const offset = (params.page - 1) * SEARCH_PAGE_SIZE;
  const { hits, total, partial } = await searchSentences({ q: params.q, region: params.region, year: params.year, kind: params.kind, limit: SEARCH_PAGE_SIZE, offset });
  const filtered = Boolean(params.region || params.year || params.kind);
  const pages = total != null ? Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)) : null;
  const hasNext = pages != null ? params.page < pages : hits.length === SEARCH_PAGE_SIZE;

  if (hits.length === 0) {
    return (
      <div className="rounded-lg border border-dashed border-stone-300 p-6 text-stone-600">
        <p>没有找到包含“<strong className="text-stone-900">{params.q}</strong>”的句子{params.page > 1 ? "（本页无结果）" : ""}。</p>
        {filtered ? <p className="mt-2"><Link href={searchHref({ q: params.q })} className="text-blue-700 hover:underline">取消筛选，在全部报告中搜索</Link></p> : null}
      </div>
    );
  }

  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="text-sm text-stone-600">
        {total != null ? <>找到 <strong className="text-stone-900">{total}</strong> 个句子</> : <>找到大量句子</>}
        {pages != null && pages > 1 ? <span>，第 {params.page} / {pages} 页</span> : null}
        <span className="text-stone-600">（按报告年份由近及远、原文顺序排列）</span>
      </h2>
      {partial ? (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-800">
          结果不完整：匹配的句子太多，只检索了最近收录的一部分。请输入更长的词语，或按地区、年份筛选。
        </p>
      ) : null}
      <ol className="space-y-3" aria-label="搜索结果">
        {hits.map((hit) => {
          const label = SENTENCE_KIND_LABELS[hit.kind];
          return (
            <li key={`${hit.slug}-${hit.sentenceIndex}`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <div className="mb-1 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
                <Link href={`/reports/${encodeURIComponent(hit.slug)}`} className="font-medium text-stone-800 hover:text-blue-700">{shortReportName({ ...hit, kind: hit.reportKind })}</Link>
                <span className="min-w-0 truncate text-stone-500" title={hit.title}>{hit.title}</span>
                {label && hit.kind !== "other" ? (
                  <span className={`rounded border px-1.5 text-xs ${KIND_CLASS[hit.kind] ?? ""}`}>{label.icon} {label.zh}</span>
                ) : null}
              </div>
              <Link href={`/reports/${encodeURIComponent(hit.slug)}#s-${hit.sentenceIndex}`} className="block leading-relaxed text-stone-900 hover:text-blue-900" data-testid="search-hit">
                {splitByMatches(hit.text, hit.matches).map((piece, i) =>
                  piece.match ? <mark key={i} className="rounded-sm bg-yellow-200 text-stone-900">{piece.text}</mark> : <span key={i}>{piece.text}</span>,
                )}
                <span className="ml-2 whitespace-nowrap text-xs text-blue-700">在原文中查看 →</span>
              </Link>
            </li>
          );
        })}
      </ol>
      {params.page > 1 || hasNext ? (
        <nav aria-label="翻页" className="flex items-center justify-between text-sm">
          {params.page > 1 ? <Link href={searchHref({ ...params, page: params.page - 1 })} className="rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100">← 上一页</Link> : <span />}
          {hasNext ? <Link href={searchHref({ ...params, page: params.page + 1 })} className="rounded border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100">下一页 →</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
