import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { listSearchFacets } from "@/lib/data/search";
import { parseSearchQuery } from "@/lib/search/query";
import { parseSearchParams, searchHref } from "@/lib/url/search-params-schema";
import type { RawSearchParams } from "@/lib/url/search-params";
import { SearchForm } from "./search-form";
import { SearchResults } from "./results";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchParams(await searchParams);
  return { title: q ? `搜索：${q}` : "搜索句子" };
}

const EXAMPLES = ["增长", "亚运", "数字经济核心产业", "營商環境"];

export default async function SearchPage({ searchParams }: Props) {
  const raw = await searchParams;
  const params = parseSearchParams(raw);
  // A plain form submission (no JavaScript) sends empty fields: land on the short URL instead.
  if (Object.values(raw).some((v) => v === "")) redirect(searchHref(params));
  const facets = await listSearchFacets();
  const searchable = parseSearchQuery(params.q).terms.length > 0;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">搜索句子 <span className="text-base font-normal text-stone-500">Search all reports</span></h1>
        <p className="mt-1 text-stone-600">在全部报告中按字词查找句子，点击结果跳到原文中的该句。</p>
      </header>
      <SearchForm params={params} facets={facets} />
      {searchable ? (
        // Not behind a Suspense boundary: its streamed content would stay hidden without JavaScript (decision 014c).
        // With JavaScript the form says 正在搜索… while the next results load.
        <SearchResults params={params} />
      ) : (
        <div className="text-stone-600">
          <p>{params.q ? "请输入要搜索的汉字、字母或数字（标点符号不参与搜索）。" : "输入词语开始搜索，例如："}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {EXAMPLES.map((q) => (
              <li key={q}><Link href={searchHref({ q })} className="rounded border border-stone-300 bg-white px-2 py-0.5 text-blue-800 hover:border-blue-400">{q}</Link></li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
