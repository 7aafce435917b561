"use client";

import { useRouter } from "next/navigation";
import { useTransition, type FormEvent } from "react";
import type { ReportKind } from "@/lib/domain/report";
import { KIND_LABELS } from "@/lib/format/labels";
import { searchHref, type SearchParams } from "@/lib/url/search-params-schema";

interface Props {
  params: SearchParams;
  facets: { regions: { slug: string; name: string }[]; years: number[]; kinds: ReportKind[] };
}

/** The query box and the filters. It only writes the URL; a change of filter applies at once and starts at page 1. */
export function SearchForm({ params, facets }: Props) {
  const router = useRouter();
  // The results are rendered with the page (no Suspense fallback, decision 014c): the form shows the wait instead.
  const [pending, startTransition] = useTransition();
  const go = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim() || undefined;
    const year = text("year");
    const href = searchHref({ q: text("q") ?? "", region: text("region"), year: year ? Number(year) : undefined, kind: text("kind") as SearchParams["kind"], page: 1 });
    startTransition(() => router.push(href));
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(event.currentTarget);
  };
  const select = "rounded border border-stone-300 bg-white px-2 py-1.5 text-sm";
  // Keyed by the URL so that back/forward shows the fields of the page it lands on.
  return (
    <form key={searchHref(params)} action="/search" onSubmit={onSubmit} role="search" className="no-print space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <div className="flex gap-2">
        <input
          name="q"
          type="search"
          defaultValue={params.q}
          aria-label="搜索句子"
          placeholder="输入词语，如：增长、亚运、数字经济核心产业"
          maxLength={200}
          autoFocus={!params.q}
          className="min-w-0 flex-1 rounded border border-stone-300 px-3 py-1.5"
        />
        <button className="rounded bg-blue-700 px-4 py-1.5 text-white hover:bg-blue-800">搜索</button>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-stone-600">
        <label className="flex items-center gap-1.5">
          地区
          <select name="region" defaultValue={params.region ?? ""} onChange={(e) => go(e.currentTarget.form!)} className={select}>
            <option value="">全部地区</option>
            {facets.regions.map((r) => <option key={r.slug} value={r.slug}>{r.name}</option>)}
          </select>
        </label>
        <label className="flex items-center gap-1.5">
          年份
          <select name="year" defaultValue={params.year ?? ""} onChange={(e) => go(e.currentTarget.form!)} className={select}>
            <option value="">全部年份</option>
            {facets.years.map((y) => <option key={y} value={y}>{y}年报告</option>)}
          </select>
        </label>
        <label className="flex items-center gap-1.5">
          类型
          <select name="kind" defaultValue={params.kind ?? ""} onChange={(e) => go(e.currentTarget.form!)} className={select}>
            <option value="">全部类型</option>
            {facets.kinds.map((k) => <option key={k} value={k}>{KIND_LABELS[k] ?? k}</option>)}
          </select>
        </label>
        <span className="text-xs text-stone-500">空格分隔的多个词须同时出现；繁体字也可搜索。</span>
      </div>
      <p role="status" className={pending ? "animate-pulse text-sm text-stone-600" : "sr-only"}>{pending ? "正在搜索… Searching…" : ""}</p>
    </form>
  );
}
