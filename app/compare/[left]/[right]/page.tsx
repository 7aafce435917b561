import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requestComparison } from "@/lib/data/compare-jobs";
import { getReportSummary } from "@/lib/data/reports";
import { isNavTarget, viewOf } from "@/lib/compare/view-filter";
import { headlineOf } from "@/lib/compare/headline";
import { compareHref, parseCompareParams, parseReportFinds, type CompareParams } from "@/lib/url/compare-params";
import { findReports } from "@/lib/data/report-search";
import { shortReportName } from "@/lib/format/labels";
import { KIND_CHOICE_LABELS, filterChoices } from "@/lib/format/compare-labels";
import { CompareRows } from "./compare-rows";
import { IndicatorPairsTable } from "./indicator-pairs-table";
import { IndicatorRows } from "./indicator-rows";
import { LazyIndicatorRows } from "./lazy-indicator-rows";
import { SummaryBar } from "./summary-bar";
import { ToneSummaryLine } from "./tone-summary";
import { OutlineDiffSection } from "./outline-diff-section";
import { getOutlineDiff } from "@/lib/data/outlines";
import { CompareControls, type MetricOption } from "./compare-controls";
import { ReportFindResults, type ReportFind } from "./report-find-results";
import { ChangeNavigator } from "./change-navigator";
import { ShareActions } from "./share-actions";
import { Digest } from "./digest";
import { ComparisonPending, ComparisonRefused } from "./comparison-pending";
import { Pager } from "@/app/components/pager";
import { ServerPart } from "@/app/components/server-html/server-part";
import { PairPanel } from "./pair-panel";
import { listPairCorrections } from "@/lib/data/label-corrections";
import { adminTokenRequired } from "@/lib/http/request-access";
import { atHref, parsePageParams } from "@/lib/url/page-params";
import { pageOfIndex, pageSlice, resolveAnchor } from "@/lib/compare/paging";
import { PAIRS_PER_PAGE, ROWS_PER_PAGE } from "@/lib/compare/page-sizes";
import { pairCells } from "@/lib/compare/pair-cells";
import { pageBlocks, pageOfRow, rowBlocks, renderedRows } from "@/lib/compare/row-blocks";


