import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getReportOriginal, getReportOutline, getReportSummary, listReportSentences, type SentenceOutline } from "@/lib/data/reports";
import { labelParams, parseReaderParams, readerHref, readerLabel } from "@/lib/url/reader-params";
import type { SentenceLabel } from "@/lib/domain/sentence";
import { INFO_WARNINGS, SENTENCE_KIND_LABELS, WARNING_LABELS, formatYears, kindInFull, shortReportName } from "@/lib/format/labels";
import { compareHref } from "@/lib/url/compare-params";
import { Outline } from "./outline";
import { ReportText } from "./report-text";
import { IndicatorTable } from "./indicator-table";
import { ManagePanel } from "./manage-panel";
import { Citation } from "./citation";
import { citationLine } from "@/lib/import/report-source";
import { HashTarget } from "@/app/components/hash-target";
import { SUGGESTED_REGIONS } from "@/lib/text/regions";
import { adminTokenRequired } from "@/lib/http/request-access";
import { locateId, pageRanges } from "@/lib/compare/paging";
import { parsePageParams } from "@/lib/url/page-params";
import { Pager } from "@/app/components/pager";
import { ServerPart } from "@/app/components/server-html/server-part";
import { listLabelCorrections } from "@/lib/data/label-corrections";
import { CorrectionPanel } from "./correction-panel";
import { CorrectionList } from "./correction-list";

/** Sentences a page at most, paragraphs kept whole (issue 13: a 5 MB report gives pages under 2 MB; seeds fit one). */
export const SENTENCES_PER_PAGE = 400;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await getReportSummary({ slug: (await params).slug });
  if (!report) return { title: "找不到报告" };
  const title = `${shortReportName(report)} · ${report.title}`;
  return { title, openGraph: { title: `${title} — Duizhao`, description: formatYears(report) } };
}

const FILTERS: { value: SentenceLabel | undefined; label: string }[] = [
  { value: undefined, label: "全部" },
  { value: "goal", label: `${SENTENCE_KIND_LABELS.goal.icon} 目标` },
  { value: "achievement", label: `${SENTENCE_KIND_LABELS.achievement.icon} 实绩` },
  { value: "problem", label: `${SENTENCE_KIND_LABELS.problem.icon} 问题` },
  { value: "other", label: "其他" },
];

