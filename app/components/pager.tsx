import Link from "next/link";
import { withPage } from "@/lib/url/page-params";

/** 上一页 / 第 2 / 5 页 / 下一页 for a paged row list; nothing when everything fits one page. */
export function Pager({ href, page, pageCount, label, param = "page" }: { href: string; page: number; pageCount: number; label: string; param?: "page" | "ipage" }) {
  if (pageCount <= 1) return null;
  const link = "rounded border border-stone-300 bg-white px-2 py-0.5 hover:border-blue-400";
  return (
    <nav aria-label={label} className="no-print my-2 flex items-center gap-2 text-sm" data-pager>
      {page > 1 ? <Link href={withPage(href, page - 1, "", param)} className={link} rel="prev">← 上一页</Link> : <span className="px-2 py-0.5 text-stone-600">← 上一页</span>}
      <span className="num text-stone-700" aria-current="page">第 {page} / {pageCount} 页</span>
      {page < pageCount ? <Link href={withPage(href, page + 1, "", param)} className={link} rel="next">下一页 →</Link> : <span className="px-2 py-0.5 text-stone-600">下一页 →</span>}
    </nav>
  );
}