type Props = { params: Promise<{ left: string; right: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function sideName(report: Parameters<typeof shortReportName>[0], kinds: CompareParams["l"]) {
  return `${shortReportName(report)} ${KIND_CHOICE_LABELS[kinds]}`;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { left, right } = await params;
  const view = parseCompareParams(await searchParams);
  const [l, r] = await Promise.all([getReportSummary({ slug: left }), getReportSummary({ slug: right })]);
  if (!l || !r) return { title: "找不到报告" };
  const title = `${sideName(l, view.l)} vs ${sideName(r, view.r)}`;
  const description = `逐句对照：${l.title} 与 ${r.title}`;
  return { title, description, openGraph: { title: `${title} — Duizhao`, description, type: "article" }, twitter: { card: "summary", title: `${title} — Duizhao`, description } };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const { left, right } = await params;
  const raw = await searchParams;
  const view = parseCompareParams(raw);
  const paging = parsePageParams(raw);
  const requested = await requestComparison({ left, right, l: view.l, r: view.r });
  if (!requested) notFound();
  if (requested.status !== "ready") {
    const title = `${sideName(requested.target.left, view.l)} vs ${sideName(requested.target.right, view.r)}`;
    if (requested.status === "failed") {
      const sides = [requested.target.left, requested.target.right].map((r) => ({ slug: r.slug, name: shortReportName(r) }));
      return <ComparisonRefused title={title} message={requested.message} reports={sides.filter((s, i) => i === 0 || s.slug !== sides[0].slug)} />;
    }
    // The same address with every parameter (page, at…), so the reload lands where the reader asked.
    const query = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (Array.isArray(v) ? v : v == null ? [] : [v]).map((x) => [k, x]))).toString();
    const self = `/compare/${encodeURIComponent(left)}/${encodeURIComponent(right)}${query ? `?${query}` : ""}`;
    return <ComparisonPending title={title} href={self} since={requested.since} retryAfter={requested.retryAfter} />;
  }
  const { comparison } = requested;
  // ?fix=pairs opens the 改正配对 panel (hand corrections of the pairing); nothing of it is sent otherwise.
  const fixPairs = raw.fix === "pairs";
  const { kind, result } = comparison;
  const shown = viewOf(result, view);
  const leftName = sideName(comparison.left, view.l);
  const rightName = sideName(comparison.right, view.r);
  const metrics = [...new Map(result.indicators.map((i): [string, MetricOption] => [i.metric, i.metric === `x-${i.label}` ? [i.metric] : [i.metric, i.label]])).values()];
  const href = compareHref(left, right, view);
  const apiQuery = href.split("?")[1];
  const exportBase = `/api/compare?left=${encodeURIComponent(left)}&right=${encodeURIComponent(right)}${apiQuery ? `&${apiQuery}` : ""}`;
  const isNav = (row: (typeof shown.rows)[number]) => isNavTarget(row, view);
  // A linked row (?at=r-12-40, written by the navigator when #r-12-40 is not in the page) picks the page and unfolds its
  // run; an old position-style id (r-12) is mapped to the row it pointed at; a row id that no longer exists lands on the
  // nearest row, with a notice. Rows hidden by a filter are left alone (the navigator says so).
  const atRow = paging.at?.startsWith("r-") ? resolveAnchor(result.rows, shown.rows.map((r) => r.id), paging.at) : null;
  const atPair = paging.at?.startsWith("i-") ? resolveAnchor(result.indicators, shown.indicators.map((p) => p.id), paging.at) : null;
  const landed = atRow ?? atPair;
  const pages = pageBlocks(rowBlocks(shown.rows, { collapse: view.collapse, isNav, open: atRow?.id }), ROWS_PER_PAGE);
  const page = Math.min(pages.length, Math.max(1, (atRow && pageOfRow(pages, atRow.id)) || paging.page));
  const blocks = pages[page - 1];
  // 下一处 counts over every page: the navigator gets the ids (never the rows) and where each page starts.
  const navIds: string[] = [];
  const navPageStarts: number[] = [];
  for (const p of pages) {
    navPageStarts.push(navIds.length);
    for (const b of p) if (b.type === "row" && isNav(b.row)) navIds.push(b.row.id);
  }
  const navCount = navIds.length;
  // The 对照表 pages on its own (ipage); a linked indicator (?at=i-…) picks its page.
  const table = pageSlice(shown.indicators.length, atPair ? pageOfIndex(atPair.index, PAIRS_PER_PAGE) : paging.ipage, PAIRS_PER_PAGE);
  // A long run of unchanged rows links to the unfolded view at its first row.
  const runHref = (id: string) => atHref(compareHref(left, right, { ...view, collapse: false }), id);
  const pageRows = blocks.reduce((n, b) => n + renderedRows(b), 0);
  // The full table opens by itself, rendered with the page, when the view is about indicators (a metric or a verdict
  // filter, a table page, a linked pair); otherwise it is folded and its rows load when it is opened (decision 011d).
  const tableOpen = Boolean(view.metric || (view.only && !["changed", "unmatched", "left-only", "right-only"].includes(view.only)) || paging.ipage > 1 || atPair);
  // A report search sent without JavaScript (lfind, rfind): its matches link to the comparison with that side changed.
  const finds = parseReportFinds(raw);
  // The outline is read with the page, not behind a Suspense boundary: a boundary not ready when the shell is sent
  // stays hidden without JavaScript (decision 015a).
  const [found, outline] = await Promise.all([
    Promise.all((["left", "right"] as const).map(async (side): Promise<ReportFind | null> => {
      const query = side === "left" ? finds.lfind : finds.rfind;
      if (!query) return null;
      const { matches, total } = await findReports({ query });
      const hrefFor = (slug: string) => (side === "left" ? compareHref(slug, right, view) : compareHref(left, slug, view));
      return { side, query, total, matches: matches.map((m) => ({ slug: m.slug, name: shortReportName(m), title: m.title, href: hrefFor(m.slug) })) };
    })),
    getOutlineDiff({ left, right }),
  ]);
  const leftBase = `/reports/${left}`;
  const rightBase = `/reports/${right}`;

  return (
    <div className="space-y-5 lg:pr-4">
      <header className="space-y-2">
        <p className="no-print text-sm text-stone-600"><Link href="/" className="underline-offset-2 hover:text-blue-700 hover:underline">报告库</Link> / 对照</p>
        <h1 className="text-xl font-bold leading-snug sm:text-2xl">
          <Link href={`/reports/${left}`} className="hover:text-blue-700">{leftName}</Link>
          <span className="mx-2 text-stone-600">vs</span>
          <Link href={`/reports/${right}`} className="hover:text-blue-700">{rightName}</Link>
        </h1>
        <p className="text-sm" data-comparison-kind={kind.id}>
          <span className="font-semibold text-stone-900">{kind.label}</span>
          <span className="block text-stone-600">
            {kind.note}
            {(kind.id === "target-after-result" || kind.swapJudges) && (
              <>
                {" · "}
                <Link href={compareHref(right, left, { ...view, l: view.r, r: view.l })} className="text-blue-800 underline underline-offset-2">
                  {kind.swapJudges ? "交换两侧：判断是否完成" : "交换两侧：实绩 vs 目标"}
                </Link>
              </>
            )}
          </span>
        </p>
        <SummaryBar summary={result.summary} kind={kind} active={view.only} hrefFor={(only) => compareHref(left, right, { ...view, only })} />
        {result.tone && <ToneSummaryLine tone={result.tone} />}
        <CompareControls left={left} right={right} params={view} metrics={metrics} filters={filterChoices(kind)} names={[shortReportName(comparison.left), shortReportName(comparison.right)]} finds={finds} />
        <ReportFindResults finds={found.filter((f) => f !== null)} closeHref={href} />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <ChangeNavigator key={`${href}:${page}:${paging.at ?? ""}`} navIds={navIds} navPageStarts={navPageStarts} page={page} landed={landed && landed.found !== "exact" ? { asked: landed.asked, id: landed.id, legacy: landed.found === "legacy" } : undefined} />
          <ShareActions exportBase={exportBase} />
        </div>
      </header>

      <Digest headline={headlineOf(shown.indicators)} changedRows={shown.rows.filter((r) => r.status === "changed").length} filtered={Boolean(view.only || view.q || view.metric)} viewHref={href} />

      <OutlineDiffSection left={left} right={right} rows={outline} />

      <details id="indicator-table" className="rounded border border-stone-200 bg-white" open={tableOpen}>
        <summary className="cursor-pointer px-3 py-2 font-semibold">
          指标对照表 <span className="text-sm font-normal text-stone-600">全部 {shown.indicators.length} 项 · Indicators</span>
        </summary>
        <div className="px-3 pb-3">
          <IndicatorPairsTable count={shown.indicators.length} leftName={leftName} rightName={rightName}>
            {tableOpen ? (
              <IndicatorRows pairs={shown.indicators.slice(table.start, table.end).map(pairCells)} leftBase={leftBase} rightBase={rightBase} />
            ) : (
              <LazyIndicatorRows key={exportBase} src={`/api/compare/indicators?${exportBase.split("?")[1]}`} leftBase={leftBase} rightBase={rightBase} withoutScript={shown.indicators[0] ? `${atHref(href, shown.indicators[0].id).split("#")[0]}#indicator-table` : undefined} />
            )}
          </IndicatorPairsTable>
          <Pager href={`${href}${page > 1 ? `${href.includes("?") ? "&" : "?"}page=${page}` : ""}`} page={table.page} pageCount={table.pageCount} label="指标对照表分页 / indicator pages" param="ipage" />
        </div>
      </details>

      {fixPairs ? (
        <PairPanel left={left} right={right} l={view.l} r={view.r} pairs={result.indicators} corrections={await listPairCorrections({ left, right })} closeHref={`${href}#indicator-table`} needsToken={adminTokenRequired()} />
      ) : (
        <p className="no-print -mt-3 text-right text-sm"><Link href={`${href}${href.includes("?") ? "&" : "?"}fix=pairs#pair-fix`} className="text-blue-800 underline">改正配对 Correct a pairing</Link></p>
      )}

      <section aria-labelledby="rows-title" className="no-print">
        <h2 id="rows-title" className="mb-2 scroll-mt-16 text-lg font-semibold">
          逐句对照 <span className="text-sm font-normal text-stone-600">{shown.rows.length} 行 rows · {navCount} 处{view.only ? "符合筛选" : "变化"}</span>
        </h2>
        <div className="sticky top-11 z-10 hidden grid-cols-2 gap-6 border-b border-stone-300 bg-stone-50/95 px-4 py-1.5 text-sm font-semibold backdrop-blur md:grid" aria-hidden="true">
          <div className="truncate text-sky-800">← {leftName}</div>
          <div className="truncate text-violet-800">{rightName} →</div>
        </div>
        <div className="sticky top-11 z-10 border-b border-stone-300 bg-stone-50/95 px-3 py-1 text-xs font-semibold md:hidden">
          左：{leftName} · 右：{rightName}
        </div>
        {shown.rows.length === 0 ? (
          <p className="rounded border border-stone-200 bg-white p-4 text-stone-600">没有符合筛选条件的行 / no rows match the filters</p>
        ) : (
          <>
            <Pager href={href} page={page} pageCount={pages.length} label="逐句对照分页 / row pages" />
            {/* In the HTML only, not again in the page payload (decision 012b). */}
            <ServerPart id="compare-rows" data-page={page} data-page-rows={pageRows}>
              <CompareRows blocks={blocks} isNav={isNav} leftSlug={left} rightSlug={right} runHref={runHref} />
            </ServerPart>
            <Pager href={href} page={page} pageCount={pages.length} label="逐句对照分页（底部） / row pages, bottom" />
          </>
        )}
      </section>
    </div>
  );
}
