"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { compareHref, type CompareParams } from "@/lib/url/compare-params";
import { KIND_CHOICE_LABELS } from "@/lib/format/compare-labels";
import { ReportCombobox } from "@/app/components/report-combobox";

const select = "rounded border border-stone-300 bg-white px-1.5 py-1 text-sm";

/**
 * One side's report and sentence kinds. The report field is a search in a GET form (`lfind`/`rfind`, the view's params
 * kept): without JavaScript its submit makes the page list the matches as links; with it, the combobox offers them while
 * typing and a pick opens the comparison, and a submit (Enter with no option chosen, 查找) lists them the same way.
 */
function SidePicker(props: {
  side: "左" | "右"; current: string; query?: string; findName: "lfind" | "rfind"; action: string; keep: [string, string][];
  kinds: CompareParams["l"]; onSlug: (slug: string) => void; onKinds: (kinds: CompareParams["l"]) => void; onFind: (href: string) => void;
}) {
  return (
    <>
      <form
        action={props.action} role="search" aria-label={`查找${props.side}侧报告`} className="flex items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          props.onFind(`${props.action}?${new URLSearchParams([...new FormData(e.currentTarget)].map(([k, v]) => [k, String(v)]))}`);
        }}
      >
        {props.keep.map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        <span className="text-stone-600" aria-hidden="true">{props.side}</span>
        <ReportCombobox key={`${props.current}:${props.query ?? ""}`} name={props.findName} label={`${props.side}侧报告`} current={props.query ?? props.current} onPick={(r) => props.onSlug(r.slug)} className="w-44" />
        <button className="rounded border border-stone-300 bg-white px-2 py-1 hover:border-blue-400">查找</button>
      </form>
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
export function CompareControls({ left, right, names, params, metrics, filters, finds }: { left: string; right: string; names: [left: string, right: string]; params: CompareParams; metrics: MetricOption[]; filters: { value: string; label: string }[]; finds: { lfind?: string; rfind?: string } }) {
  const router = useRouter();
  const [q, setQ] = useState(params.q ?? "");
  // On a phone the controls fold behind one button, so the title and the digest come first.
  const [open, setOpen] = useState(false);
  // The route has no loading.tsx (a streamed page shows its fallback forever without JavaScript, decision 013c), so a
  // pick or a filter says here that the next view is on its way.
  const [pending, startTransition] = useTransition();
  const push = (href: string) => startTransition(() => router.push(href));
  const go = (next: Partial<CompareParams> & { left?: string; right?: string }) => {
    const { left: l = left, right: r = right, ...rest } = next;
    push(compareHref(l, r, { ...params, ...rest }));
  };
  const active = [params.only, params.q, params.metric].filter(Boolean).length;
  // The report searches' form: this page, with the view's params (defaults omitted) as hidden fields.
  const [action, query = ""] = compareHref(left, right, params).split("?");
  const keep = [...new URLSearchParams(query)];

  return (
    <div className="no-print text-sm">
      {/* Without JavaScript the fold cannot open: the controls stay shown and the button is hidden. */}
      <noscript><style>{"#compare-controls{display:flex}#compare-controls-toggle{display:none}"}</style></noscript>
      <button type="button" id="compare-controls-toggle" className="rounded border border-stone-300 bg-white px-2 py-1 md:hidden" aria-expanded={open} aria-controls="compare-controls" onClick={() => setOpen(!open)}>
        {open ? "▾" : "▸"} 报告与筛选{active ? `（${active} 项筛选）` : ""}
      </button>
      <div id="compare-controls" className={`${open ? "mt-2 flex" : "hidden"} flex-col gap-2 md:mt-0 md:flex`}>
      <div className="flex flex-wrap items-center gap-2">
        <SidePicker side="左" current={names[0]} query={finds.lfind} findName="lfind" action={action} keep={keep} kinds={params.l} onSlug={(slug) => go({ left: slug })} onKinds={(l) => go({ l })} onFind={push} />
        <button type="button" onClick={() => go({ left: right, right: left, l: params.r, r: params.l })} className="rounded border border-stone-300 bg-white px-2 py-1 hover:border-blue-400" title="交换左右 / swap sides">
          ⇄ 交换
        </button>
        <SidePicker side="右" current={names[1]} query={finds.rfind} findName="rfind" action={action} keep={keep} kinds={params.r} onSlug={(slug) => go({ right: slug })} onKinds={(r) => go({ r })} onFind={push} />
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
        <p role="status" className={pending ? "animate-pulse text-stone-600" : "sr-only"}>{pending ? "正在对照… Comparing…" : ""}</p>
      </div>
      </div>
    </div>
  );
}
