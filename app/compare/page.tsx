import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { listReportsPage } from "@/lib/data/reports";
import { compareHref, parseCompareParams, withCompareHref } from "@/lib/url/compare-params";
import { firstValues } from "@/lib/url/search-params";
import { shortReportName } from "@/lib/format/labels";
import { KIND_CHOICE_LABELS } from "@/lib/format/compare-labels";
import { naturalComparisons } from "@/lib/series/natural-comparisons";
import Link from "next/link";
import { RegionSearchForm } from "@/app/components/region-search-form";
import { ReportField } from "./report-field";
import { findRegions } from "@/lib/data/regions";
import { regionEntryBySlug } from "@/lib/text/region-search";
import { parsePickerRegions, withParam } from "@/lib/url/region-params";

export const metadata: Metadata = { title: "选择要对照的报告" };

/** Options a picker lists: a library of thousands is narrowed by choosing a region (its count is shown). */
const PICKER_LIMIT = 500;
const QUICK_LINKS = 24;

const pickSchema = z.object({ left: z.string().regex(/^[\w-]+$/), right: z.string().regex(/^[\w-]+$/) });

/** Choose two reports; the form is a plain GET so it works without JavaScript, then redirects to the short URL. */
export default async function ComparePicker({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const picked = pickSchema.safeParse(firstValues(raw));
  if (picked.success) redirect(compareHref(picked.data.left, picked.data.right, parseCompareParams(raw)));
  const regions = parsePickerRegions(raw);
  const { reports } = await listReportsPage({ page: 1, pageSize: PICKER_LIMIT });
  const kept = Object.fromEntries(Object.entries({ lregion: regions.lregion, rregion: regions.rregion }).filter(([, v]) => v)) as Record<string, string>;
  // Both regions in a fixed order (left, right), whichever side changes.
  const regionHref = (changes: Record<string, string | undefined>) => withParam("/compare", {}, { lregion: regions.lregion, rregion: regions.rregion, ...changes });
  const select = "w-full rounded border border-stone-300 bg-white px-2 py-1.5";
  const sides = await Promise.all((["left", "right"] as const).map(async (side) => {
    const [param, queryName] = side === "left" ? (["lregion", "lq"] as const) : (["rregion", "rq"] as const);
    const chosen = regions[param] ? regionEntryBySlug(regions[param]) : null;
    const query = regions[queryName];
    const [found, inRegion] = await Promise.all([
      query ? findRegions({ query }) : undefined,
      chosen ? listReportsPage({ region: chosen, page: 1, pageSize: PICKER_LIMIT }) : null,
    ]);
    return {
      side, param, queryName, chosen, query,
      list: inRegion ? inRegion.reports : reports,
      count: inRegion ? inRegion.total : null,
      results: found && { total: found.total, matches: found.matches.map((m) => ({ ...m, href: regionHref({ [param]: m.slug }) })) },
    };
  }));
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">对照 <span className="text-base font-normal text-stone-500">Compare two reports</span></h1>
      <div className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2">
        {sides.map(({ side, param, queryName, chosen, query, list, count, results }, n) => {
          const picked = list[chosen ? (side === "right" && regions.lregion === regions.rregion ? 1 : 0) : n] ?? list[0];
          return (
          <section key={side} className="min-w-0 space-y-2" aria-labelledby={`pick-${side}`}>
            <h2 id={`pick-${side}`} className="font-semibold">{side === "left" ? "左侧 Left" : "右侧 Right"}</h2>
            <RegionSearchForm
              action="/compare" label={side === "left" ? "左侧地区" : "右侧地区"} queryName={queryName} param={param} query={query}
              keep={Object.fromEntries(Object.entries(kept).filter(([k]) => k !== param))} results={results} placeholder="地区：余杭、yh"
            />
            {chosen ? (
              <p className="text-sm text-stone-700">
                <span className="text-stone-600">{chosen.parents.join(" ")}</span> <strong>{chosen.name}</strong>：{count ?? list.length} 份报告{count != null && count > list.length ? `（列出前 ${list.length} 份）` : ""}
                {" · "}<Link href={regionHref({ [param]: undefined })} className="text-blue-800 underline">全部地区</Link>
              </p>
            ) : null}
            <ReportField label={side === "left" ? "左侧报告" : "右侧报告"} form="compare-pick" name={side} region={chosen?.slug} defaultSlug={picked?.slug} defaultName={picked && shortReportName(picked)}>
              <select form="compare-pick" name={side} aria-label={side === "left" ? "左侧报告" : "右侧报告"} className={select} defaultValue={picked?.slug}>
                {list.map((r) => <option key={r.slug} value={r.slug}>{shortReportName(r)} · {r.title}</option>)}
              </select>
            </ReportField>
            <select form="compare-pick" name={side === "left" ? "l" : "r"} aria-label={side === "left" ? "左侧句子类型" : "右侧句子类型"} className={select} defaultValue="all">
              {Object.entries(KIND_CHOICE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </section>
          );
        })}
        <form id="compare-pick" action="/compare" className="sm:col-span-2">
          <button className="w-full rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">开始对照</button>
        </form>
      </div>
      <section>
        <h2 className="mb-2 font-semibold">常用对照</h2>
        <ul className="space-y-1">
          {naturalComparisons(reports).slice(0, QUICK_LINKS).map(withCompareHref).map((c) => (
            <li key={c.href}><Link href={c.href} className="text-blue-800 hover:underline">{c.title}</Link></li>
          ))}
        </ul>
      </section>
    </div>
  );
}
