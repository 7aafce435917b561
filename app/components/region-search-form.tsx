import Link from "next/link";
import { RegionCombobox } from "./region-combobox";
import { regionPath, type RegionOption } from "./region-option";

/**
 * A region search that works without JavaScript: a GET form whose submit lists the matches (given by the page as
 * links); with JavaScript the combobox inside offers them while typing. `keep` carries the page's other params.
 */
export function RegionSearchForm(props: {
  action: string; label: string; queryName: string; param: string; keep: Record<string, string>; query?: string;
  results?: { matches: (RegionOption & { href: string })[]; total: number }; placeholder?: string; clear?: string[];
}) {
  return (
    <div className="space-y-2">
      <form action={props.action} role="search" aria-label={props.label} className="no-print flex gap-2">
        {Object.entries(props.keep).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
        <RegionCombobox label={props.label} queryName={props.queryName} param={props.param} defaultQuery={props.query} placeholder={props.placeholder} clear={props.clear} />
        <button className="shrink-0 rounded border border-stone-400 bg-white px-3 py-1.5 hover:bg-stone-100">查找地区</button>
      </form>
      {props.results ? (
        <section aria-label={`${props.label}：结果`} className="rounded border border-stone-200 bg-white p-2 text-sm">
          <p className="text-stone-600">{props.results.total === 0 ? `没有名为“${props.query}”的地区` : `找到 ${props.results.total} 个地区${props.results.total > props.results.matches.length ? `，显示前 ${props.results.matches.length} 个` : ""}`}</p>
          <ul className="mt-1 divide-y divide-stone-100">
            {props.results.matches.map((m) => (
              <li key={m.slug} className="flex flex-wrap items-baseline gap-x-2 py-1">
                <span className="text-stone-600">{regionPath(m)}</span>
                <Link href={m.href} className="font-medium text-blue-800 underline">{m.name}</Link>
                <span className="ml-auto text-xs text-stone-600">{m.reportCount > 0 ? `${m.reportCount} 份报告` : "暂无报告"}{m.abolished ? ` · ${m.abolished}年撤销` : ""}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
