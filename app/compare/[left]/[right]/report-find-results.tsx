import Link from "next/link";

/** One side's report search sent without JavaScript (lfind, rfind), its matches as links to the comparison with that side changed. */
export interface ReportFind {
  side: "left" | "right";
  query: string;
  total: number;
  matches: { slug: string; name: string; title: string; href: string }[];
}

/** The matches of the report searches a form sent (the combobox offers the same ones while typing, with JavaScript). */
export function ReportFindResults({ finds, closeHref }: { finds: ReportFind[]; closeHref: string }) {
  if (finds.length === 0) return null;
  return (
    <div className="no-print grid gap-2 text-sm md:grid-cols-2">
      {finds.map((f) => {
        const label = `${f.side === "left" ? "左侧" : "右侧"}报告：“${f.query}”的结果`;
        return (
          <section key={f.side} aria-label={label} className="rounded border border-stone-200 bg-white p-2">
            <p className="text-stone-600">
              {f.side === "left" ? "换左侧报告" : "换右侧报告"}：{f.total === 0 ? `没有找到“${f.query}”` : `找到 ${f.total} 份报告${f.total > f.matches.length ? `，显示前 ${f.matches.length} 份` : ""}`}
              {" · "}<Link href={closeHref} className="text-blue-800 underline">取消</Link>
            </p>
            <ul className="mt-1 divide-y divide-stone-100">
              {f.matches.map((m) => (
                <li key={m.slug} className="flex flex-wrap items-baseline gap-x-2 py-1">
                  <Link href={m.href} className="font-medium text-blue-800 underline">{m.name}</Link>
                  <span className="min-w-0 text-xs text-stone-600">{m.title}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
