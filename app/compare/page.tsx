import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { z } from "zod";
import { listReports } from "@/lib/data/reports";
import { compareHref, parseCompareParams, withCompareHref } from "@/lib/url/compare-params";
import { firstValues } from "@/lib/url/search-params";
import { shortReportName } from "@/lib/format/labels";
import { KIND_CHOICE_LABELS } from "@/lib/format/compare-labels";
import { naturalComparisons } from "@/lib/series/natural-comparisons";
import Link from "next/link";

export const metadata: Metadata = { title: "选择要对照的报告" };

const pickSchema = z.object({ left: z.string().regex(/^[\w-]+$/), right: z.string().regex(/^[\w-]+$/) });

/** Choose two reports; the form is a plain GET so it works without JavaScript, then redirects to the short URL. */
export default async function ComparePicker({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const picked = pickSchema.safeParse(firstValues(raw));
  if (picked.success) redirect(compareHref(picked.data.left, picked.data.right, parseCompareParams(raw)));
  const reports = await listReports();
  const select = "w-full rounded border border-stone-300 bg-white px-2 py-1.5";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">对照 <span className="text-base font-normal text-stone-500">Compare two reports</span></h1>
      <form className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2">
        {(["left", "right"] as const).map((side, n) => (
          <fieldset key={side} className="space-y-2">
            <legend className="font-semibold">{side === "left" ? "左侧 Left" : "右侧 Right"}</legend>
            <select name={side} aria-label={side === "left" ? "左侧报告" : "右侧报告"} className={select} defaultValue={reports[n]?.slug}>
              {reports.map((r) => <option key={r.slug} value={r.slug}>{shortReportName(r)} · {r.title}</option>)}
            </select>
            <select name={side === "left" ? "l" : "r"} aria-label={side === "left" ? "左侧句子类型" : "右侧句子类型"} className={select} defaultValue="all">
              {Object.entries(KIND_CHOICE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </fieldset>
        ))}
        <button className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 sm:col-span-2">开始对照</button>
      </form>
      <section>
        <h2 className="mb-2 font-semibold">常用对照</h2>
        <ul className="space-y-1">
          {naturalComparisons(reports).map(withCompareHref).map((c) => (
            <li key={c.href}><Link href={c.href} className="text-blue-800 hover:underline">{c.title}</Link></li>
          ))}
        </ul>
      </section>
    </div>
  );
}