function matchesKind(kind: SentenceLabel | undefined) {
  return (s: SentenceOutline) => {
    if (!kind) return true;
    if (kind === "problem") return s.subtype === "problem";
    if (kind === "other") return s.kind === "other" && s.subtype !== "problem";
    return s.kind === kind;
  };
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = await searchParams;
  const view = parseReaderParams(raw);
  const paging = parsePageParams(raw);
  // The outline of every sentence pages the report; only the page's sentences are read in full (decision 012e).
  const report = await getReportOutline({ slug });
  if (!report) notFound();
  const original = view.original ? await getReportOriginal({ slug }) : null;
  const outcomes = await listLabelCorrections({ slug });
  const label = readerLabel(view);
  const visible = matchesKind(label);
  const counts = { goal: 0, achievement: 0, problem: 0 };
  for (const s of report.sentences) {
    if (s.kind === "goal") counts.goal++;
    if (s.kind === "achievement") counts.achievement++;
    if (s.subtype === "problem") counts.problem++;
  }

  // Paged on the server; ?at=s-12 or ?at=sec-3 (written by HashTarget when the #id is not in the page) picks the page,
  // and a sentence id that no longer exists lands on the nearest sentence.
  const ranges = pageRanges(report.sentences, SENTENCES_PER_PAGE, (a, b) => a.paragraph !== b.paragraph || a.role === "heading" || b.role === "heading");
  const ids = report.sentences.map((s) => `s-${s.index}`);
  const sectionAt = paging.at?.startsWith("sec-") ? report.sentences.findIndex((s) => s.role === "heading" && `sec-${s.sectionIndex}` === paging.at) : -1;
  // An open 改正 panel (?fix=s-12) shows the page of its sentence, like a link to it.
  const at = paging.at ?? view.fix;
  const landed = at?.startsWith("s-") ? locateId(ids, at) : null;
  const atIndex = sectionAt !== -1 ? sectionAt : landed ? landed.index : -1;
  const page = atIndex !== -1 ? ranges.findIndex(([a, b]) => atIndex >= a && atIndex < b) + 1 : Math.min(ranges.length, paging.page);
  const [from, to] = ranges[page - 1];
  const sentences = report.sentences.length ? await listReportSentences({ reportId: report.id, from: report.sentences[from].index, to: report.sentences[to - 1].index }) : [];
  const fixing = view.fix ? sentences.find((s) => `s-${s.index}` === view.fix) : undefined;
  const href = readerHref(slug, view);
  // A paged report's outline: the top-level sections of every page and the sections of this one (a 4.9 MB report has
  // over a thousand headings). A link to a section elsewhere finds its page through ?at=sec-N.
  const here = new Set(sentences.map((s) => s.sectionIndex));
  const outline = ranges.length > 1 ? report.sections.filter((s) => s.level === 1 || here.has(s.index)) : report.sections;

  return (
    <article className="grid gap-x-6 gap-y-4 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <HashTarget landed={landed?.found === "nearest" ? { asked: landed.asked, id: landed.id } : undefined} />
      {/* Title first on a phone: header, outline, text; on a wide screen the outline is a sticky column. */}
      <header className="min-w-0 border-b border-stone-200 pb-4 lg:col-start-2 lg:row-start-1">
          <p className="text-sm text-stone-500">
            <Link href="/" className="hover:text-blue-700">报告库</Link>
            {report.regionSlug ? <> / <Link href={`/regions/${report.regionSlug}`} className="hover:text-blue-700">{report.region}</Link></> : null}
          </p>
          <h1 className="mt-1 text-2xl font-bold leading-snug">{report.title}</h1>
          <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-600">
            <div><dt className="inline">地区：</dt><dd className="inline">{report.region ?? "未知"}{report.inferred.includes("region") ? "（推断）" : ""}</dd></div>
            <div><dt className="inline">年份：</dt><dd className="inline">{formatYears(report)}</dd></div>
            <div><dt className="inline">类型：</dt><dd className="inline">{kindInFull(report)}</dd></div>
            {report.speaker ? <div><dt className="inline">报告人：</dt><dd className="inline">{report.speaker}</dd></div> : null}
            {report.meetingDate ? <div><dt className="inline">日期：</dt><dd className="inline">{report.meetingDate}{report.inferred.includes("meetingDate") ? "（推断）" : ""}</dd></div> : null}
            {report.source ? <div><dt className="inline">来源：</dt><dd className="inline">{report.source}</dd></div> : null}
            <div><dt className="inline">句数：</dt><dd className="inline">{report.sentenceCount}</dd></div>
          </dl>
          <Citation text={citationLine(report, report.origin)} />
          {report.warnings.length ? (
            <ul className="mt-2 space-y-1 text-sm" aria-label="提示">
              {report.warnings.map((w, i) => (
                <li key={`${w.code}-${i}`} className={`rounded border px-2 py-1 ${INFO_WARNINGS.has(w.code) ? "border-stone-200 bg-stone-50 text-stone-600" : "border-amber-300 bg-amber-50 text-amber-900"}`}>
                  {INFO_WARNINGS.has(w.code) ? "ℹ" : "⚠"} {WARNING_LABELS[w.code] ?? w.code}：{w.message}
                </li>
              ))}
            </ul>
          ) : null}
          <nav className="no-print mt-3 flex flex-wrap items-center gap-2 text-sm" aria-label="按类型筛选">
            {FILTERS.map((f) => (
              <Link
                key={f.label}
                href={readerHref(slug, { ...view, ...labelParams(f.value) })}
                aria-current={label === f.value ? "page" : undefined}
                className={`rounded-full border px-3 py-0.5 ${label === f.value ? "border-blue-700 bg-blue-700 text-white" : "border-stone-300 bg-white hover:border-blue-400"}`}
              >
                {f.label}
                {f.value && f.value !== "other" ? ` ${counts[f.value]}` : ""}
              </Link>
            ))}
            <Link href={readerHref(slug, { ...view, original: !view.original })} className="ml-auto rounded border border-stone-300 bg-white px-3 py-0.5 hover:border-blue-400">
              {view.original ? "返回阅读视图" : "查看原文 / Original"}
            </Link>
            {report.reviewYear != null && report.planYear != null ? (
              <Link href={compareHref(slug, slug, { l: "achievement", r: "goal" })} className="rounded border border-stone-300 bg-white px-3 py-0.5 hover:border-blue-400">
                实绩 vs 目标
              </Link>
            ) : null}
          </nav>
      </header>
      <aside className="no-print min-w-0 lg:sticky lg:top-16 lg:col-start-1 lg:row-span-2 lg:row-start-1 lg:max-h-[calc(100vh-5rem)] lg:self-start lg:overflow-y-auto">
        <Outline sections={outline} />
      </aside>
      <div className="min-w-0 lg:col-start-2 lg:row-start-2">

        {original ? (
          <section aria-label="原文">
            <p className="mb-2 text-sm text-stone-500">原文按导入时的原样保存（{original.encoding}，SHA-256 {original.contentHash.slice(0, 12)}…），从不改写。</p>
            <pre className="whitespace-pre-wrap break-words rounded border border-stone-200 bg-white p-4 font-sans text-[15px] leading-relaxed">{original.text}</pre>
          </section>
        ) : (
          <>
            <Pager href={href} page={page} pageCount={ranges.length} label="正文分页 / text pages" />
            <ReportText sentences={sentences} sections={report.sections} visible={visible} fixHref={(index) => `?fix=s-${index}#fix`} fixPanel={fixing ? { index: fixing.index, panel: <CorrectionPanel slug={slug} sentence={fixing} closeHref={readerHref(slug, { ...view, fix: undefined }, `#s-${fixing.index}`)} needsToken={adminTokenRequired()} outcomes={outcomes} /> } : undefined} />
            <Pager href={href} page={page} pageCount={ranges.length} label="正文分页（底部） / text pages, bottom" />
          </>
        )}

        <section className="mt-10" aria-labelledby="indicators">
          <h2 id="indicators" className="mb-2 text-xl font-semibold">指标 <span className="text-base font-normal text-stone-500">Indicators</span></h2>
          {ranges.length > 1 ? <p className="mb-1 text-sm text-stone-600">本页的指标（第 {page} / {ranges.length} 页）· indicators of this page</p> : null}
          {/* In the HTML only, not again in the page payload (decision 012b). */}
          <ServerPart>
            <IndicatorTable sentences={sentences.filter(visible)} />
          </ServerPart>
        </section>
        <CorrectionList slug={slug} outcomes={outcomes} needsToken={adminTokenRequired()} />
        <ManagePanel meta={{ slug, title: report.title, region: report.region, reviewYear: report.reviewYear, planYear: report.planYear, kind: report.kind, speaker: report.speaker, meetingDate: report.meetingDate, origin: report.origin }} regions={SUGGESTED_REGIONS} needsToken={adminTokenRequired()} />
      </div>
    </article>
  );
}
