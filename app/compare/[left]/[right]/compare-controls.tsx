"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { compareHref, type CompareParams } from "@/lib/url/compare-params";
import { KIND_CHOICE_LABELS } from "@/lib/format/compare-labels";
import { ReportCombobox } from "@/app/components/report-combobox";

const select = "rounded border border-stone-300 bg-white px-1.5 py-1 text-sm";

/** One side's report (the searchable report picker, any report in the library) and sentence kinds. */
function SidePicker(props: { side: "左" | "右"; current: string; kinds: CompareParams["l"]; onSlug: (slug: string) => void; onKinds: (kinds: CompareParams["l"]) => void }) {
  return (
    <>
      <div className="flex items-center gap-1">
        <span className="text-stone-600" aria-hidden="true">{props.side}</span>
        <ReportCombobox key={props.current} label={`${props.side}侧报告`} current={props.current} onPick={(r) => props.onSlug(r.slug)} className="w-44" />
      </div>
      <select aria-label={`${props.side}侧句子类型`} className={select} value={props.kinds} onChange={(e) => props.onKinds(e.target.value as CompareParams["l"])}>
        {Object.entries(KIND_CHOICE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
    </>
  );
}

/**
 * A metric of the view for the metric filter: [key, label], the label left out when the key is x-<label> (most metrics
 * outside the lexicon), which keeps the page payload small (a report has a couple of hundred).
 */
export type MetricOption = [key: string, label?: string];
const metricLabel = ([key, label]: MetricOption) => label ?? key.replace(/^x-/, "");

/** Pickers and filters. They only write the URL (keeping every other param); the server renders the view. */
export function CompareControls({ left, right, names, params, metrics, filters }: { left: string; right: string; names: [left: string, right: string]; params: CompareParams; metrics: MetricOption[]; filters: { value: string; label: string }[] }) {
  const router = useRouter();
  const [q, setQ] = useState(params.q ?? "");
  // On a phone the controls fold behind one button, so the title and the digest come first.
  const [open, setOpen] = useState(false);
  const go = (next: Partial<CompareParams> & { left?: string; right?: string }) => {
    const { left: l = left, right: r = right, ...rest } = next;
    router.push(compareHref(l, r, { ...params, ...rest }));
  };
  const active = [params.only, params.q, params.metric].filter(Boolean).length;
  return (
    <div className="no-print text-sm">
      <button type="button" className="rounded border border-stone-300 bg-white px-2 py-1 md:hidden" aria-expanded={open} aria-controls="compare-controls" onClick={() => setOpen(!open)}>
        {open ? "▾" : "▸"} 报告与筛选{active ? `（${active} 项筛选）` : ""}
      </button>
      <div id="compare-controls" className={`${open ? "mt-2 flex" : "hidden"} flex-col gap-2 md:mt-0 md:flex`}>
      <div className="flex flex-wrap items-center gap-2">
        <SidePicker side="左" current={names[0]} kinds={params.l} onSlug={(slug) => go({ left: slug })} onKinds={(l) => go({ l })} />
        <button type="button" onClick={() => go({ left: right, right: left, l: params.r, r: params.l })} className="rounded border border-stone-300 bg-white px-2 py-1 hover:border-blue-400" title="交换左右 / swap sides">
          ⇄ 交换
        </button>
        <SidePicker side="右" current={names[1]} kinds={params.r} onSlug={(slug) => go({ right: slug })} onKinds={(r) => go({ r })} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <select aria-label="行筛选" className={select} value={params.only ?? ""} onChange={(e) => go({ only: (e.target.value || undefined) as CompareParams["only"] })}>
          <option value="">全部行与指标</option>
          {filters.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
        </select>
        <select aria-label="指标筛选" className={`${select} max-w-[10rem]`} value={params.metric ?? ""} onChange={(e) => go({ metric: e.target.value || undefined })}>
          <option value="">全部指标</option>
          {metrics.map((m) => <option key={m[0]} value={m[0]}>{metricLabel(m)}</option>)}
        </select>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            go({ q: q.trim() || undefined });
          }}
          className="flex items-center gap-1"
        >
          <input aria-label="按主题筛选" value={q} onChange={(e) => setQ(e.target.value)} placeholder="主题词，如 就业" className="w-32 rounded border border-stone-300 px-2 py-1" />
          <button className="rounded border border-stone-300 bg-white px-2 py-1 hover:border-blue-400">筛选</button>
        </form>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={params.collapse} onChange={(e) => go({ collapse: e.target.checked })} />
          折叠相同行（及未配对行）
        </label>
      </div>
      </div>
    </div>
  );
}
