import Link from "next/link";
import { CLASS_LABELS, type Trajectory } from "@/lib/trajectory/build-trajectory";

const CLASS_TONES: Record<string, string> = {
  emerging: "bg-sky-100 text-sky-900",
  rising: "bg-emerald-100 text-emerald-900",
  steady: "bg-stone-100 text-stone-700",
  fading: "bg-amber-100 text-amber-900",
  dropped: "bg-stone-800 text-white",
};

/** Terms by report: the class with its reason, and per report the rate per 10,000 characters opening onto its sentences. */
export function TermsTable({ reports, terms, label }: { reports: Trajectory["reports"]; terms: Trajectory["terms"]; label: string }) {
  return (
    <div className="overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="min-w-full text-sm" aria-label={label}>
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-stone-50 px-2 py-1">用语</th>
            <th scope="col" className="px-2 py-1">变化</th>
            {reports.map((r) => (
              <th key={r.slug} scope="col" className="px-2 py-1 whitespace-nowrap">
                <Link href={`/reports/${encodeURIComponent(r.slug)}`} title={r.title} className="hover:underline">{r.label}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {terms.map((term) => (
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
  );
}
