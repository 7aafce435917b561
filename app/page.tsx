import Link from "next/link";
import { countReports, listReportsPage, type ReportSummary } from "@/lib/data/reports";
import { INFO_WARNINGS, WARNING_LABELS, formatYears, kindLabel } from "@/lib/format/labels";
import { naturalComparisons } from "@/lib/series/natural-comparisons";
import { withCompareHref } from "@/lib/url/compare-params";
import { LinkCards } from "@/app/components/link-cards";
import { Pager } from "@/app/components/pager";
import { RegionSearchForm } from "@/app/components/region-search-form";
import { findRegions } from "@/lib/data/regions";
import { regionEntryBySlug } from "@/lib/text/region-search";
import { parseLibraryParams, withParam } from "@/lib/url/region-params";
import type { RawSearchParams } from "@/lib/url/search-params";

export const dynamic = "force-dynamic";

/** Reports a library page shows; a corpus of thousands is paged, never rendered whole (issue 16). */
const PAGE_SIZE = 60;
/** Quick links a page shows: cross-region pairs grow with the square of a page's reports. */
const MAX_QUICK_LINKS = 24;

function groupByRegion(reports: ReportSummary[]) {
  const groups = new Map<string, { region: string; regionSlug: string | null; reports: ReportSummary[] }>();
  for (const r of reports) {
    const key = r.regionSlug ?? "unknown";
    const group = groups.get(key) ?? { region: r.region ?? "地区未知", regionSlug: r.regionSlug, reports: [] };
    group.reports.push(r);
    groups.set(key, group);
  }
  return [...groups.values()];
}

export default async function LibraryPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = parseLibraryParams(await searchParams);
  const chosen = params.region ? regionEntryBySlug(params.region) : null;
  const [{ reports, total }, all, found] = await Promise.all([
    listReportsPage({ region: chosen ?? undefined, page: params.page, pageSize: PAGE_SIZE }),
    chosen ? countReports() : null,
    params.rq ? findRegions({ query: params.rq }) : undefined,
  ]);
  const comparisons = naturalComparisons(reports).slice(0, MAX_QUICK_LINKS).map(withCompareHref);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const here = withParam("/", {}, { region: params.region });
  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-2xl font-bold">报告库 <span className="text-base font-normal text-stone-500">Library</span></h1>
        <p className="mt-1 text-stone-600">
          共 {all ?? total} 份报告。逐句对照政府工作报告的目标与实绩。
          <span className="text-stone-500"> Read government work reports side by side: goals versus achievements.</span>
        </p>
        <form action="/search" className="no-print mt-3 flex max-w-lg gap-2" role="search">
          <input name="q" aria-label="搜索句子" placeholder="搜索全部报告，如：增长、亚运、数字经济核心产业" className="min-w-0 flex-1 rounded border border-stone-300 px-3 py-1.5" />
          <button className="rounded bg-blue-700 px-4 py-1.5 text-white hover:bg-blue-800">搜索</button>
        </form>
        <div className="mt-3 max-w-lg">
          <RegionSearchForm
            action="/" label="查找地区" queryName="rq" param="region" query={params.rq} placeholder="地区名、拼音或首字母，如：余杭、yuhang、yh"
            keep={{}}
            results={found && { total: found.total, matches: found.matches.map((m) => ({ ...m, href: withParam("/", {}, { region: m.slug }) })) }}
          />
        </div>
        {chosen ? (
          <p className="mt-2 text-stone-700">
            地区：<span className="text-stone-600">{chosen.parents.join(" ")}</span> <strong>{chosen.name}</strong>
            {total === 0 ? "，还没有报告" : `，${total} 份报告`}
            {" · "}<Link href="/" className="text-blue-800 underline">显示全部地区</Link>
          </p>
        ) : null}
      </section>

      <Pager href={here} page={params.page} pageCount={pageCount} label="报告库分页" />
      {groupByRegion(reports).map((group) => (
        <section key={group.regionSlug ?? "unknown"} aria-labelledby={`region-${group.regionSlug ?? "unknown"}`}>
          <h2 id={`region-${group.regionSlug ?? "unknown"}`} className="mb-2 text-xl font-semibold">
            {group.regionSlug ? <Link href={`/regions/${group.regionSlug}`} className="hover:text-blue-700">{group.region}</Link> : group.region}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {group.reports.map((r) => (
              <li key={r.slug} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
                <Link href={`/reports/${r.slug}`} className="font-medium text-blue-800 hover:underline">{r.title}</Link>
                <div className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600">
                  <span>{formatYears(r)}</span>
                  <span className="rounded bg-stone-100 px-1.5">{kindLabel(r)}</span>
                  {r.version > 1 ? <span className="rounded bg-stone-100 px-1.5">第{r.version}版</span> : null}
                  <span>{r.sentenceCount} 句</span>
                </div>
                {r.warnings.length > 0 ? (
                  <ul className="mt-2 flex flex-wrap gap-1.5 text-xs" aria-label="提示">
                    {r.warnings.map((w, i) => (
                      <li key={`${w.code}-${i}`} title={w.message} className={`rounded border px-1.5 ${INFO_WARNINGS.has(w.code) ? "border-stone-200 bg-stone-50 text-stone-500" : "border-amber-300 bg-amber-50 text-amber-800"}`}>
                        {INFO_WARNINGS.has(w.code) ? "ℹ" : "⚠"} {WARNING_LABELS[w.code] ?? w.code}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <Pager href={here} page={params.page} pageCount={pageCount} label="报告库分页（底部）" />

      {comparisons.length > 0 ? (
        <section aria-labelledby="quick-compare">
          <h2 id="quick-compare" className="mb-2 text-xl font-semibold">常用对照 <span className="text-base font-normal text-stone-500">Quick comparisons</span></h2>
          <LinkCards links={comparisons} />
        </section>
      ) : null}
    </div>
  );
}
